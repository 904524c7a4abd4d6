// A step's or scenario's sources: where the behaviour is written down (kernel, Xen, Arm ARM, papers).
import type { SourceRef } from '../../scenario/schema';
import './panel.css';
import { messages, useLang } from '../../i18n';

export function SourceList({ sources, label }: { sources: readonly SourceRef[] | undefined; label?: string }) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).common;
  if (!sources || sources.length === 0) return null;
  return (
    <ul className="source-list" aria-label={label ?? t.sources}>
      {sources.map((s) => (
        <li key={`${s.kind}:${s.ref}`} className="source-item">
          <span className={`source-kind source-kind-${s.kind}`}>
            {t.kinds[s.kind]}
            {s.release ? ` ${s.release}` : ''}
          </span>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-ref">
              {s.ref}
              <span className="visually-hidden"> {t.opensInNewTab}</span>
            </a>
          ) : (
            <span className="source-ref">{s.ref}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
