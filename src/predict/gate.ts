// Holds "next step" in predict mode: the step about to play first asks its question. Next,
// →/PageDown and Play go through here; scrubbing and jumping (GOTO) explore freely.
import { useUi } from '../store/ui';
import { send, useWorld } from '../store/world';
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
 * True when the next step must wait for a prediction: it opens the question (or keeps the
 * open, unanswered one). False when the step may play: predict mode is off, the step asks
 * nothing, or its question has just been answered (that answer is then put away).
 */
export function shouldAsk(resume = false): boolean {
  const { on, pending } = usePredict.getState();
  if (!on) return false;
  if (pending && isCurrent(pending)) {
    if (!pending.checked) return true;
    usePredict.setState({ pending: null });
    return false;
  }
  const q = upcomingQuestion();
  if (!q) {
    if (pending) usePredict.setState({ pending: null });
    return false;
  }
  usePredict.setState({ pending: { ...q, choice: null, checked: false, resume } });
  return true;
}

/** Next, held by predict mode: what the Next button and →/PageDown call. */
export function nextStep(): void {
  if (!shouldAsk()) send({ type: 'NEXT' });
}

/** After an answer: play the step, and keep playing if the question stopped a play. */
export function continueAfterAnswer(): void {
  const resume = usePredict.getState().pending?.resume ?? false;
  nextStep();
  if (resume) send({ type: 'PLAY' });
}

/**
 * Play runs inside the world machine (a timer), so it is watched rather than intercepted:
 * when playing reaches a step with a question, pause and ask. Also drops a question left
 * behind by scrubbing or a scenario change. Returns the unsubscribe function.
 */
export function watchPlay(): () => void {
  return useWorld.subscribe((w, prev) => {
    const { pending } = usePredict.getState();
    if (pending && !isCurrent(pending)) usePredict.setState({ pending: null });
    const moved = w.step !== prev.step || w.playing !== prev.playing || w.run !== prev.run;
    if (!w.playing || !moved) return;
    if (shouldAsk(true)) send({ type: 'PAUSE' });
  });
}
