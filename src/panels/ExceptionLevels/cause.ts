// The word on a transition arrow: what moved control (SVC, HVC, IRQ, ERET, call, boot), and
// the words of a callout when nothing moved. Mnemonics stay as they are; words are translated.

import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import { eventLabel, labelText } from '../../i18n/ruleText';
import type { StepResult } from '../../machine/types';

export function arrowCause(last: StepResult, lang: Lang): string {
  const e = last.event;
  const t = messages(lang).exceptionLevels;
  if (e.type === 'Call') return e.fn === undefined ? t.call : `${t.call} ${labelText(e.fn, lang)}`;
  if (e.type === 'Boot') return t.boot;
  if (e.type === 'VMX') return e.op;
  if (e.type === 'Stage1Abort' || e.type === 'Stage2Abort' || e.type === 'Undefined') return t.short[e.type];
  // GIC steps, loads and stores, DMA: the step's own short label, in the UI language.
  if (e.type === 'Ack' || e.type === 'EOI') return eventLabel(e, lang).split(' (')[0] ?? e.type;
  if (e.type === 'Access') return eventLabel(e, lang).split(' ')[0] ?? e.type;
  return e.type;
}
