import { describe, expect, it } from 'vitest';
import { type BootInput, type KvmArmMode, linuxBootMode } from './boot';

const MODES: KvmArmMode[] = ['unset', 'none', 'nvhe', 'protected', 'nested'];

// architecture.md section 6, as a reader of head.S / hyp-stub.S / arm.c would state it.
function oracle(i: BootInput) {
  if (i.bootEL === 1) return { kernelEL: 1, kvm: 'none' };
  if (i.era === '5.10')
    return i.configArm64Vhe && i.cpuHasVhe ? { kernelEL: 2, kvm: 'vhe' } : { kernelEL: 1, kvm: 'nvhe' };
  if (i.kvmArmMode === 'nvhe') return { kernelEL: 1, kvm: 'nvhe' };
  if (i.kvmArmMode === 'protected') return { kernelEL: 1, kvm: 'protected' };
  if (i.kvmArmMode === 'none') return { kernelEL: i.cpuHasVhe ? 2 : 1, kvm: 'none' };
  if (i.kvmArmMode === 'nested') return i.cpuHasVhe ? { kernelEL: 2, kvm: 'nested' } : { kernelEL: 1, kvm: 'nvhe' };
  return i.cpuHasVhe ? { kernelEL: 2, kvm: 'vhe' } : { kernelEL: 1, kvm: 'nvhe' };
}

describe('linuxBootMode truth table', () => {
  const all: BootInput[] = [];
  for (const bootEL of [1, 2] as const)
    for (const cpuHasVhe of [false, true])
      for (const era of ['5.10', '5.15+'] as const)
        for (const configArm64Vhe of [false, true])
          for (const kvmArmMode of MODES) all.push({ bootEL, cpuHasVhe, era, configArm64Vhe, kvmArmMode });

  it.each(all)('%o', (input) => {
    const got = linuxBootMode(input);
    expect(got.result).toEqual(oracle(input));
    expect(got.because.length).toBeGreaterThan(0);
  });

  it('kvm-arm.mode=none keeps a VHE kernel at EL2 (it is not an alias of vh=0)', () => {
    const got = linuxBootMode({ bootEL: 2, cpuHasVhe: true, era: '5.15+', configArm64Vhe: false, kvmArmMode: 'none' });
    expect(got.result).toEqual({ kernelEL: 2, kvm: 'none' });
  });

  it('kvm-arm.mode=protected hides FEAT_VHE and runs the host at EL1 (pKVM)', () => {
    const got = linuxBootMode({
      bootEL: 2,
      cpuHasVhe: true,
      era: '5.15+',
      configArm64Vhe: true,
      kvmArmMode: 'protected',
    });
    expect(got.result).toEqual({ kernelEL: 1, kvm: 'protected' });
    expect(got.because.map((b) => b.rule)).toContain('R-BOOT-VH0');
  });

  it('a 5.10 kernel ignores kvm-arm.mode', () => {
    const got = linuxBootMode({ bootEL: 2, cpuHasVhe: true, era: '5.10', configArm64Vhe: true, kvmArmMode: 'nvhe' });
    expect(got.result).toEqual({ kernelEL: 2, kvm: 'vhe' });
    expect(got.because[0]?.rule).toBe('R-BOOT-510-NOMODE');
  });
});
