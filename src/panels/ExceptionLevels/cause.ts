// The word on a transition arrow: what moved control (SVC, HVC, IRQ, ERET, call, boot).

import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import type { StepResult } from '../../machine/types';

const SHORT: Partial<Record<StepResult['event']['type'], string>> = {
  Stage1Abort: 'S1 abort',
  Stage2Abort: 'S2 abort',
  Undefined: 'UNDEF',
};

export function arrowCause(last: StepResult, lang: Lang): string {
  const e = last.event;
  if (e.type === 'Call') return `${messages(lang).exceptionLevels.call}${e.fn ? ` ${e.fn}` : ''}`;
  if (e.type === 'Boot') return messages(lang).exceptionLevels.boot;
  if (e.type === 'VMX') return e.op;
  return SHORT[e.type] ?? e.type;
}
