// The lessons as built (scripts/lessons-plugin.ts): each holds its validated scenario and a
// step 0 that is exactly the run's step 0 the worker computes; a broken file fails the build.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsPlugin } from '../../scripts/lessons-plugin';
import * as core from '../core';
import { replay } from '../machine/replay';
import type { FlowSnapshot } from '../machine/types';
import type { Scenario } from '../scenario/schema';

const dir = join(__dirname, '../../scenarios');

/** Runs the plugin's load hook as Vite would, and evaluates the module it returns. */
async function built(folder: string, id: string): Promise<{ scenario: Scenario; step0: FlowSnapshot[] }> {
  const plugin = lessonsPlugin(folder);
  const ctx = {
    addWatchFile() {},
    error(message: string): never {
      throw new Error(message);
    },
  };
  const load = plugin.load as unknown as (this: typeof ctx, id: string) => Promise<string>;
  const code = await load.call(ctx, `\0virtual:lesson/${id}`);
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return import(/* @vite-ignore */ url);
}

describe('lessons built from scenarios/*.json', () => {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));

  it.each(ids)('%s: step 0 as built is the run’s step 0', async (id) => {
    const lesson = await built(dir, id);
    expect(lesson.scenario.id).toBe(id);
    const run = await replay(lesson.scenario, [], core);
    expect(lesson.step0).toEqual(run.map((flow) => flow[0]));
  });

  it('lists every lesson, each loaded on its own', async () => {
    const plugin = lessonsPlugin(dir);
    const load = plugin.load as unknown as (this: { addWatchFile(): void }, id: string) => Promise<string>;
    const list = await load.call({ addWatchFile() {} }, '\0virtual:lessons');
    for (const id of ids) expect(list).toContain(`${JSON.stringify(id)}: () => import("virtual:lesson/${id}")`);
  });

  it('a broken scenario file fails the build with its JSON path', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lessons-'));
    const good = JSON.parse(readFileSync(join(dir, 'bare-metal.json'), 'utf8'));
    delete good.flows[0].steps[0].event;
    writeFileSync(join(folder, 'broken.json'), JSON.stringify(good));
    await expect(built(folder, 'broken')).rejects.toThrow(/scenarios\/broken\.json: .*flows\[0\]\.steps\[0\]/);
  });
});
