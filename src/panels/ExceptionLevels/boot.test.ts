// linux-boot draws only what each boot decision made exist at EL2 (replayed through the core).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as core from '../../core';
import { replay } from '../../machine/replay';
import { loadScenarioText } from '../../scenario/load';
import type { Flow } from '../../scenario/schema';
import { actorsDrawn, lastBootDecision } from './boot';

const loaded = loadScenarioText(
  readFileSync(join(__dirname, '../../../scenarios/linux-boot.json'), 'utf8'),
  'linux-boot.json',
);
if (!loaded.ok) throw new Error('linux-boot.json does not load');
const flow = loaded.scenario.flows[0] as Flow;
const [snaps = []] = await replay(loaded.scenario, [], core);

/** The actor ids drawn after `step` steps. */
function drawnAt(step: number): string[] {
  const snap = snaps[step];
  if (!snap) throw new Error(`no step ${step}`);
  return actorsDrawn(flow, snap, lastBootDecision(snaps, step)).map((a) => a.id);
}

it('before any decision: neither the hyp stub nor KVM hyp code', () => {
  expect(drawnAt(0)).toEqual(['firmware', 'kernel']);
});

it('a kernel entered at EL1 (case 1): nothing of Linux at EL2', () => {
  for (const step of [1, 2, 3]) expect(drawnAt(step), `step ${step}`).toEqual(['firmware', 'kernel']);
});

it('entered at EL2, staying at EL1 with KVM in nVHE: the stub and the hyp code', () => {
  expect(drawnAt(5)).toEqual(['firmware', 'kernel', 'hyp-stub', 'kvm-hyp']);
});

it('VHE: the kernel itself is at EL2, no stub, no separate hyp code', () => {
  expect(drawnAt(10)).toEqual(['firmware', 'kernel']);
  expect(snaps[11]?.placement.kernel).toBe(2);
  expect(drawnAt(11)).toEqual(['firmware', 'kernel']);
});

it('a flow without a Boot step draws every actor', () => {
  const plain = { ...flow, steps: flow.steps.filter((s) => s.event.type !== 'Boot') };
  expect(actorsDrawn(plain, snaps[2] as (typeof snaps)[number], undefined)).toHaveLength(4);
});
