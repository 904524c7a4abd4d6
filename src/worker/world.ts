// The world machine's home: the rules worker. It runs the actor next to the core (a what-if
// replays without a round trip) and posts each snapshot to the page as a small view; the
// scenario and the run travel only when they change, so a step or a tick costs a few bytes.
import { createActor, type SnapshotFrom } from 'xstate';
import type { Rules } from '../machine/replay';
import { snapshotAt } from '../machine/timeline';
import type { Override, Run } from '../machine/types';
import { type WorldEvent, type worldMachine, worldWith } from '../machine/world';
import type { Scenario } from '../scenario/schema';
import { answersOf, type StepAnswers } from './answers';

export type WorldStatus = 'empty' | 'computing' | 'ready' | 'failed';

/**
 * One snapshot as the page receives it. `scenario`, `run` and `answers` are present only
 * when they changed.
 */
export interface WorldWire {
  status: WorldStatus;
  playing: boolean;
  step: number;
  overrides: Override[];
  speedMs: number;
  error: string | null;
  scenario?: Scenario | null;
  run?: Run | null;
  /** Each flow's panel answers at `step` (src/worker/answers.ts); [] without a run. */
  answers?: (StepAnswers | null)[];
}

/** What the worker tells the page: a new view, or that Next was held (predict mode asks). */
export type WorldMessage = { type: 'view'; view: WorldWire } | { type: 'held'; playing: boolean };

export function statusOf(snap: SnapshotFrom<typeof worldMachine>): WorldStatus {
  if (snap.matches('ready')) return 'ready';
  if (snap.matches('computing')) return 'computing';
  if (snap.matches('failed')) return 'failed';
  return 'empty';
}

export interface HostedWorld {
  send(event: WorldEvent): void;
  stop(): void;
}

/** Starts a world actor on `rules` and posts every snapshot (the first at once) to `post`. */
export function hostWorld(rules: Rules, post: (m: WorldMessage) => void): HostedWorld {
  const actor = createActor(worldWith(rules), { input: {} });
  let sentScenario: Scenario | null | undefined;
  let sentRun: Run | null | undefined;
  /** The run and step the answers last sent belong to. */
  let answered: { run: Run | null; step: number } | undefined;
  const publish = (snap: SnapshotFrom<typeof worldMachine>) => {
    const { scenario, run, step, overrides, speedMs, error } = snap.context;
    const view: WorldWire = {
      status: statusOf(snap),
      playing: snap.matches({ ready: 'playing' }),
      step,
      overrides,
      speedMs,
      error,
    };
    if (scenario !== sentScenario) view.scenario = sentScenario = scenario;
    if (run !== sentRun) view.run = sentRun = run;
    // The answers for the step shown, in the same message as the run or step they belong to.
    if (!answered || answered.run !== run || answered.step !== step) {
      answered = { run, step };
      view.answers = run ? answersOf(run.map((_, f) => snapshotAt(run, f, step))) : [];
    }
    post({ type: 'view', view });
  };
  actor.on('held', (e) => post({ type: 'held', playing: e.playing }));
  actor.subscribe(publish);
  // Starting notifies the subscriber: the page hears the first (empty) view at once.
  actor.start();
  return {
    send: (event) => actor.send(event),
    stop: () => actor.stop(),
  };
}
