// The virtualization rows of the register file, replayed from the issue 12 scenarios: the list
// register KVM writes, VTTBR_EL2's VMID as VMs switch, HPFAR_EL2 after a stage 2 fault, and
// the timer controls (CNTVOFF_EL2, CNTHCTL_EL2 in the layout E2H selects).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../core';
import { replay } from '../../machine/replay';
import type { Override } from '../../machine/types';
import { loadScenarioText } from '../../scenario/load';
import type { Scenario } from '../../scenario/schema';
import { hpfarValue, virtRegistersAt } from './virt';

function load(id: string): Scenario {
  const r = loadScenarioText(readFileSync(join(__dirname, `../../../scenarios/${id}.json`), 'utf8'), `${id}.json`);
  if (!r.ok) throw new Error(`${id}.json does not load`);
  return r.scenario;
}

async function at(id: string, overrides: Override[] = []) {
  const scenario = load(id);
  const run = await replay(scenario, overrides, core);
  const flow = scenario.flows[0];
  if (!flow) throw new Error(`${id}: no flow`);
  return (step: number) => virtRegistersAt(flow, run[0] ?? [], step);
}

describe('HPFAR_EL2 value', () => {
  it('puts IPA[51:12] in FIPA, bits [43:4]', () => {
    expect(hpfarValue('0x40002000')).toBe('0x400020');
    expect(hpfarValue('0x9000000')).toBe('0x90000');
    expect(hpfarValue('0x0')).toBe('0x0');
    // The page offset is not kept; bits above 51 are not either.
    expect(hpfarValue('0x40002fff')).toBe('0x400020');
    expect(hpfarValue('0xfff0008000000000')).toBe('0x80000000');
  });
});

describe('virtual-interrupts: ICH_LR0_EL2', () => {
  it('has no list register before KVM writes one, then vINTID 27 pending with HW=1, pINTID 27, for the guest', async () => {
    const file = await at('virtual-interrupts');
    expect(file(2).lrs).toEqual([]);
    const lr = file(3).lrs?.[0];
    expect(lr).toMatchObject({ name: 'ICH_LR0_EL2', vintid: 27, state: 'pending', group: 1, hw: true, pintid: 27 });
    expect(lr?.owner).toEqual({ actor: 'guest-kernel', kind: 'guest' });
    expect(lr?.now).toBe(true);
    // The ERET after it does not touch the list register.
    expect(file(4).lrs?.[0]?.now).toBe(false);
  });

  it('follows the guest: acknowledged (active), then EOId (inactive)', async () => {
    const file = await at('virtual-interrupts');
    expect(file(6).lrs?.[0]).toMatchObject({ state: 'active', now: true });
    expect(file(7).lrs?.[0]).toMatchObject({ state: 'inactive', now: true });
  });

  it('shows no VTTBR, HPFAR or timer rows: the scenario does not touch them', async () => {
    const file = await at('virtual-interrupts');
    expect(file(99)).toMatchObject({ vttbr: null, hpfar: null, cnthctl: null, cntvoff: null });
  });
});

describe('stage2-and-vmids: VTTBR_EL2 and HPFAR_EL2', () => {
  it('carries VMID 1 for VM 1, then VMID 2 for VM 2', async () => {
    const file = await at('stage2-and-vmids');
    expect(file(1).vttbr).toEqual({ written: false });
    expect(file(2).vttbr).toEqual({ written: true, vmid: 1, owner: { actor: 'vm1-kernel', kind: 'guest' }, step: 2 });
    expect(file(6).vttbr).toMatchObject({ vmid: 1 });
    expect(file(7).vttbr).toEqual({ written: true, vmid: 2, owner: { actor: 'vm2-kernel', kind: 'guest' }, step: 7 });
  });

  it('holds the faulting IPA after each stage 2 fault, not before; an IRQ to EL2 leaves it', async () => {
    const file = await at('stage2-and-vmids');
    expect(file(9).hpfar).toEqual({ kind: 'unwritten' });
    expect(file(10).hpfar).toEqual({
      kind: 'ipa',
      ipa: '0x40002000',
      value: '0x400020',
      owner: { actor: 'vm2-kernel', kind: 'guest' },
      step: 10,
    });
    expect(file(13).hpfar).toMatchObject({ ipa: '0x40002000' });
    expect(file(14).hpfar).toMatchObject({ kind: 'ipa', ipa: '0x9000000', value: '0x90000', step: 14 });
    expect(file(99).lrs).toBeNull();
  });
});

describe('trap-and-emulate: HPFAR_EL2 untouched', () => {
  it('takes only system register and WFI traps: no HPFAR_EL2 row', async () => {
    const file = await at('trap-and-emulate');
    expect(file(99).hpfar).toBeNull();
  });
});

describe('timers: CNTVOFF_EL2 and CNTHCTL_EL2', () => {
  it('writes CNTVOFF_EL2 for the guest; the host EL0 read ignores it, the guest EL1 read subtracts it', async () => {
    const file = await at('timers');
    expect(file(21).cntvoff).toEqual({ written: false, applies: false });
    expect(file(23).cntvoff).toEqual({ written: true, owner: { actor: 'guest-kernel', kind: 'guest' }, step: 23 });
    expect(file(27).cntvoff).toMatchObject({ written: true, applies: true });
  });

  it('reads the EL1 enables at bits 10 and 11 under E2H=1: set by 0xc02, cleared by 0x2', async () => {
    const file = await at('timers');
    expect(file(1).cnthctl).toMatchObject({ value: 0xc03, written: false });
    const set = file(24).cnthctl;
    expect(set).toMatchObject({ value: 0xc02, written: true, e2h: true });
    expect(set?.owner).toEqual({ actor: 'host-kernel', kind: 'host' });
    expect(set?.counter).toEqual({ field: 'EL1PCTEN', bit: 10, set: true });
    expect(set?.timer).toEqual({ field: 'EL1PTEN', bit: 11, set: true });
    const trapped = file(30).cnthctl;
    expect(trapped).toMatchObject({ value: 2, counter: { bit: 10, set: false }, timer: { bit: 11, set: false } });
  });

  it('with E2H=0 (a what-if) reads the same value in the other layout: bits 0 and 1', async () => {
    const file = await at('timers', [{ flow: 0, step: 27, patch: { hcr: { e2h: false } } }]);
    const c = file(28).cnthctl;
    expect(c).toMatchObject({ value: 0xc02, e2h: false });
    expect(c?.counter).toEqual({ field: 'EL1PCTEN', bit: 0, set: false });
    expect(c?.timer).toEqual({ field: 'EL1PCEN', bit: 1, set: true });
  });
});

describe('nvhe-vs-vhe: none of the virtualization rows', () => {
  it('touches no list register, VMID, stage 2 fault or timer control', async () => {
    const file = await at('nvhe-vs-vhe');
    expect(file(99)).toEqual({ lrs: null, vttbr: null, hpfar: null, cntvoff: null, cnthctl: null });
  });
});
