// The EL0/EL1/EL2 world as an xstate machine: it holds the loaded scenario, the what-if
// overrides and the step; it asks the rules (through the worker in the app) for every
// snapshot and plays, steps and scrubs over them.
import { assign, fromPromise, setup } from 'xstate';
import type { Scenario, StatePatch } from '../scenario/schema';
import { type Rules, replay, stepCount } from './replay';
import type { Override, Run } from './types';

export interface WorldContext {
  rules: Rules;
  scenario: Scenario | null;
  overrides: Override[];
  run: Run | null;
  /** The overrides `run` was computed with (lets a what-if replay only from its step). */
  runOverrides: Override[];
  step: number;
  speedMs: number;
  error: string | null;
}

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
  | { type: 'RETRY' };

export const SPEEDS_MS = [2400, 1200, 600, 300] as const;

const clampStep = (ctx: WorldContext, n: number) =>
  ctx.scenario ? Math.max(0, Math.min(n, stepCount(ctx.scenario))) : 0;

/** Merge a patch into the override at (flow, step), so repeated toggles stay one entry. */
export function addOverride(overrides: readonly Override[], flow: number, step: number, patch: StatePatch): Override[] {
  const rest = overrides.filter((o) => !(o.flow === flow && o.step === step));
  const old = overrides.find((o) => o.flow === flow && o.step === step)?.patch ?? {};
  const merged: StatePatch = { ...old };
  for (const group of ['hcr', 'scr', 'pstate', 'features'] as const) {
    if (patch[group]) merged[group] = { ...old[group], ...patch[group] } as never;
  }
  if (patch.secure !== undefined) merged.secure = patch.secure;
  return [...rest, { flow, step, patch: merged }].sort((a, b) => a.flow - b.flow || a.step - b.step);
}

export const worldMachine = setup({
  types: {
    context: {} as WorldContext,
    events: {} as WorldEvent,
    input: {} as { rules: Rules; speedMs?: number },
  },
  actors: {
    computeRun: fromPromise(
      async ({
        input,
      }: {
        input: {
          scenario: Scenario;
          overrides: Override[];
          rules: Rules;
          previous?: { overrides: Override[]; run: Run };
        };
      }) =>
        input.rules.replayRun
          ? input.rules.replayRun(input.scenario, input.overrides, input.previous)
          : replay(input.scenario, input.overrides, input.rules, input.previous),
    ),
  },
  delays: {
    tick: ({ context }) => context.speedMs,
  },
  guards: {
    atEnd: ({ context }) => context.scenario !== null && context.step >= stepCount(context.scenario),
  },
  actions: {
    next: assign({ step: ({ context }) => clampStep(context, context.step + 1) }),
  },
}).createMachine({
  id: 'world',
  context: ({ input }) => ({
    rules: input.rules,
    scenario: null,
    overrides: [],
    run: null,
    runOverrides: [],
    step: 0,
    speedMs: input.speedMs ?? SPEEDS_MS[1],
    error: null,
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
      }),
    },
    SPEED: { actions: assign({ speedMs: ({ event }) => event.ms }) },
  },
  states: {
    empty: {},
    computing: {
      invoke: {
        src: 'computeRun',
        input: ({ context }) => ({
          scenario: context.scenario as Scenario,
          overrides: context.overrides,
          rules: context.rules,
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
      on: { RETRY: { target: 'computing', actions: assign({ error: null }) } },
    },
    ready: {
      initial: 'paused',
      on: {
        NEXT: { actions: 'next' },
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
            PLAY: {
              target: 'playing',
              actions: assign({ step: ({ context }) => (isAtEnd(context) ? 0 : context.step) }),
            },
            TOGGLE_PLAY: {
              target: 'playing',
              actions: assign({ step: ({ context }) => (isAtEnd(context) ? 0 : context.step) }),
            },
          },
        },
        playing: {
          after: {
            tick: [
              { guard: 'atEnd', target: 'paused' },
              { target: 'playing', reenter: true, actions: 'next' },
            ],
          },
          on: {
            PAUSE: 'paused',
            TOGGLE_PLAY: 'paused',
            // Stepping by hand while playing pauses, as a presenter expects.
            NEXT: { target: 'paused', actions: 'next' },
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
