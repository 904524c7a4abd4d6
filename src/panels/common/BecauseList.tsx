// The reasons behind a decision: rule id, the sentence in the UI language, and the source.
import type { Because } from '../../core';
import { ruleText } from '../../i18n/ruleText';
import './panel.css';
import { messages, useLang } from '../../i18n';

export interface BecauseListProps {
  because: readonly Because[];
  /** Smaller type and spacing, for tight panels. */
  compact?: boolean;
  /** Accessible name of the list; defaults to "Because". */
  label?: string;
}

export function BecauseList({ because, compact, label }: BecauseListProps) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).common;
  if (because.length === 0) return null;
  return (
    <ol className={compact ? 'because-list compact' : 'because-list'} aria-label={label ?? t.because}>
      {because.map((b, i) => {
        const text = ruleText(b, lang);
        return (
          // A chain may repeat a rule with other params; the position keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: the chain is replaced whole
          <li key={`${i}-${b.rule}`} className="because-item">
            <code className="rule-badge" title={`${t.rule} ${b.rule}: ${text.source}`}>
              {b.rule}
            </code>
            <span className="because-detail">{text.detail}</span>
            <span className="because-source">{text.source}</span>
          </li>
        );
      })}
    </ol>
  );
}
