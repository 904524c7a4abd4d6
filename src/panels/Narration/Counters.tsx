// The running counts: one column per flow, and for two flows their difference (the point
// of nVHE vs VHE: how much work each design does for the same guest exit). Three flows
// (VT-x vs nVHE vs VHE) get a column each and no difference.
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../../i18n';
import { type Counters as CounterValues, ZERO_COUNTERS } from '../../machine/types';
import { useWorld } from '../../store/world';
import { useRenderCount } from '../common/renderCount';

const KEYS = Object.keys(ZERO_COUNTERS) as (keyof CounterValues)[];
/** Counts only some scenarios have (x86, the SMMU): shown when a flow has any. */
const OCCASIONAL = new Set<keyof CounterValues>(['vmExits', 'vmEntries', 'dmas', 'smmuFaults']);

export function Counters() {
  useRenderCount('Counters');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).narration;
  const step = useWorld((s) => s.step);
  const counters = useWorld(useShallow((s) => s.flows.map((f) => f.counters)));
  const titles = useWorld(useShallow((s) => s.scenario?.flows.map((f) => f.title[lang]) ?? []));
  const many = counters.length > 1;
  const two = counters.length === 2;
  const keys = KEYS.filter((k) => !OCCASIONAL.has(k) || counters.some((c) => c[k] > 0));
  return (
    <table className="counters">
      <caption>
        {t.counters} <span className="muted">· {t.counterCaption(step)}</span>
      </caption>
      {many && (
        <thead>
          <tr>
            <th scope="col">{t.counter}</th>
            {titles.map((title) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
            {two && <th scope="col">{t.difference}</th>}
          </tr>
        </thead>
      )}
      <tbody>
        {keys.map((k) => {
          const a = counters[0]?.[k] ?? 0;
          const b = counters[1]?.[k] ?? 0;
          const diff = b - a;
          return (
            <tr key={k}>
              <th scope="row">{t.names[k]}</th>
              {counters.map((c, f) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per flow, in flow order
                <td key={f}>{c[k]}</td>
              ))}
              {two && <td className={diff === 0 ? 'diff same' : 'diff'}>{diff > 0 ? `+${diff}` : String(diff)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
