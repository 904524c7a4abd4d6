// Predict mode's hold on "next step": the step about to play first asks its question. The
// gate tells the world machine at which steps Next must wait (`heldSteps`, its nextHeld
// guard's data); the machine holds there on Next, →/PageDown and each Play tick and says
// "held"; scrubbing and jumping (GOTO) explore freely.
import type { HeldSteps } from '../machine/world';
import { useUi } from '../store/ui';
import { nextStep, send, setNextHold, useWorld } from '../store/world';
import { challengesFor, goalMet } from './challenges';
import { questionFor } from './questions';
import { answered, markMet, type Pending, usePredict } from './store';

/** The question Next from `at` raises, in the flow the state panels show first; null if none. */
export function questionAt(at: number): Omit<Pending, 'choice' | 'checked' | 'resume'> | null {
  const w = useWorld.getState();
  if (w.status !== 'ready' || !w.scenario || !w.run || at >= w.total) return null;
  const shown = useUi.getState().flow;
  const order = w.scenario.flows.map((_, f) => f).sort((a, b) => Number(b === shown) - Number(a === shown));
  for (const f of order) {
    const flow = w.scenario.flows[f];
    const step = flow?.steps[at];
    const result = w.run[f]?.[at + 1]?.last;
    if (!flow || !step || !result) continue;
    // A hypervisor (not a bare hyp stub) at EL2 is somewhere an EL1 access could trap to.
    const question = questionFor(
      step,
      result,
      flow.actors.some((a) => a.el === 2 && a.kind !== 'stub'),
    );
    if (!question || answered(w.scenario.id, f, at)) continue;
    const actor = flow.actors.find((a) => a.id === step.actor);
    return {
      scenario: w.scenario.id,
      flow: f,
      step: at,
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
 * Where Next must wait for a prediction: the steps whose next step asks a question not yet
 * answered (the open question's step until it is checked). None when predict mode is off.
 */
export function heldSteps(): HeldSteps {
  const { on, pending } = usePredict.getState();
  const w = useWorld.getState();
  if (!on || w.status !== 'ready') return [];
  const steps: number[] = [];
  for (let at = 0; at < w.total; at++) {
    const open = pending && pending.scenario === w.scenario?.id && pending.step === at;
    if (open ? !pending.checked : questionAt(at) !== null) steps.push(at);
  }
  return steps;
}

/** The machine held a step (Next, or Play reaching it): open its question, or keep the open one. */
export function ask(playing: boolean): void {
  const { pending } = usePredict.getState();
  if (pending && isCurrent(pending) && !pending.checked) return;
  const q = questionAt(useWorld.getState().step);
  usePredict.setState({ pending: q ? { ...q, choice: null, checked: false, resume: playing } : null });
}

/** After an answer: play the step, and keep playing if the question stopped a play. */
export function continueAfterAnswer(): void {
  const resume = usePredict.getState().pending?.resume ?? false;
  nextStep();
  if (resume) send({ type: 'PLAY' });
}

/**
 * Predict mode's part in the world machine: where it holds Next (kept up to date as the
 * run, the answers and the flow shown change) and the drop of a question left behind by
 * scrubbing or a scenario change. Returns the undo.
 */
/** Records every challenge of the loaded scenario its recomputed run now meets. */
function recordMet(): void {
  const w = useWorld.getState();
  if (w.status !== 'ready' || !w.scenario || !w.run) return;
  for (const c of challengesFor(w.scenario.id))
    if (goalMet(c.goal, w.run[c.flow]?.[c.step + 1]?.last)) markMet(c.scenario, c.id);
}

export function startGate(): () => void {
  const hold = setNextHold(ask, heldSteps());
  const refresh = () => hold.update(heldSteps());
  recordMet();
  const unsubscribe = [
    useWorld.subscribe((w, old) => {
      const { pending } = usePredict.getState();
      if (pending && !isCurrent(pending)) usePredict.setState({ pending: null });
      else if (pending && !pending.checked && w.run !== old.run) {
        // A what-if recomputed the run under an open question: ask it again from the new
        // run, so its answer is the one the step will now play.
        const q = questionAt(w.step);
        usePredict.setState({ pending: q ? { ...q, choice: null, checked: false, resume: pending.resume } : null });
      }
      if (w.run !== old.run) recordMet();
      refresh();
    }),
    usePredict.subscribe(refresh),
    useUi.subscribe((ui, old) => {
      if (ui.flow !== old.flow) refresh();
    }),
  ];
  return () => {
    hold.release();
    for (const u of unsubscribe) u();
  };
}
