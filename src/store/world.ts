// The bridge from the world machine to the panels: one actor for the page, its snapshots
// mirrored into a zustand store so each panel selects only what it draws.
import { createActor, type SnapshotFrom } from 'xstate';
import { create } from 'zustand';
import { snapshotAt, stepCount } from '../machine/timeline';
import type { FlowSnapshot, Override, Run } from '../machine/types';
import { type WorldEvent, type worldMachine, worldWith } from '../machine/world';
import type { Scenario } from '../scenario/schema';
import { rules } from '../worker/rules';

export type WorldStatus = 'empty' | 'computing' | 'ready' | 'failed';

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
  overrides: Override[];
  speedMs: number;
  error: string | null;
}

export function viewOf(snap: SnapshotFrom<typeof worldMachine>): WorldView {
  const { scenario, run, step, overrides, speedMs, error } = snap.context;
  const status: WorldStatus = snap.matches('ready')
    ? 'ready'
    : snap.matches('computing')
      ? 'computing'
      : snap.matches('failed')
        ? 'failed'
        : 'empty';
  const flows = run ? run.map((_, f) => snapshotAt(run, f, step)).filter((s): s is FlowSnapshot => !!s) : [];
  return {
    status,
    playing: snap.matches({ ready: 'playing' }),
    scenario,
    run,
    step,
    total: scenario ? stepCount(scenario) : 0,
    flows,
    overrides,
    speedMs,
    error,
  };
}

/** What holds "next step" (predict mode): `held` is the machine's guard, `ask` hears "held". */
export interface NextHold {
  held(): boolean;
  ask(playing: boolean): void;
}

let hold: NextHold | null = null;

/**
 * Lets a feature hold "next step" (predict mode asks its question first); returns the undo.
 * The store cannot import features, so predict registers itself here.
 */
export function setNextHold(h: NextHold): () => void {
  hold = h;
  return () => {
    if (hold === h) hold = null;
  };
}

export const worldActor = createActor(
  worldWith(rules, () => hold?.held() ?? false),
  { input: {} },
);
worldActor.on('held', (e) => hold?.ask(e.playing));
export const useWorld = create<WorldView>(() => viewOf(worldActor.getSnapshot()));
worldActor.subscribe((snap) => {
  const next = viewOf(snap);
  // Same snapshots as before (e.g. while a what-if recomputes): keep the same array, so
  // panels selecting `flows` do not re-render for nothing.
  const prev = useWorld.getState().flows;
  if (next.flows.length === prev.length && next.flows.every((f, i) => f === prev[i])) next.flows = prev;
  useWorld.setState(next);
});
worldActor.start();

/** Send an event to the world machine (panels and keyboard use this, never the actor). */
export function send(event: WorldEvent): void {
  worldActor.send(event);
}

/** Next is sent as is: the machine's nextHeld guard decides whether it may go. */
export function nextStep(): void {
  send({ type: 'NEXT' });
}
