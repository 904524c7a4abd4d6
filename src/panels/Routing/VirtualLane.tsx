// The virtual interrupts beside the physical ones: for vIRQ, vFIQ and vSError, what the core
// says now (signalled? taken at EL1 or pending?), fed by the scenario's GIC list registers;
// and those list registers, when the scenario has written any.
import type { PeState, VirtualInterruptKind, VirtualInterruptOutcome } from '../../core';
import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import type { ListRegister } from '../../machine/types';
import { rules } from '../../worker/rules';
import { ElBadge } from '../common/ElBadge';
import { useRenderCount } from '../common/renderCount';
import { useRule } from '../common/useRule';

const KINDS: readonly VirtualInterruptKind[] = ['vIRQ', 'vFIQ', 'vSError'];
const GROUP = { vIRQ: 1, vFIQ: 0 } as const;

type Answers = [VirtualInterruptKind, VirtualInterruptOutcome, boolean][];

async function ask(pe: PeState, lrs: readonly ListRegister[]): Promise<Answers> {
  return Promise.all(
    KINDS.map(async (kind): Promise<[VirtualInterruptKind, VirtualInterruptOutcome, boolean]> => {
      // The GIC signals a vIRQ (group 1) / vFIQ (group 0) while a list register holds it pending.
      const gic = kind !== 'vSError' && lrs.some((l) => l.state === 'pending' && l.group === GROUP[kind]);
      const d = await rules.virtualInterruptTarget(pe, kind, { gic });
      return [kind, d.result, gic];
    }),
  );
}

export function VirtualLane({ pe, lrs, lang }: { pe: PeState; lrs: readonly ListRegister[]; lang: Lang }) {
  useRenderCount('VirtualLane');
  const t = messages(lang).virtualInterrupts;
  const { value } = useRule(`${JSON.stringify(pe)}|${JSON.stringify(lrs)}`, () => ask(pe, lrs));
  return (
    <section className="routing-virtual" aria-label={t.lane}>
      <h3>{t.lane}</h3>
      {value && (
        <ul aria-label={t.lane}>
          {value.map(([kind, r, gic]) => {
            const state = !r.signalled ? 'quiet' : r.targetEL === null ? 'ignored' : r.taken ? 'taken' : 'pending';
            return (
              <li key={kind} className={`routing-vlane ${state}`} data-kind={kind}>
                <strong>{kind}</strong>
                {r.targetEL !== null && <ElBadge el={r.targetEL} />}
                <span>{t.state[state]}</span>
                {r.signalled && <span className="muted">({t.source(gic)})</span>}
              </li>
            );
          })}
        </ul>
      )}
      {lrs.length > 0 && (
        <table className="routing-lrs">
          <caption>{t.lrs}</caption>
          <thead>
            <tr>
              <th scope="col">{t.cols.reg}</th>
              <th scope="col">{t.cols.vintid}</th>
              <th scope="col">{t.cols.state}</th>
              <th scope="col">{t.cols.hw}</th>
              <th scope="col">{t.cols.pintid}</th>
            </tr>
          </thead>
          <tbody>
            {lrs.map((l) => (
              <tr key={l.lr}>
                <th scope="row">{`ICH_LR${l.lr}_EL2`}</th>
                <td>{l.vintid}</td>
                <td>{t.lrState[l.state]}</td>
                <td>{l.hw ? t.yes : t.no}</td>
                <td>{l.pintid ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
