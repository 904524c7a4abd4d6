// Published costs the scenario cites (e.g. cycles per hypercall), never computed by us.

import { messages, useLang } from '../../i18n';
import { labelText } from '../../i18n/ruleText';
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
          <li key={m.label.en}>
            <span className="m-value">
              {m.value} <span className="m-unit">{labelText(m.unit, lang)}</span>
            </span>
            <span className="m-label">{m.label[lang]}</span>
            <span className="m-source">
              {m.source.url ? (
                <a href={m.source.url} target="_blank" rel="noopener noreferrer">
                  {t.measuredOn(labelText(m.hardware, lang), m.source.ref)}
                </a>
              ) : (
                t.measuredOn(labelText(m.hardware, lang), m.source.ref)
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
