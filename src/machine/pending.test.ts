// Issue 11 §3: a pending interrupt stops being pending when it is taken (exception-routing
// used to end with four "pending" chips and "left pending 4" though two had been taken).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as core from '../core';
import { loadScenarioText } from '../scenario/load';
import { replay } from './replay';

const loaded = loadScenarioText(
  readFileSync(join(__dirname, '../../scenarios/exception-routing.json'), 'utf8'),
  'exception-routing.json',
);
if (!loaded.ok) throw new Error('exception-routing.json does not load');
const run = (await replay(loaded.scenario, [], core))[0] ?? [];

it('takes the pending IRQ off the list when it is taken, and counts only what is still pending', () => {
  // Steps 1-2: a timer IRQ (taken) and a second IRQ left pending; step 4 takes it.
  const before = run[3];
  const after = run[4];
  expect(before?.pending.map((p) => p.kind)).toEqual(['IRQ']);
  expect(after?.last?.outcome).toBe('exception');
  expect(after?.last?.wasPending).toBe(true);
  expect(after?.pending).toEqual([]);
  expect(after?.counters.pending).toBe(0);
  // At every step the count is the list's length.
  for (const s of run) expect(s.counters.pending).toBe(s.pending.length);
});
