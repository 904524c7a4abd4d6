// Two flows side by side (nVHE vs VHE): what each has cost so far, as bars that grow while
// the flows play (scaled to the larger flow's total at its end), and for nvhe-vs-vhe the
// published figures, cited exactly (costs.ts).
import { messages, useLang } from '../../i18n';
import type { FlowSnapshot } from '../../machine/types';
import { useRenderCount } from '../../panels/common/renderCount';
import { useWorld, useWorldKept } from '../../store/world';
import { HYPERCALL_CYCLES } from './costs';

/** EL1 registers a flow has saved or restored up to its snapshot i. */
function movedUpTo(snaps: readonly FlowSnapshot[], i: number): number {
  let n = 0;
  for (let k = 1; k <= Math.min(i, snaps.length - 1); k++) {
    const e = snaps[k]?.last?.event;
    if (e?.type === 'SaveContext' || e?.type === 'RestoreContext') n += e.regs.length;
  }
  return n;
}

function Bar({ label, value, max, cls }: { label: string; value: number; max: number; cls: string }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className={`cost-bar ${cls}`}>
      <span className="cost-who">{label}</span>
      <span className="cost-track" aria-hidden="true">
        <span className="cost-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="cost-value">{value}</span>
    </div>
  );
}

export function CostBars() {
  useRenderCount('CostBars');
  const lang = useLang((s) => s.lang);
  const w = messages(lang).stage.costs;
  const scenario = useWorld((s) => s.scenario);
  // What the bars draw of the run, kept while equal (one flow, or a what-if that moved no count: no render).
  const rows = useWorldKept(({ scenario, run, step }) =>
    !scenario || !run || scenario.flows.length < 2
      ? null
      : scenario.flows.map((flow, f) => {
          const snaps = run[f] ?? [];
          const now = snaps[Math.min(step, snaps.length - 1)];
          const end = snaps[snaps.length - 1];
          return {
            id: flow.id,
            title: flow.title[lang],
            el: now?.counters.elChanges ?? 0,
            elEnd: end?.counters.elChanges ?? 0,
            moved: movedUpTo(snaps, step),
            movedEnd: movedUpTo(snaps, snaps.length - 1),
          };
        }),
  );
  if (!scenario || !rows) return null;
  const maxEl = Math.max(1, ...rows.map((r) => r.elEnd));
  const maxMoved = Math.max(1, ...rows.map((r) => r.movedEnd));
  const maxCycles = Math.max(...HYPERCALL_CYCLES.map((c) => c.cycles));
  return (
    <section className="cost-bars" aria-label={w.title}>
      <h2 className="cost-title">{w.title}</h2>
      <p className="cost-caption">{w.counted}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled row of bars, not a form fieldset */}
      <div className="cost-group" role="group" aria-label={w.elChanges}>
        <span className="cost-name">{w.elChanges}</span>
        {rows.map((r, i) => (
          <Bar key={r.id} label={r.title} value={r.el} max={maxEl} cls={`flow-${i}`} />
        ))}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled row of bars, not a form fieldset */}
      <div className="cost-group" role="group" aria-label={w.moved}>
        <span className="cost-name">{w.moved}</span>
        {rows.map((r, i) => (
          <Bar key={r.id} label={r.title} value={r.moved} max={maxMoved} cls={`flow-${i}`} />
        ))}
      </div>
      {scenario.id === 'nvhe-vs-vhe' && (
        <details className="cost-published">
          <summary>{w.published}</summary>
          {HYPERCALL_CYCLES.map((c) => (
            <div key={c.printed} className="cost-bar published">
              <span className="cost-who">{w.who[c.who]}</span>
              <span className="cost-track" aria-hidden="true">
                <span className="cost-fill" style={{ width: `${Math.round((c.cycles / maxCycles) * 100)}%` }} />
              </span>
              <span className="cost-value">
                {c.printed} {w.cycles}
              </span>
            </div>
          ))}
          <p className="cost-source">{w.hypercallSource}</p>
          <p className="cost-source">{w.atc}</p>
          <p className="cost-source">{w.arm}</p>
        </details>
      )}
    </section>
  );
}
