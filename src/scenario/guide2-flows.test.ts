// Named checks on the issue 13 scenarios: what each flow must show, computed by replay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import type { FlowSnapshot } from '../machine/types';
import { loadScenarioText } from './load';
import type { Scenario } from './schema';

function load(id: string): Scenario {
  const r = loadScenarioText(readFileSync(join(__dirname, `../../scenarios/${id}.json`), 'utf8'), `${id}.json`);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}
const end = (snaps: FlowSnapshot[] | undefined) => snaps?.[snaps.length - 1] as FlowSnapshot;

describe('x86-vs-arm', () => {
  it('plays three flows: one VM exit and entry on VT-x, four EL changes without VHE, two with it', async () => {
    const s = load('x86-vs-arm');
    expect(s.flows.map((f) => f.architecture ?? 'arm')).toEqual(['x86', 'arm', 'arm']);
    const run = await replay(s, [], core);
    const [x86, nvhe, vhe] = run.map(end);
    expect(x86?.counters).toMatchObject({ vmExits: 1, vmEntries: 1, exceptions: 0, elChanges: 0 });
    expect(nvhe?.counters).toMatchObject({ elChanges: 4, contextSaves: 2, vmExits: 0 });
    expect(vhe?.counters).toMatchObject({ elChanges: 2, contextSaves: 0, vmExits: 0 });
  });

  it('lets the core decide the exit: with no VMCALL handler at root ring 0 the flow blocks', async () => {
    const s = structuredClone(load('x86-vs-arm'));
    const flow = s.flows[0];
    if (!flow) throw new Error('no flow');
    // Move KVM to ring 3: the VM exit (root, ring 0 from the host-state area) finds nobody.
    flow.actors = flow.actors.map((a) => (a.id === 'host-kernel' ? { ...a, ring: 3, el: 0 } : a));
    const run = await replay(s, [], core);
    expect(run[0]?.[1]?.last?.outcome).toBe('blocked');
  });

  it('records exit reason 18 (VMCALL) on the VM exit', async () => {
    const run = await replay(load('x86-vs-arm'), [], core);
    expect(run[0]?.[1]?.last?.exitReason).toBe(18);
    expect(run[0]?.[1]?.vmx).toMatchObject({ mode: 'root', cpl: 0 });
    expect(run[0]?.[3]?.vmx).toMatchObject({ mode: 'non-root', cpl: 0 });
  });
});

describe('nested-virt', () => {
  it('costs four exits to L0 with NV and two with NV2 for one L2 hypercall', async () => {
    const run = await replay(load('nested-virt'), [], core);
    const [nv, nv2] = run.map(end);
    expect(nv?.counters.exceptions).toBe(4);
    expect(nv2?.counters.exceptions).toBe(2);
    expect(nv?.running).toBe('l2');
    expect(nv2?.running).toBe('l2');
  });

  it('traps L1\u2019s ERET with EC 0x1A and its HCR_EL2 write with EC 0x18 (NV), or stores it at VNCR_EL2+0x78 (NV2)', async () => {
    const run = await replay(load('nested-virt'), [], core);
    const nvSteps = (run[0] ?? []).map((s) => s.last).filter((l) => l !== undefined);
    expect(nvSteps.find((l) => l.event.type === 'MSR')?.ec).toBe(0x18);
    expect(nvSteps.find((l) => l.event.type === 'ERET' && l.from.actor === 'l1')?.ec).toBe(0x1a);
    const nv2Steps = (run[1] ?? []).map((s) => s.last).filter((l) => l !== undefined);
    expect(nv2Steps.find((l) => l.event.type === 'MSR')?.registers?.[0]?.reaches).toBe('VNCR_EL2+0x078');
  });

  it('depends on the core: without FEAT_NV the L1 register access is UNDEFINED, not a trap', async () => {
    const run = await replay(load('nested-virt'), [{ flow: 0, step: 5, patch: { features: { nv: false } } }], core);
    expect(run[0]?.[6]?.last?.outcome).toBe('undefined');
    expect(run[0]?.[6]?.running).toBe('l1');
  });
});

describe('secure-el2', () => {
  it('crosses EL3 twice and Secure EL2 twice, and ends back in the normal world', async () => {
    const run = await replay(load('secure-el2'), [], core);
    const last = end(run[0]);
    expect(last?.running).toBe('nwd-kernel');
    expect(last?.pe.scr.ns).toBe(true);
    const steps = (run[0] ?? []).map((s) => s.last).filter((l) => l !== undefined);
    expect(steps.filter((l) => l.outcome === 'exception').map((l) => l.targetEL)).toEqual([3, 2, 3]);
  });

  it('runs the partition in the Secure state with EL2 enabled by SCR_EL3.EEL2', async () => {
    const run = await replay(load('secure-el2'), [], core);
    const atSp = (run[0] ?? []).find((s) => s.running === 'sp');
    expect(atSp?.pe.scr.ns).toBe(false);
    const pe = atSp?.pe as Parameters<typeof core.el2Enabled>[0];
    expect(core.el2Enabled(pe)).toBe(true);
    // Its stage 2 is the Secure one: VSTTBR_EL2, not the normal world's VTTBR_EL2.
    expect(core.translationRegime(pe).result).toMatchObject({ stage2: true, stage2Table: 'VSTTBR_EL2' });
  });

  it('makes the ERET to S-EL2 illegal without SCR_EL3.EEL2 (no Secure EL2)', async () => {
    const run = await replay(load('secure-el2'), [{ flow: 0, step: 3, patch: { scr: { eel2: false } } }], core);
    expect(run[0]?.[4]?.last?.outcome).toBe('illegal-eret');
  });
});

describe('device-dma', () => {
  it('translates one DMA, faults one in the SMMU without a CPU exception, and traps the CPU\u2019s own access', async () => {
    const run = await replay(load('device-dma'), [], core);
    const snaps = run[0] ?? [];
    const last = end(snaps);
    expect(last?.counters).toMatchObject({ dmas: 1, smmuFaults: 1, exceptions: 2 });
    const fault = snaps.find((s) => s.last?.outcome === 'smmu-fault');
    // The faulting DMA changes nothing on the PE: same actor, same EL, no exception counted.
    expect(fault?.running).toBe('domu-kernel');
    expect(fault?.pe.el).toBe(1);
    expect(fault?.last?.smmu).toEqual({ outcome: 'fault', event: 'F_TRANSLATION', eventId: 0x10 });
  });
});
