// What custom-scenario storage could not do (damaged entry set aside, storage full or off),
// said once, translated, dismissable. Rendered by the shell among its notices.

import { messages, useLang } from '../i18n';
import { dismissCustomProblems, useCustom } from './api';

export function CustomNotices() {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).custom;
  const problems = useCustom((s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <div className="notice warn custom-notice" role="alert">
      {problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is only appended to or cleared
        <p key={i}>{t.problem(p)}</p>
      ))}
      <button type="button" onClick={dismissCustomProblems}>
        {t.dismiss}
      </button>
    </div>
  );
}
