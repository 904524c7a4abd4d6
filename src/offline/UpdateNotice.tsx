// "A new version is ready": shown when a deploy's service worker waits for this tab.
import { useUi } from '../store/ui';
import { UPDATE } from './strings';
import { acceptUpdate, useUpdate } from './update';

export function UpdateNotice() {
  const waiting = useUpdate((s) => s.waiting);
  const lang = useUi((s) => s.lang);
  if (!waiting) return null;
  const t = UPDATE[lang];
  return (
    <div className="notice info update-notice" role="status">
      <p>{t.ready}</p>
      <button type="button" className="tool" onClick={acceptUpdate}>
        {t.reload}
      </button>
    </div>
  );
}
