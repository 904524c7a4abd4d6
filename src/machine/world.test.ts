import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import * as core from '../core';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { replay, snapshotAt, stepCount } from './replay';
import { type WorldEvent, worldWith } from './world';

const dir = join(__dirname, '../../scenarios');
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const r = loadScenarioText(readFileSync(join(dir, f), 'utf8'), f);
    return r.ok ? [r.scenario] : [];
  });
const bareMetal = scenarios.find((s) => s.id === 'bare-metal') as Scenario;

async function started(scenario: Scenario) {
  const actor = createActor(worldWith(core), { input: { speedMs: 5 } }).start();
  actor.send({ type: 'LOAD', scenario });
  await waitFor(actor, (s) => s.matches('ready'));
  return actor;
}

describe('world machine', () => {
  it('steps forward and back, clamps at both ends, and restarts', async () => {
    const actor = await started(bareMetal);
    const n = stepCount(bareMetal);
    actor.send({ type: 'PREV' });
    expect(actor.getSnapshot().context.step).toBe(0);
    for (let i = 0; i < n + 3; i++) actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.step).toBe(n);
    actor.send({ type: 'GOTO', step: 2 });
    expect(actor.getSnapshot().context.step).toBe(2);
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().context.step).toBe(0);
  });

  it('plays to the end by itself and stops there', async () => {
    const actor = await started(bareMetal);
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().matches({ ready: 'playing' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ ready: 'paused' }), { timeout: 2000 });
    expect(actor.getSnapshot().context.step).toBe(stepCount(bareMetal));
  });

  it('recomputes the rest of the scenario after a what-if bit change, keeping the step', async () => {
    const actor = await started(bareMetal);
    actor.send({ type: 'GOTO', step: 3 });
    // Before the timer IRQ: route IRQs to EL2 (no actor of this scenario handles EL2 IRQs
    // but the hyp stub, which is at EL2).
    actor.send({ type: 'SET_BITS', flow: 0, patch: { hcr: { imo: true } } });
    await waitFor(actor, (s) => s.matches('ready'));
    const { run, step } = actor.getSnapshot().context;
    expect(step).toBe(3);
    const after = snapshotAt(run ?? [], 0, 4);
    expect(after?.last?.targetEL).toBe(2);
    expect(after?.running).toBe('hyp-stub');
    // The step before the override is unchanged.
    expect(snapshotAt(run ?? [], 0, 3)?.pe.hcr.imo).toBe(true);
    expect(snapshotAt(run ?? [], 0, 2)?.pe.hcr.imo).toBe(false);
  });

  it('makes the state at step N a pure function of (scenario, overrides, N) whatever the path', async () => {
    const events = fc.oneof(
      fc.constant<WorldEvent>({ type: 'NEXT' }),
      fc.constant<WorldEvent>({ type: 'PREV' }),
      fc.nat({ max: 40 }).map<WorldEvent>((step) => ({ type: 'GOTO', step })),
      fc
        .record({ bit: fc.constantFrom('imo', 'tge', 'e2h', 'vm', 'twi', 'tsc'), value: fc.boolean() })
        .map<WorldEvent>(({ bit, value }) => ({ type: 'SET_BITS', flow: 0, patch: { hcr: { [bit]: value } } })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...scenarios), fc.array(events, { maxLength: 12 }), async (scenario, path) => {
        const actor = await started(scenario);
        for (const e of path) {
          actor.send(e);
          await waitFor(actor, (s) => s.matches('ready'));
        }
        const { run, overrides, step } = actor.getSnapshot().context;
        const fresh = await replay(scenario, overrides, core);
        for (let f = 0; f < scenario.flows.length; f++) {
          expect(snapshotAt(run ?? [], f, step)).toEqual(snapshotAt(fresh, f, step));
        }
        actor.stop();
      }),
      { numRuns: 60 },
    );
  });

  it('queues events that arrive while a run is computed and replays them in order', async () => {
    const actor = createActor(worldWith(core), { input: { speedMs: 5 } }).start();
    actor.send({ type: 'LOAD', scenario: bareMetal });
    expect(actor.getSnapshot().matches('computing')).toBe(true);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_BITS', flow: 0, patch: { hcr: { imo: true } } });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (s) => s.matches('ready') && s.context.queued.length === 0);
    const { step, overrides } = actor.getSnapshot().context;
    expect(step).toBe(3);
    expect(overrides).toEqual([{ flow: 0, step: 2, patch: { hcr: { imo: true } } }]);
  });

  it('holds Next and Play at the steps HOLD names, and emits "held"', async () => {
    const heard: boolean[] = [];
    const actor = createActor(worldWith(core), { input: { speedMs: 5 } }).start();
    actor.on('held', (e) => heard.push(e.playing));
    actor.send({ type: 'HOLD', steps: 'all' });
    actor.send({ type: 'LOAD', scenario: bareMetal });
    await waitFor(actor, (s) => s.matches('ready'));
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().context.step).toBe(0);
    expect(actor.getSnapshot().matches({ ready: 'paused' })).toBe(true);
    expect(heard).toEqual([false, true]);
    // Only step 1 asks now: Next from 0 goes, Play stops before leaving 1.
    actor.send({ type: 'HOLD', steps: [1] });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.step).toBe(1);
    actor.send({ type: 'PLAY' });
    expect(heard).toEqual([false, true, true]);
    actor.send({ type: 'HOLD', steps: [2] });
    actor.send({ type: 'PLAY' });
    await waitFor(actor, (s) => s.matches({ ready: 'paused' }), { timeout: 2000 });
    expect(actor.getSnapshot().context.step).toBe(2);
    expect(heard).toEqual([false, true, true, true]);
  });
});
