// What the state panels draw for the state shown: the answers the worker sent with the step
// (src/worker/answers.ts), or, where it sent none (the sandbox before a lesson, a lesson's
// built step 0), the same answers asked of it in one round trip.
import { useShallow } from 'zustand/react/shallow';
import { useUi } from '../../store/ui';
import { useWorld } from '../../store/world';
import type { StepAnswers } from '../../worker/answers';
import { rules } from '../../worker/rules';
import { usePe } from './usePe';
import { type RuleAnswer, useRule } from './useRule';

export function useAnswers(): RuleAnswer<StepAnswers> {
  const flow = useUi((s) => s.flow);
  // The selected flow's, as usePe falls back to the first flow's state.
  const given = useWorld((s) => (s.flows[flow] ? s.answers[flow] : s.answers[0]) ?? null);
  const { pe, last } = usePe();
  const lrs = useWorld(useShallow((s) => (s.flows[flow] ?? s.flows[0])?.lrs ?? []));
  const key = given || !pe ? null : JSON.stringify([pe, lrs, last ?? null]);
  const asked = useRule(key, () => rules.stepAnswers({ pe: pe as NonNullable<typeof pe>, lrs, last }));
  return given ? { value: given, error: null } : asked;
}
