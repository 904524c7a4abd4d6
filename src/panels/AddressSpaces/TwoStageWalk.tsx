// The walk of the step just taken (VA -> IPA -> PA, with each stage's tables and tags), or,
// between accesses, which tables the current regime would walk; and the TLB the scenario has
// filled, each entry with its ASID / VMID tags.
import type { RegimeInfo } from '../../core';
import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import type { TlbEntry, Walk } from '../../machine/types';

interface Props {
  info: RegimeInfo;
  walk: Walk | undefined;
  tlb: readonly TlbEntry[] | undefined;
  lang: Lang;
}

export function TwoStageWalk({ info, walk, tlb, lang }: Props) {
  const t = messages(lang).walk;
  const s1 = info.stage1Tables.join(' + ') || t.flat;
  const s2 = info.stage2Table ?? t.noStage2;
  const tags = [info.asid ? 'ASID' : '', info.vmid ? 'VMID' : ''].filter(Boolean).join(' + ') || t.none;
  return (
    <section className="as-walk" aria-label={t.walk}>
      <h3>{t.walk}</h3>
      <p className="as-walk-tables">
        <strong>{t.tables}:</strong> {t.tablesText(s1, s2, tags)}
      </p>
      {walk && <WalkChain walk={walk} lang={lang} />}
      {tlb && tlb.length > 0 && <TlbStrip tlb={tlb} walk={walk} lang={lang} />}
    </section>
  );
}

function WalkChain({ walk, lang }: { walk: Walk; lang: Lang }) {
  const t = messages(lang).walk;
  const s1 = `${t.stage1}: ${walk.stage1Tables.join(' + ') || t.flat}${walk.asid !== undefined ? `, ASID ${walk.asid}` : ''}`;
  const s2 = walk.stage2Table
    ? `${t.stage2}: ${walk.stage2Table}${walk.vmid !== undefined ? `, VMID ${walk.vmid}` : ''}`
    : null;
  const end = walk.fault ? t.fault : `PA ${walk.pa ?? '?'}`;
  const parts = [`VA ${walk.va}`, s1, ...(s2 ? [`IPA ${walk.ipa ?? '?'}`, s2] : []), end];
  return (
    <ol className="as-chain" role="img" aria-label={t.walkLabel(parts.join(' → '))}>
      {parts.map((p, i) => (
        <li
          key={p}
          className={i % 2 === 0 ? 'as-chain-addr' : 'as-chain-stage'}
          data-fault={walk.fault && i === parts.length - 1}
        >
          {p}
        </li>
      ))}
      {walk.tlbHit && <li className="as-chain-hit">{t.hit}</li>}
    </ol>
  );
}

function TlbStrip({ tlb, walk, lang }: { tlb: readonly TlbEntry[]; walk: Walk | undefined; lang: Lang }) {
  const t = messages(lang).walk;
  const current = (e: TlbEntry) =>
    walk !== undefined && !walk.fault && e.va === walk.va && e.asid === walk.asid && e.vmid === walk.vmid;
  return (
    // In a narrow wing the five columns scroll sideways on their own; a keyboard reaches the
    // scroll through the focusable region (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <section className="as-tlb-scroll" aria-label={t.tlb} tabIndex={0}>
      <table className="as-tlb">
        <caption>{t.tlb}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cols.va}</th>
            <th scope="col">{t.cols.pa}</th>
            <th scope="col">{t.cols.regime}</th>
            <th scope="col">{t.cols.asid}</th>
            <th scope="col">{t.cols.vmid}</th>
          </tr>
        </thead>
        <tbody>
          {tlb.map((e) => (
            <tr key={`${e.regime}|${e.vmid}|${e.asid}|${e.va}`} data-current={current(e)}>
              <td>{e.va}</td>
              <td>{e.pa}</td>
              <td>{e.regime}</td>
              <td>{e.asid ?? t.none}</td>
              <td>{e.vmid ?? t.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
