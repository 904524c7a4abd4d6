// The running counts: one column per flow, and for two flows their difference (the point
// of nVHE vs VHE: how much work each design does for the same guest exit).
import { useShallow } from 'zustand/react/shallow';
import { messages, useLang } from '../../i18n';
import { type Counters as CounterValues, ZERO_COUNTERS } from '../../machine/types';
import { useWorld } from '../../store/world';

const KEYS = Object.keys(ZERO_COUNTERS) as (keyof CounterValues)[];

export function Counters() {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).narration;
  const step = useWorld((s) => s.step);
  const counters = useWorld(useShallow((s) => s.flows.map((f) => f.counters)));
  const titles = useWorld(useShallow((s) => s.scenario?.flows.map((f) => f.title[lang]) ?? []));
  const two = counters.length > 1;
  return (
    <table className="counters">
      <caption>
        {t.counters} <span className="muted">· {t.counterCaption(step)}</span>
      </caption>
      {two && (
        <thead>
          <tr>
            <th scope="col">{t.counter}</th>
            {titles.map((title) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
            <th scope="col">{t.difference}</th>
          </tr>
        </thead>
      )}
      <tbody>
        {KEYS.map((k) => {
          const a = counters[0]?.[k] ?? 0;
          const b = counters[1]?.[k] ?? 0;
          const diff = b - a;
          return (
            <tr key={k}>
              <th scope="row">{t.names[k]}</th>
              <td>{a}</td>
              {two && <td>{b}</td>}
              {two && <td className={diff === 0 ? 'diff same' : 'diff'}>{diff > 0 ? `+${diff}` : String(diff)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
