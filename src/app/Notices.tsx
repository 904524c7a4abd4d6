// Everything the shell has to tell: a link it could not follow, a scenario file that is
// broken (with the file, JSON path and message), rules that failed, a worker restart.
import { UI } from '../i18n/ui';
import { useScenarios } from '../store/scenarios';
import { useUi } from '../store/ui';
import type { UrlNotice } from '../store/url';
import { send, useWorld } from '../store/world';
import { useWorkerRestarts } from './useShell';

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
      {url.length > 0 && (
        <div className="notice info" role="note">
          {url.map((n) => (
            <p key={n.kind}>{n.kind === 'unknown-scenario' ? t.unknownScenario(n.id, n.fallback) : t.badStep(n.raw)}</p>
          ))}
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
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
