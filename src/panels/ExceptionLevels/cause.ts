// The word on a transition arrow: what moved control (SVC, HVC, IRQ, ERET, call, boot).
import type { StepResult } from '../../machine/types';
import type { Lang } from '../../store/ui';
import { STRINGS } from './strings';

const SHORT: Partial<Record<StepResult['event']['type'], string>> = {
  Stage1Abort: 'S1 abort',
  Stage2Abort: 'S2 abort',
  Undefined: 'UNDEF',
};

export function arrowCause(last: StepResult, lang: Lang): string {
  const e = last.event;
  if (e.type === 'Call') return `${STRINGS[lang].call}${e.fn ? ` ${e.fn}` : ''}`;
  if (e.type === 'Boot') return STRINGS[lang].boot;
  if (e.type === 'VMX') return e.op;
  return SHORT[e.type] ?? e.type;
}
