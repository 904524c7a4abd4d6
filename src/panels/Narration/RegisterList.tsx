// A context save/restore touches many registers: a compact grid, folded when long, with
// redirected, alias and wrong-world accesses marked in text as well as style.
import type { RegisterReach } from '../../machine/types';
import { useUi } from '../../store/ui';
import { STRINGS } from './strings';

export function RegisterList({ registers }: { registers: readonly RegisterReach[] }) {
  const lang = useUi((s) => s.lang);
  const t = STRINGS[lang];
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
            {r.wrong && <span className="wrong-note"> ⚠ {t.wrong}</span>}
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
