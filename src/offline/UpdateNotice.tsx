// "A new version is ready": shown when a deploy's service worker waits for this tab.
import { messages, useLang } from '../i18n';
import { acceptUpdate, useUpdate } from './update';

export function UpdateNotice() {
  const waiting = useUpdate((s) => s.waiting);
  const lang = useLang((s) => s.lang);
  if (!waiting) return null;
  const t = messages(lang).shell;
  return (
    <div className="notice info update-notice" role="status">
      <p>{t.updateReady}</p>
      <button type="button" className="tool" onClick={acceptUpdate}>
        {t.updateReload}
      </button>
    </div>
  );
}
