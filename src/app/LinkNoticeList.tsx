// What the address got wrong, one sentence each, in the UI language (loaded only then).
import { featureMessages, messages, scenarioTitle, useLang } from '../i18n';
import { linkNotices } from '../i18n/en/linkNotices';
import { INFO_NOTICES } from '../link/format';
import { DEFAULT_SCENARIO } from '../store/scenarios';
import type { UrlNotice } from '../store/url';

export function LinkNoticeList({ url, dismiss }: { url: UrlNotice[]; dismiss: () => void }) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).ui;
  const s = featureMessages(lang, 'linkNotices', linkNotices);
  const linkProblems = url.some(
    (n) => n.kind !== 'unknown-scenario' && !(n.kind === 'link' && INFO_NOTICES.includes(n.notice.code)),
  );
  return (
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
  );
}
