// Pins what the KVM scenarios teach: the cost of one guest exit in nVHE vs VHE, and where
// a host application's SVC lands in each design.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import type { Run } from '../machine/types';
import { loadScenarioText } from './load';
import type { Scenario } from './schema';

const dir = join(__dirname, '../../scenarios');

function load(id: string): Scenario {
  const loaded = loadScenarioText(readFileSync(join(dir, `${id}.json`), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

function last(run: Run, f: number) {
  const snaps = run[f] ?? [];
  return snaps[snaps.length - 1];
}

/** The result of the step where `actor` executes an SVC (the first one). */
function svcBy(scenario: Scenario, run: Run, actor: string) {
  const flow = scenario.flows[0];
  const i = flow?.steps.findIndex((s) => s.actor === actor && s.event.type === 'SVC') ?? -1;
  expect(i).toBeGreaterThanOrEqual(0);
  return run[0]?.[i + 1]?.last;
}

describe('nvhe-vs-vhe: one guest hypercall handled by the host kernel', async () => {
  const scenario = load('nvhe-vs-vhe');
  const run = await replay(scenario, [], core);
  const nvhe = last(run, 0)?.counters;
  const vhe = last(run, 1)?.counters;

  it('nVHE: guest EL1 -> EL2 -> host EL1 -> EL2 -> guest EL1, two world switches', () => {
    expect(scenario.flows[0]?.design).toBe('type2-nvhe');
    expect(nvhe).toMatchObject({ elChanges: 4, exceptions: 2, erets: 2, contextSaves: 2, contextRestores: 2 });
  });

  it('VHE: guest EL1 -> EL2 (host kernel) -> guest EL1, no EL1 context switch', () => {
    expect(scenario.flows[1]?.design).toBe('type2-vhe');
    expect(vhe).toMatchObject({ elChanges: 2, exceptions: 1, erets: 1, contextSaves: 0, contextRestores: 0 });
  });

  it('costs more in every counter without VHE', () => {
    if (!nvhe || !vhe) throw new Error('missing counters');
    for (const k of ['elChanges', 'exceptions', 'erets', 'contextSaves', 'contextRestores'] as const) {
      expect(nvhe[k], k).toBeGreaterThan(vhe[k]);
    }
  });

  it('both flows end back in the guest kernel at EL1', () => {
    for (const f of [0, 1]) {
      expect(last(run, f)?.running).toBe('guest-kernel');
      expect(last(run, f)?.pe.el).toBe(1);
    }
  });

  it('cites the Arm "Costs of virtualization" figure', () => {
    expect(scenario.measurements?.some((m) => m.value === '33' && m.source.kind === 'arm')).toBe(true);
  });
});

describe("a host application's system call", () => {
  it('lands at EL2 under VHE (TGE=1)', async () => {
    const scenario = load('type2-kvm-vhe');
    const run = await replay(scenario, [], core);
    const r = svcBy(scenario, run, 'shell');
    expect(r?.outcome).toBe('exception');
    expect(r?.to).toEqual({ actor: 'host-kernel', el: 2 });
    expect(r?.because.map((b) => b.rule)).toContain('R-SYNC-EL0-TGE');
  });

  it('lands at EL1 under nVHE (TGE=0)', async () => {
    const scenario = load('type2-kvm-nvhe');
    const run = await replay(scenario, [], core);
    const r = svcBy(scenario, run, 'shell');
    expect(r?.outcome).toBe('exception');
    expect(r?.to).toEqual({ actor: 'host-kernel', el: 1 });
    expect(r?.because.map((b) => b.rule)).toContain('R-SYNC-EL0-EL1');
  });
});

describe('type2-kvm-vhe: EL1 state moves only at vcpu_load / vcpu_put', async () => {
  const scenario = load('type2-kvm-vhe');
  const run = await replay(scenario, [], core);
  const flow = scenario.flows[0];

  it('uses _EL12 names that reach the real EL1 registers', () => {
    const ctx = (flow?.steps ?? [])
      .map((s, i) => ({ s, r: run[0]?.[i + 1]?.last }))
      .filter(({ s }) => s.event.type === 'SaveContext' || s.event.type === 'RestoreContext');
    expect(ctx.length).toBeGreaterThan(0);
    for (const { r } of ctx) {
      expect(r?.registers?.[0]).toMatchObject({ name: 'SCTLR_EL12', reaches: 'SCTLR_EL1' });
      expect(r?.registers?.every((x) => !x.wrong)).toBe(true);
    }
  });

  it('switches EL1 context fewer times than the nVHE scenario', async () => {
    const nvheScenario = load('type2-kvm-nvhe');
    const nvheRun = await replay(nvheScenario, [], core);
    const v = last(run, 0)?.counters;
    const n = last(nvheRun, 0)?.counters;
    if (!v || !n) throw new Error('missing counters');
    expect(v.contextSaves + v.contextRestores).toBeLessThan(n.contextSaves + n.contextRestores);
    expect(v.elChanges).toBeLessThan(n.elChanges);
  });
});
