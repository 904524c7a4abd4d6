// Published costs the scenario cites (e.g. cycles per hypercall), never computed by us.
import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';
import { STRINGS } from './strings';

export function Measurements() {
  const lang = useUi((s) => s.lang);
  const t = STRINGS[lang];
  const list = useWorld((s) => s.scenario?.measurements);
  if (!list || list.length === 0) return null;
  return (
    <section className="measurements" aria-label={t.measurements}>
      <h3>{t.measurements}</h3>
      <ul>
        {list.map((m) => (
          <li key={`${m.label.en}:${m.hardware}`}>
            <span className="m-value">
              {m.value} <span className="m-unit">{m.unit}</span>
            </span>
            <span className="m-label">{m.label[lang]}</span>
            <span className="m-source">
              {m.source.url ? (
                <a href={m.source.url} target="_blank" rel="noopener noreferrer">
                  {t.measuredOn(m.hardware, m.source.ref)}
                </a>
              ) : (
                t.measuredOn(m.hardware, m.source.ref)
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
