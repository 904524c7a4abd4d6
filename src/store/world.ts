// The bridge from the world machine to the panels. The machine runs in the rules worker
// (src/worker/world.ts); its snapshots arrive here as small views and are mirrored into a
// zustand store, so each panel selects only what it draws and the page thread never loads
// xstate.
import { useRef } from 'react';
import { create } from 'zustand';
import { SPEEDS_MS, snapshotAt, stepCount } from '../machine/timeline';
import type { FlowSnapshot, Override, Run } from '../machine/types';
import type { HeldSteps, WorldEvent } from '../machine/world';
import type { Scenario } from '../scenario/schema';
import type { StepAnswers } from '../worker/answers';
import { rules } from '../worker/rules';
import type { WorldMessage, WorldStatus, WorldWire } from '../worker/world';
import { keep } from './keep';

export type { WorldStatus };

export interface WorldView {
  status: WorldStatus;
  playing: boolean;
  scenario: Scenario | null;
  run: Run | null;
  step: number;
  /** Steps in the timeline (the longest flow). */
  total: number;
  /** Each flow's snapshot at the current step. */
  flows: FlowSnapshot[];
  /**
   * Each flow's panel answers at the current step, computed by the worker with the step
   * (src/worker/answers.ts); [] or null where it sent none (the panels then ask it).
   */
  answers: (StepAnswers | null)[];
  overrides: Override[];
  speedMs: number;
  error: string | null;
}

/** The view before the worker's first answer: an empty world. */
const EMPTY: WorldView = {
  status: 'empty',
  playing: false,
  scenario: null,
  run: null,
  step: 0,
  total: 0,
  flows: [],
  answers: [],
  overrides: [],
  speedMs: SPEEDS_MS[1],
  error: null,
};

/** A snapshot from the worker with what it belongs to (views carry the scenario, run and answers only on change). */
type WorldState = Omit<WorldWire, 'scenario' | 'run' | 'answers'> & {
  scenario: Scenario | null;
  run: Run | null;
  answers: (StepAnswers | null)[];
};

/**
 * The next view: `state`, sharing every part equal to the previous view's (the worker sends
 * fresh copies), so a panel whose part did not change does not re-render.
 */
function viewOf(prev: WorldView, state: WorldState): WorldView {
  const { scenario, run } = state;
  // A what-if being recomputed: the shown run, its overrides and answers stay until the new
  // run comes (in one message); only the status flips, and nothing that draws stays drawn again.
  if (state.status === 'computing' && prev.status === 'ready' && run !== null && run === prev.run) {
    return { ...prev, status: 'computing' };
  }
  const flows = run ? run.map((_, f) => snapshotAt(run, f, state.step)).filter((s): s is FlowSnapshot => !!s) : [];
  return {
    status: state.status,
    playing: state.playing,
    scenario,
    run,
    step: state.step,
    total: scenario ? stepCount(scenario) : 0,
    flows: keep(prev.flows, flows),
    answers: keep(prev.answers, state.answers),
    overrides: keep(prev.overrides, state.overrides),
    speedMs: state.speedMs,
    error: state.error,
  };
}

export const useWorld = create<WorldView>(() => EMPTY);

/**
 * The lesson takes steps and plays: its run is ready, or a what-if is recomputing it (the
 * machine queues what is sent meanwhile, so the controls stay as they were).
 */
export const steppable = (s: WorldView): boolean =>
  s.status === 'ready' || (s.status === 'computing' && s.run !== null);

/**
 * Selects from the world what `select` derives, as the same object while it stays deep-equal:
 * for a panel that computes its drawing from the run (a what-if sends a new run, mostly equal).
 */
export function useWorldKept<T>(select: (s: WorldView) => T): T {
  const last = useRef<T | undefined>(undefined);
  return useWorld((s) => {
    const next = keep(last.current, select(s));
    last.current = next;
    return next;
  });
}

/** Who hears "held" (predict mode), and where Next is held now. */
let ask: ((playing: boolean) => void) | null = null;
let held: HeldSteps = [];

