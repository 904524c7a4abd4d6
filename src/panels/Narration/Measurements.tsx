// Published costs the scenario cites (e.g. cycles per hypercall), never computed by us.

import { messages, useLang } from '../../i18n';
import { useWorld } from '../../store/world';

export function Measurements() {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).narration;
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
