// A context save/restore touches many registers: a compact grid, folded when long, with
// redirected and wrong-world accesses marked in text as well as style.

import { Icon } from '../../app/icons';
import type { RegisterReach } from '../../machine/types';
import { useUi } from '../../store/ui';
import { STRINGS } from './strings';

export function RegisterList({ registers }: { registers: readonly RegisterReach[] }) {
  const lang = useUi((s) => s.lang);
  const t = STRINGS[lang];
  const redirected = registers.filter((r) => r.reaches && r.reaches !== r.name).length;
  const wrong = registers.filter((r) => r.wrong).length;
  const list = (
    <ul className="registers" aria-label={t.registers}>
      {registers.map((r) => {
        const cls = r.wrong ? 'wrong' : r.reaches !== r.name ? 'moved' : undefined;
        return (
          <li key={r.name} className={cls}>
            <code>{t.reaches(r.name, r.reaches)}</code>
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
      <summary>{t.registerSummary(registers.length, redirected, wrong)}</summary>
      {list}
    </details>
  );
}
