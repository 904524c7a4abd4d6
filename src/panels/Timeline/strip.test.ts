// The strip's lanes for nvhe-vs-vhe: both flows on one time axis (aligned), nVHE's world
// switch (four EL1 context saves/restores) shaded, VHE finished after its five steps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as core from '../../core';
import { replay, stepCount } from '../../machine/replay';
import { loadScenarioText } from '../../scenario/load';
import { laneOf, STRIP_W, xAt } from './strip';

const loaded = loadScenarioText(
  readFileSync(join(__dirname, '../../../scenarios/nvhe-vs-vhe.json'), 'utf8'),
  'nvhe-vs-vhe.json',
);
if (!loaded.ok) throw new Error('nvhe-vs-vhe.json does not load');
const run = await replay(loaded.scenario, [], core);
const total = stepCount(loaded.scenario);

it('lays both flows on one time axis, marks exceptions, ERETs and world switches', () => {
  const [nvhe, vhe] = run.map((snaps) => laneOf(snaps, total));
  expect(nvhe?.switches).toEqual([2, 4, 8, 9]);
  expect(vhe?.switches).toEqual([]);
  expect(nvhe?.exceptions).toEqual([1, 7]);
  expect(vhe?.exceptions).toEqual([1]);
  expect(nvhe?.erets).toEqual([5, 11]);
  expect(vhe?.erets).toEqual([5]);
  expect(vhe?.end).toBe(5);
  // Aligned: the same step is at the same x in both lanes.
  expect(xAt(5, total)).toBeCloseTo((5 / 11) * STRIP_W);
  expect(nvhe?.path.startsWith('M0 ')).toBe(true);
});
