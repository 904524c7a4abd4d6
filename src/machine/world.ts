// The EL0/EL1/EL2 world as an xstate machine: it holds the loaded scenario, the what-if
// overrides and the step; it asks the rules for every snapshot and plays, steps and scrubs
// over them. The rules are injected (worldWith: machine.provide), never kept in context:
// the app gives the worker client, the tests the core itself. Events that arrive while a
// run is computed wait in a queue and are replayed in order once it is ready.
import { and, assign, emit, enqueueActions, fromPromise, not, setup } from 'xstate';
import type { Scenario, StatePatch } from '../scenario/schema';
import { mergePatch } from './patch';
import { type Rules, replay } from './replay';
import { SPEEDS_MS, stepCount } from './timeline';
import type { Override, Run } from './types';

export interface WorldContext {
  scenario: Scenario | null;
  overrides: Override[];
  run: Run | null;
  /** The overrides `run` was computed with (lets a what-if replay only from its step). */
  runOverrides: Override[];
  step: number;
  speedMs: number;
  error: string | null;
  /** Events that came while computing, replayed in order when the run is ready. */
  queued: WorldEvent[];
  /** Steps whose Next waits (predict mode asks there first); 'all' while predict mode loads. */
  held: HeldSteps;
}

/** Where Next is held: every step, or the listed ones (positions on the timeline). */
export type HeldSteps = 'all' | readonly number[];

export type WorldEvent =
  | { type: 'LOAD'; scenario: Scenario; overrides?: Override[]; step?: number }
  | { type: 'NEXT' }
  | { type: 'PREV' }
  | { type: 'GOTO'; step: number }
  | { type: 'RESTART' }
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE_PLAY' }
  | { type: 'SPEED'; ms: number }
  /** What if: set bits at the current step (of one flow) and recompute the rest. */
  | { type: 'SET_BITS'; flow: number; patch: StatePatch }
  | { type: 'CLEAR_OVERRIDES' }
  | { type: 'RETRY' }
  /** Predict mode: hold Next at these steps (its questions); [] lets every step go. */
  | { type: 'HOLD'; steps: HeldSteps };

const clampStep = (ctx: WorldContext, n: number) =>
  ctx.scenario ? Math.max(0, Math.min(n, stepCount(ctx.scenario))) : 0;

/** Merge a patch into the override at (flow, step), so repeated toggles stay one entry. */
export function addOverride(overrides: readonly Override[], flow: number, step: number, patch: StatePatch): Override[] {
  const rest = overrides.filter((o) => !(o.flow === flow && o.step === step));
  const old = overrides.find((o) => o.flow === flow && o.step === step)?.patch ?? {};
  const merged = mergePatch(old, patch);
  return [...rest, { flow, step, patch: merged }].sort((a, b) => a.flow - b.flow || a.step - b.step);
}

interface ComputeInput {
  scenario: Scenario;
  overrides: Override[];
  previous?: { overrides: Override[]; run: Run };
}

/** The whole run for (scenario, overrides): in one call where the rules offer it, else replayed here. */
const computeRunWith = (rules: Rules) =>
  fromPromise<Run, ComputeInput>(({ input }) =>
    rules.replayRun
      ? rules.replayRun(input.scenario, input.overrides, input.previous)
      : replay(input.scenario, input.overrides, rules, input.previous),
  );

/** Emitted when the next step is held (predict mode's question); `playing` if Play was running. */
export type WorldEmitted = { type: 'held'; playing: boolean };

/** Events that wait while a run is computed instead of being lost. */
const WAITING = [
  'NEXT',
  'PREV',
  'GOTO',
  'RESTART',
  'PLAY',
  'PAUSE',
  'TOGGLE_PLAY',
  'SET_BITS',
  'CLEAR_OVERRIDES',
] as const;

const machine = setup({
  types: {
    context: {} as WorldContext,
    events: {} as WorldEvent,
    input: {} as { speedMs?: number },
    emitted: {} as WorldEmitted,
  },
  actors: {
    computeRun: fromPromise<Run, ComputeInput>(() => Promise.reject(new Error('no rules: create it with worldWith'))),
  },
  delays: {
    tick: ({ context }) => context.speedMs,
  },
  guards: {
    atEnd: ({ context }) => context.scenario !== null && context.step >= stepCount(context.scenario),
    /** The next step must wait: predict mode asks its question first (HOLD set the steps). */
    nextHeld: ({ context }) => context.held === 'all' || context.held.includes(context.step),
  },
  actions: {
    next: assign({ step: ({ context }) => clampStep(context, context.step + 1) }),
    queue: assign({ queued: ({ context, event }) => [...context.queued, event] }),
    replayQueued: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ queued: [] });
      for (const event of context.queued) enqueue.raise(event);
    }),
  },
});

