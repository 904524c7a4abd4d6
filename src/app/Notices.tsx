// Everything the shell has to tell: a link it could not follow, a scenario file that is
// broken (with the file, JSON path and message), rules that failed, a worker restart.
import { lazy, Suspense } from 'react';
import { CustomNotices, useCustomDoor } from '../custom';
import { messages, useLang } from '../i18n';
import { usePredict } from '../predict/store';
import { useScenarios } from '../store/scenarios';
import type { UrlNotice } from '../store/url';
import { send, useWorld } from '../store/world';
import { useWorkerRestarts } from './useShell';

/** A score shared by link (the sender's claim) loads only when a link carried one. */
const SharedScore = lazy(() => import('../predict/SharedScore').then((m) => ({ default: m.SharedScore })));

/** The link notices' list loads only when an address was not understood. */
const LinkNoticeList = lazy(() => import('./LinkNoticeList').then((m) => ({ default: m.LinkNoticeList })));

/** One sentence per thing the address got wrong, in the UI language. */
function UrlNotices({ url, dismiss }: { url: UrlNotice[]; dismiss: () => void }) {
  return (
    // A status region that is always there, so the notice is announced when it appears.
    <div role="status" className="url-notices">
      {url.length > 0 && (
        <Suspense fallback={null}>
          <LinkNoticeList url={url} dismiss={dismiss} />
        </Suspense>
      )}
    </div>
  );
}

export function Notices({ url, dismiss }: { url: UrlNotice[]; dismiss: () => void }) {
  const door = useCustomDoor((s) => s.open);
  const lang = useLang((s) => s.lang);
  const t = messages(lang).ui;
  const load = useScenarios((s) => s.load);
  const failed = useWorld((s) => (s.status === 'failed' ? s.error : null));
  const restart = useWorkerRestarts();
  const claim = usePredict((s) => s.claim !== null);

  return (
    <div className="notices">
      {/* Always in the page: a live region must exist before it speaks. */}
      <p role="status" aria-label={t.workerStatus} className={restart ? 'notice warn' : 'notice empty'}>
        {restart ? t.workerRestarted(restart.restarts, restart.reason) : ''}
      </p>
      <UrlNotices url={url} dismiss={dismiss} />
      {claim && (
        <Suspense fallback={null}>
          <SharedScore />
        </Suspense>
      )}
      {door && (
        <Suspense fallback={null}>
          <CustomNotices />
        </Suspense>
      )}
      {load.status === 'failed' && (
        <div className="notice error" role="alert">
          <p>{t.loadFailed(load.file, load.message)}</p>
        </div>
      )}
      {failed !== null && (
        <div className="notice error" role="alert">
          <p>
            {t.computeFailed} {failed}
          </p>
          <button type="button" onClick={() => send({ type: 'RETRY' })}>
            {t.retry}
          </button>
        </div>
      )}
    </div>
  );
}
