// The register file replayed from nvhe-vs-vhe: in nVHE the EL1 set changes owner twice per
// exit (guest -> host -> guest); in VHE it stays the guest's while the host works at EL2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../core';
import { replay } from '../../machine/replay';
import { loadScenarioText } from '../../scenario/load';
import { el1Names, registerFileAt } from './model';

const text = readFileSync(join(__dirname, '../../../scenarios/nvhe-vs-vhe.json'), 'utf8');
const loaded = loadScenarioText(text, 'nvhe-vs-vhe.json');
if (!loaded.ok) throw new Error('nvhe-vs-vhe.json does not load');
const scenario = loaded.scenario;
const run = await replay(scenario, [], core);
const names = el1Names(run);

const at = (f: number, step: number) => {
  const flow = scenario.flows[f];
  if (!flow) throw new Error(`no flow ${f}`);
  return registerFileAt(flow, run[f] ?? [], names, step);
};

describe('register file on nvhe-vs-vhe', () => {
  it('moves the EL1 set: nVHE hands it to the host and back, VHE never', () => {
    const nvheEnd = at(0, 99);
    const vheEnd = at(1, 99);
    expect(nvheEnd.el1OwnerChanges).toBe(2);
    expect(vheEnd.el1OwnerChanges).toBe(0);
    expect(names.length).toBeGreaterThan(10);
    expect(nvheEnd.el1.every((r) => r.owner?.kind === 'guest')).toBe(true);
    expect(vheEnd.el1.every((r) => r.owner?.kind === 'guest')).toBe(true);
  });

  it('mid-exit, nVHE EL1 holds the host kernel while VHE EL1 still holds the guest', () => {
    // After nVHE's RestoreContext(host-kernel) (step 4).
    const nvhe = at(0, 4);
    expect(nvhe.moved?.kind).toBe('restore');
    expect(nvhe.el1[0]?.owner).toEqual({ actor: 'host-kernel', kind: 'host' });
    expect(nvhe.memory.vcpu?.kind).toBe('guest');
    expect(nvhe.el2Owner?.kind).toBe('hypervisor');
    const vhe = at(1, 4);
    expect(vhe.el1[0]?.owner?.kind).toBe('guest');
    expect(vhe.el2Owner).toEqual({ actor: 'host-kernel', kind: 'host' });
    expect(vhe.memory.vcpu).toBeNull();
  });

  it('remembers the exit to EL2 (the guest HVC) for ESR_EL2, ELR_EL2 and SPSR_EL2', () => {
    const exit = at(0, 1).exitToEl2;
    expect(exit?.event.type).toBe('HVC');
    expect(exit?.from).toEqual({ actor: 'guest-kernel', el: 1 });
  });
});

describe('zh spacing', () => {
  it('puts a space between Chinese and Latin runs, none after a full-width bracket', async () => {
    const { spaced } = await import('../../i18n/zh/registerFile');
    expect(spaced('客户机 Linux 内核的FP/SIMD 访问控制')).toBe('客户机 Linux 内核的 FP/SIMD 访问控制');
    expect(spaced('QEMU（vCPU 线程）中的返回地址')).toBe('QEMU（vCPU 线程）中的返回地址');
    expect(spaced('从内存载入宿主机的21个EL1寄存器')).toBe('从内存载入宿主机的 21 个 EL1 寄存器');
  });
});
