// The virtual interrupts beside the physical ones: for vIRQ, vFIQ and vSError, what the core
// says now (signalled? taken at EL1 or pending?), fed by the scenario's GIC list registers;
// and those list registers, when the scenario has written any.
import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import type { ListRegister } from '../../machine/types';
import type { VirtualAnswer } from '../../worker/answers';
import { ElBadge } from '../common/ElBadge';
import { useRenderCount } from '../common/renderCount';

/** `answers`: the core's answer for each virtual interrupt (src/worker/answers.ts), null until asked. */
export function VirtualLane({
  answers,
  lrs,
  lang,
}: {
  answers: readonly VirtualAnswer[] | null;
  lrs: readonly ListRegister[];
  lang: Lang;
}) {
  useRenderCount('VirtualLane');
  const t = messages(lang).virtualInterrupts;
  return (
    <section className="routing-virtual" aria-label={t.lane}>
      <h3>{t.lane}</h3>
      {answers && (
        <ul aria-label={t.lane}>
          {answers.map(({ kind, outcome: r, gic }) => {
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