/** The scenario and run as the worker last sent them (views carry them only when they change). */
const sent: { scenario: Scenario | null; run: Run | null; answers: (StepAnswers | null)[] } = {
  scenario: null,
  run: null,
  answers: [],
};
/** The scenario whose built step 0 is shown until the worker's run for it is ready. */
let stepZeroOf: string | null = null;

function hear(m: WorldMessage): void {
  if (m.type === 'held') {
    ask?.(m.playing);
    return;
  }
  const wire = m.view;
  if (wire.scenario !== undefined) sent.scenario = wire.scenario;
  if (wire.run !== undefined) sent.run = wire.run;
  if (wire.answers !== undefined) sent.answers = wire.answers;
  if (stepZeroOf !== null) {
    // The built step 0 stays until the worker has this scenario's run (or fails): its
    // "empty" and "computing" views would only blank the stage for a moment.
    const mine = sent.scenario?.id === stepZeroOf;
    if (wire.status === 'failed' || (mine && wire.status === 'ready')) stepZeroOf = null;
    else return;
  }
  useWorld.setState(
    viewOf(useWorld.getState(), { ...wire, scenario: sent.scenario, run: sent.run, answers: sent.answers }),
  );
}

/**
 * Shows a scenario's step 0 as it was computed at build time (src/store/scenarios.ts), ready
 * to step: the stage is drawn before the rules worker answers, and Next pressed meanwhile
 * waits in the machine's queue. The worker's run takes over when it is ready.
 */
export function showStepZero(scenario: Scenario, step0: FlowSnapshot[]): void {
  stepZeroOf = scenario.id;
  const { speedMs } = useWorld.getState();
  useWorld.setState(
    viewOf(useWorld.getState(), {
      status: 'ready',
      playing: false,
      step: 0,
      overrides: [],
      speedMs,
      error: null,
      scenario,
      run: step0.map((snap) => [snap]),
      // Not computed at build time: the panels ask the worker until its run is here.
      answers: [],
    }),
  );
}

/** The page's last view as events: what a replaced worker needs to carry on where it was. */
function resume(): WorldEvent[] {
  const { scenario, overrides, step, speedMs } = useWorld.getState();
  const events: WorldEvent[] = [
    { type: 'SPEED', ms: speedMs },
    { type: 'HOLD', steps: held },
  ];
  if (scenario) events.push({ type: 'LOAD', scenario, overrides, step });
  return events;
}

rules.connectWorld(hear, resume);

/** Send an event to the world machine (panels and keyboard use this). */
export function send(event: WorldEvent): void {
  // Another lesson (a custom one, a link's step) replaces a built step 0 still shown.
  if (event.type === 'LOAD' && event.scenario.id !== stepZeroOf) stepZeroOf = null;
  // A worker that fails is replaced and resumed by the client, and the page says so.
  rules.worldSend(event).catch(() => {});
}

/** Next is sent as is: the machine's nextHeld guard decides whether it may go. */
export function nextStep(): void {
  send({ type: 'NEXT' });
}

/** Predict mode's hold on Next: where it holds (updated as questions change) and who asks. */
export interface NextHold {
  update(steps: HeldSteps): void;
  release(): void;
}

/**
 * Lets a feature hold "next step" at some steps (predict mode asks its question first): the
 * machine's guard holds there and `onHeld` hears it. The store cannot import features, so
 * predict registers itself here.
 */
export function setNextHold(onHeld: (playing: boolean) => void, steps: HeldSteps): NextHold {
  const mine = (playing: boolean) => onHeld(playing);
  ask = mine;
  const update = (next: HeldSteps) => {
    if (ask !== mine || sameSteps(next, held)) return;
    held = next;
    send({ type: 'HOLD', steps: next });
  };
  update(steps);
  return {
    update,
    release() {
      if (ask !== mine) return;
      update([]);
      ask = null;
    },
  };
}

function sameSteps(a: HeldSteps, b: HeldSteps): boolean {
  if (a === 'all' || b === 'all') return a === b;
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