export const worldMachine = machine.createMachine({
  id: 'world',
  context: ({ input }) => ({
    scenario: null,
    overrides: [],
    run: null,
    runOverrides: [],
    step: 0,
    speedMs: input.speedMs ?? SPEEDS_MS[1],
    error: null,
    queued: [],
    held: [],
  }),
  initial: 'empty',
  on: {
    LOAD: {
      target: '.computing',
      actions: assign({
        scenario: ({ event }) => event.scenario,
        overrides: ({ event }) => event.overrides ?? [],
        step: ({ event }) => Math.max(0, event.step ?? 0),
        run: null,
        error: null,
        queued: [],
      }),
    },
    SPEED: { actions: assign({ speedMs: ({ event }) => event.ms }) },
    HOLD: { actions: assign({ held: ({ event }) => event.steps }) },
  },
  states: {
    empty: {},
    computing: {
      on: Object.fromEntries(WAITING.map((type) => [type, { actions: 'queue' }])),
      invoke: {
        src: 'computeRun',
        input: ({ context }) => ({
          scenario: context.scenario as Scenario,
          overrides: context.overrides,
          previous: context.run ? { overrides: context.runOverrides, run: context.run } : undefined,
        }),
        onDone: {
          target: 'ready',
          actions: assign({
            run: ({ event }) => event.output,
            runOverrides: ({ context }) => context.overrides,
            step: ({ context }) => clampStep(context, context.step),
          }),
        },
        onError: {
          target: 'failed',
          actions: assign({
            error: ({ event }) => (event.error instanceof Error ? event.error.message : String(event.error)),
          }),
        },
      },
    },
    failed: {
      entry: assign({ queued: [] }),
      on: { RETRY: { target: 'computing', actions: assign({ error: null }) } },
    },
    ready: {
      initial: 'paused',
      entry: 'replayQueued',
      on: {
        NEXT: [{ guard: 'nextHeld', actions: emit({ type: 'held', playing: false }) }, { actions: 'next' }],
        PREV: { actions: assign({ step: ({ context }) => clampStep(context, context.step - 1) }) },
        GOTO: { actions: assign({ step: ({ context, event }) => clampStep(context, event.step) }) },
        RESTART: { target: '.paused', actions: assign({ step: 0 }) },
        SET_BITS: {
          target: 'computing',
          actions: assign({
            overrides: ({ context, event }) => addOverride(context.overrides, event.flow, context.step, event.patch),
          }),
        },
        CLEAR_OVERRIDES: { target: 'computing', actions: assign({ overrides: [] }) },
      },
      states: {
        paused: {
          on: {
            PLAY: [
              // Predict mode: a step that asks holds Play before it starts.
              { guard: and([not('atEnd'), 'nextHeld']), actions: emit({ type: 'held', playing: true }) },
              {
                target: 'playing',
                actions: assign({ step: ({ context }) => (isAtEnd(context) ? 0 : context.step) }),
              },
            ],
            TOGGLE_PLAY: [
              // Predict mode: a step that asks holds Play before it starts.
              { guard: and([not('atEnd'), 'nextHeld']), actions: emit({ type: 'held', playing: true }) },
              {
                target: 'playing',
                actions: assign({ step: ({ context }) => (isAtEnd(context) ? 0 : context.step) }),
              },
            ],
          },
        },
        playing: {
          after: {
            tick: [
              { guard: 'atEnd', target: 'paused' },
              // Predict mode: stop before a step that asks, and say so (the question opens).
              { guard: 'nextHeld', target: 'paused', actions: emit({ type: 'held', playing: true }) },
              { target: 'playing', reenter: true, actions: 'next' },
            ],
          },
          on: {
            PAUSE: 'paused',
            TOGGLE_PLAY: 'paused',
            // Stepping by hand while playing pauses, as a presenter expects.
            NEXT: [
              { guard: 'nextHeld', target: 'paused', actions: emit({ type: 'held', playing: false }) },
              { target: 'paused', actions: 'next' },
            ],
            PREV: {
              target: 'paused',
              actions: assign({ step: ({ context }) => clampStep(context, context.step - 1) }),
            },
          },
        },
      },
    },
  },
});

function isAtEnd(ctx: WorldContext): boolean {
  return ctx.scenario !== null && ctx.step >= stepCount(ctx.scenario);
}

/** The world machine with its rules provided: what the worker and the tests create actors from. */
export function worldWith(rules: Rules) {
  return worldMachine.provide({ actors: { computeRun: computeRunWith(rules) } });
}
