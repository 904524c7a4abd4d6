import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import type { WorldEvent } from '../machine/world';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { RulesClient, type WorkerHandle } from './client';
import { type HostedWorld, hostWorld, type WorldMessage, type WorldWire } from './world';

const file = join(__dirname, '../../scenarios/bare-metal.json');
const loaded = loadScenarioText(readFileSync(file, 'utf8'), 'bare-metal.json');
if (!loaded.ok) throw new Error('bare-metal.json does not load');
const bareMetal: Scenario = loaded.scenario;

const settle = () => new Promise((r) => setTimeout(r, 20));
const views = (messages: WorldMessage[]) => messages.flatMap((m) => (m.type === 'view' ? [m.view] : []));

describe('the world hosted in the worker', () => {
  it('posts every snapshot, with the scenario and the run only when they change', async () => {
    const heard: WorldMessage[] = [];
    const world = hostWorld(core, (m) => heard.push(m));
    expect(views(heard)).toEqual([expect.objectContaining({ status: 'empty', step: 0 })]);
    world.send({ type: 'LOAD', scenario: bareMetal });
    await settle();
    const ready = views(heard).find((v) => v.status === 'ready');
    expect(ready?.run?.length).toBe(bareMetal.flows.length);
    expect(
      views(heard)
        .filter((v) => v.scenario !== undefined)
        .map((v) => v.scenario?.id ?? null),
    ).toEqual([null, 'bare-metal']);
    heard.length = 0;
    world.send({ type: 'NEXT' });
    const [next] = views(heard);
    expect(next?.step).toBe(1);
    expect(next && ('scenario' in next || 'run' in next)).toBe(false);
    world.stop();
  });

  it('says "held" where HOLD holds Next, and moves on elsewhere', async () => {
    const heard: WorldMessage[] = [];
    const world = hostWorld(core, (m) => heard.push(m));
    world.send({ type: 'LOAD', scenario: bareMetal });
    world.send({ type: 'HOLD', steps: [1] });
    await settle();
    world.send({ type: 'NEXT' });
    world.send({ type: 'NEXT' });
    expect(heard.filter((m) => m.type === 'held')).toEqual([{ type: 'held', playing: false }]);
    expect(views(heard).at(-1)?.step).toBe(1);
    world.stop();
  });
});

describe('RulesClient and the world', () => {
  it('starts the world again in a replaced worker, resumes it from the page, and delivers the event', async () => {
    // Each fake worker hosts a real world on the core; the first dies after it is told to.
    const worlds: HostedWorld[] = [];
    let firstDead = false;
    const spawn = (): WorkerHandle => {
      const n = worlds.length;
      let world: HostedWorld | null = null;
      const dead = () => n === 0 && firstDead;
      return {
        api: {
          ping: () => Promise.resolve('pong'),
          call: () => Promise.reject(new Error('unused')),
          validateScenario: () => Promise.reject(new Error('unused')),
          replayRun: () => Promise.reject(new Error('unused')),
          crash: () => Promise.resolve(),
          worldStart: async (onMessage) => {
            world = hostWorld(core, onMessage);
            worlds.push(world);
          },
          worldSend: async (event) => {
            if (dead()) throw new Error('the worker is gone');
            world?.send(event);
          },
        },
        onFailure: () => {},
        terminate: () => world?.stop(),
      };
    };
    const client = new RulesClient(spawn, { timeoutMs: 500 });
    // The page's mirror: the last view, and the events that rebuild it.
    // (An object, not two lets: assignments in a callback do not widen a narrowed let.)
    const seen: { last: WorldWire | null; scenario: Scenario | null } = { last: null, scenario: null };
    const resume = (): WorldEvent[] => {
      const { last, scenario } = seen;
      return scenario && last ? [{ type: 'LOAD', scenario, overrides: last.overrides, step: last.step }] : [];
    };
    client.connectWorld((m) => {
      if (m.type !== 'view') return;
      seen.last = m.view;
      if (m.view.scenario !== undefined) seen.scenario = m.view.scenario;
    }, resume);
    await settle();

    await client.worldSend({ type: 'LOAD', scenario: bareMetal });
    await settle();
    await client.worldSend({ type: 'SET_BITS', flow: 0, patch: { hcr: { imo: true } } });
    await settle();
    for (let i = 0; i < 3; i++) await client.worldSend({ type: 'NEXT' });
    expect(seen.last).toMatchObject({ status: 'ready', step: 3 });

    firstDead = true;
    await client.worldSend({ type: 'NEXT' });
    await settle();
    expect(client.restartCount).toBe(1);
    expect(worlds).toHaveLength(2);
    expect(seen.last).toMatchObject({
      status: 'ready',
      step: 4,
      overrides: [{ flow: 0, step: 0, patch: { hcr: { imo: true } } }],
    });
    expect(seen.scenario?.id).toBe('bare-metal');
    client.dispose();
  });
});
