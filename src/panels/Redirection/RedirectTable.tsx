// Every FEAT_VHE redirect row, what each name reaches now; a row that changes flashes
// (its "reaches now" cell slides and flashes) so flipping E2H visibly moves the table.
import { useRef } from 'react';
import type { RedirectRow } from '../../core';
import type { RowNow } from '../../worker/answers';
import { EASE, useMotion } from '../common/motion';

export interface RedirectTableProps {
  rows: RowNow[];
  current: string;
  caption: string;
  heads: { name: string; now: string; alias: string; current: string };
  undefinedText: string;
}

export function RedirectTable({ rows, current, caption, heads, undefinedText }: RedirectTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const previous = useRef<Map<string, string | null>>(new Map());

  useMotion(body, rows, (tbody, animate) => {
    const before = previous.current;
    previous.current = new Map(rows.map((r) => [r.row.from, r.now ?? '']));
    const flash = getComputedStyle(tbody).getPropertyValue('--flash').trim() || '#f0e442';
    for (const cell of tbody.querySelectorAll<HTMLTableCellElement>('td.reach-now')) {
      const was = before.get(cell.dataset.from ?? '');
      if (was === undefined || was === (cell.dataset.reach ?? '')) continue;
      // Slides in on the flash colour, then the colour fades back to the row's own.
      animate(
        cell,
        [
          { backgroundColor: flash, transform: 'translateX(-24px)', offset: 0, easing: EASE },
          { backgroundColor: flash, transform: 'translateX(0px)', offset: 0.5, easing: EASE },
          { transform: 'translateX(0px)' },
        ],
        { duration: 1100, easing: 'linear' },
      );
    }
  });

  const isCurrent = (r: RedirectRow) => [r.from, r.to, r.alias].includes(current);
  return (
    // Scrolls on narrow screens: focusable and named so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="redirect-table-wrap" tabIndex={0} aria-label={caption}>
      <table className="redirect-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heads.name}</th>
            <th scope="col">{heads.now}</th>
            <th scope="col">{heads.alias}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map(({ row, now, alias }) => {
            const moved = now !== null && now !== row.from;
            return (
              <tr
                key={row.from}
                className={isCurrent(row) ? 'current' : undefined}
                aria-current={isCurrent(row) || undefined}
              >
                <th scope="row">
                  <code>{row.from}</code>
                  {row.feature && <span className="feature-tag"> ({row.feature})</span>}
                  {isCurrent(row) && <span className="current-tag">{heads.current}</span>}
                </th>
                <td
                  className={`reach-now${moved ? ' moved' : ''}${now ? '' : ' undef'}`}
                  data-from={row.from}
                  data-reach={now ?? ''}
                >
                  <span aria-hidden="true">{moved ? '↪ ' : ''}</span>
                  <code>{now ?? undefinedText}</code>
                </td>
                <td className={alias ? undefined : 'undef'}>
                  <code>{row.alias}</code> <span aria-hidden="true">→</span> <code>{alias ?? undefinedText}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
