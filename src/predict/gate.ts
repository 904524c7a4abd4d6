// Predict mode's hold on "next step": the step about to play first asks its question. The
// world machine asks `mustAsk` (its nextHeld guard) on Next, →/PageDown and each Play tick
// and emits "held"; scrubbing and jumping (GOTO) explore freely.
import { useUi } from '../store/ui';
import { nextStep, send, setNextHold, useWorld } from '../store/world';
import { questionFor } from './questions';
import { answered, type Pending, usePredict } from './store';

/** The question the next step raises, in the flow the state panels show first; null if none. */
export function upcomingQuestion(): Omit<Pending, 'choice' | 'checked' | 'resume'> | null {
  const w = useWorld.getState();
  if (w.status !== 'ready' || !w.scenario || !w.run || w.step >= w.total) return null;
  const shown = useUi.getState().flow;
  const order = w.scenario.flows.map((_, f) => f).sort((a, b) => Number(b === shown) - Number(a === shown));
  for (const f of order) {
    const flow = w.scenario.flows[f];
    const step = flow?.steps[w.step];
    const result = w.run[f]?.[w.step + 1]?.last;
    if (!flow || !step || !result) continue;
    // A hypervisor (not a bare hyp stub) at EL2 is somewhere an EL1 access could trap to.
    const question = questionFor(
      step,
      result,
      flow.actors.some((a) => a.el === 2 && a.kind !== 'stub'),
    );
    if (!question || answered(w.scenario.id, f, w.step)) continue;
    const actor = flow.actors.find((a) => a.id === step.actor);
    return {
      scenario: w.scenario.id,
      flow: f,
      step: w.step,
      question,
      actor: actor ? actor.id : step.actor,
      el: result.from.el,
      op: step.event.type,
      because: result.because,
    };
  }
  return null;
}

const isCurrent = (p: Pending) => {
  const w = useWorld.getState();
  return p.scenario === w.scenario?.id && p.step === w.step;
};

/**
 * The world machine's `nextHeld` guard: the next step must wait for a prediction. False when
 * predict mode is off, the step asks nothing, or its question has just been answered.
 */
export function mustAsk(): boolean {
  const { on, pending } = usePredict.getState();
  if (!on) return false;
  if (pending && isCurrent(pending)) return !pending.checked;
  return upcomingQuestion() !== null;
}

/** The machine held a step (Next, or Play reaching it): open its question, or keep the open one. */
export function ask(playing: boolean): void {
  const { pending } = usePredict.getState();
  if (pending && isCurrent(pending) && !pending.checked) return;
  const q = upcomingQuestion();
  usePredict.setState({ pending: q ? { ...q, choice: null, checked: false, resume: playing } : null });
}

/** After an answer: play the step, and keep playing if the question stopped a play. */
export function continueAfterAnswer(): void {
  const resume = usePredict.getState().pending?.resume ?? false;
  nextStep();
  if (resume) send({ type: 'PLAY' });
}

/**
 * Predict mode's part in the world machine: its hold on Next (a guard there) and the drop of
 * a question left behind by scrubbing or a scenario change. Returns the undo.
 */
export function startGate(): () => void {
  const release = setNextHold({ held: mustAsk, ask });
  const unsubscribe = useWorld.subscribe(() => {
    const { pending } = usePredict.getState();
    if (pending && !isCurrent(pending)) usePredict.setState({ pending: null });
  });
  return () => {
    release();
    unsubscribe();
  };
}
