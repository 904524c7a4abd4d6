// Everything the shell has to tell: a link it could not follow, a scenario file that is
// broken (with the file, JSON path and message), rules that failed, a worker restart.
import { CustomNotices } from '../custom';
import { scenarioTitle, UI } from '../i18n/ui';
import { INFO_NOTICES } from '../link/format';
import { DEFAULT_SCENARIO, useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import type { UrlNotice } from '../store/url';
import { send, useWorld } from '../store/world';
import { SHELL } from './strings';
import { useWorkerRestarts } from './useShell';

/** One sentence per thing the address got wrong, in the UI language. */
function UrlNotices({ url, dismiss }: { url: UrlNotice[]; dismiss: () => void }) {
  const lang = useUi((s) => s.lang);
  const t = UI[lang];
  const s = SHELL[lang];
  const linkProblems = url.some(
    (n) => n.kind !== 'unknown-scenario' && !(n.kind === 'link' && INFO_NOTICES.includes(n.notice.code)),
  );
  return (
    // A status region that is always there, so the notice is announced when it appears.
    <div role="status" className="url-notices">
      {url.length > 0 && (
        <div className="notice info" role="note">
          {linkProblems && <p className="notice-head">{s.linkProblem(scenarioTitle(DEFAULT_SCENARIO, lang))}</p>}
          <ul className="problems">
            {url.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list read once from the address
              <li key={i}>
                {n.kind === 'unknown-scenario'
                  ? t.unknownScenario(n.id, n.fallback)
                  : n.kind === 'bad-custom'
                    ? s.badCustom(n.problems)
                    : s.notice(n.notice)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}

export function Notices({ url, dismiss }: { url: UrlNotice[]; dismiss: () => void }) {
  const lang = useUi((s) => s.lang);
  const t = UI[lang];
  const load = useScenarios((s) => s.load);
  const failed = useWorld((s) => (s.status === 'failed' ? s.error : null));
  const restart = useWorkerRestarts();

  return (
    <div className="notices">
      {/* Always in the page: a live region must exist before it speaks. */}
      <p role="status" aria-label={t.workerStatus} className={restart ? 'notice warn' : 'notice empty'}>
        {restart ? t.workerRestarted(restart.restarts, restart.reason) : ''}
      </p>
      <UrlNotices url={url} dismiss={dismiss} />
      <CustomNotices />
      {load.status === 'invalid' && (
        <div className="notice error" role="alert">
          <p>{t.badFile(load.file)}</p>
          <ul className="problems">
            {load.problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
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
