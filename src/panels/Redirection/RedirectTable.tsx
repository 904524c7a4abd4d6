// Every FEAT_VHE redirect row, what each name reaches now; a row that changes flashes
// (d3 transition on the "reaches now" cell) so flipping E2H visibly moves the table.
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import type { RedirectRow } from '../../core';
import { transitionMs } from '../common/motion';

export interface RowNow {
  row: RedirectRow;
  /** What `row.from` reaches now (null = UNDEFINED). */
  now: string | null;
  /** What `row.alias` reaches now (null = UNDEFINED). */
  alias: string | null;
}

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

  useEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const ms = transitionMs(550);
    const before = previous.current;
    select(tbody)
      .selectAll<HTMLTableCellElement, unknown>('td.reach-now')
      .each(function () {
        const key = this.dataset.from ?? '';
        const now = this.dataset.reach ?? '';
        const was = before.get(key);
        if (was === undefined || was === now || ms === 0) return;
        select(this)
          .interrupt()
          .style('background-color', 'var(--flash, #f0e442)')
          .style('transform', 'translateX(-24px)')
          .transition()
          .duration(ms)
          .style('transform', 'translateX(0px)')
          .transition()
          .duration(ms)
          .style('background-color', null);
      });
    previous.current = new Map(rows.map((r) => [r.row.from, r.now ?? '']));
  }, [rows]);

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
