// A context save/restore touches many registers: a compact grid, folded when long, with
// redirected, alias and wrong-world accesses marked in text as well as style.
import { messages, useLang } from '../../i18n';
import type { RegisterReach } from '../../machine/types';
import { Icon } from '../common/icons';

export function RegisterList({ registers }: { registers: readonly RegisterReach[] }) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).narration;
  const redirected = registers.filter((r) => r.via === 'redirect').length;
  const aliased = registers.filter((r) => r.via === 'alias').length;
  const wrong = registers.filter((r) => r.wrong).length;
  const list = (
    <ul className="registers" aria-label={t.registers}>
      {registers.map((r) => {
        const cls = r.wrong ? 'wrong' : r.reaches !== r.name ? 'moved' : undefined;
        const via = r.via ? t.viaNote[r.via] : '';
        return (
          <li key={r.name} className={cls}>
            <code>{t.reaches(r.name, r.reaches)}</code>
            {via && <span className="via-note"> ({via})</span>}
            {r.wrong && (
              <span className="wrong-note">
                {' '}
                <Icon name="warning" /> {t.wrong}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
  if (registers.length <= 6) return list;
  return (
    <details className="register-fold" open={wrong > 0}>
      <summary>{t.registerSummary(registers.length, redirected, aliased, wrong)}</summary>
      {list}
    </details>
  );
}
