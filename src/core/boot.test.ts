import { describe, expect, it } from 'vitest';
import { BOOT_THRESHOLDS, type BootInput, type BootResult, LINUX_RELEASES, linuxBootMode } from './boot';
import { bootInputs } from './bootInputs';
import { RULES } from './rules';

// The oracle is written from the kernel's history, not from boot.ts: what each release added
// (oldest first), then the boot path as the C code runs it: the idreg override reads the command
// line, finalise_el2 decides the EL, early_kvm_mode_cfg reads kvm-arm.mode, KVM initialises.
const HISTORY = [
  ['5.11', 'kvm-arm.mode=protected'],
  ['5.12', 'kvm-arm.mode=nvhe, and {nvhe,protected} alias id_aa64mmfr1.vh=0'],
  ['5.13', 'no CONFIG_ARM64_VHE'],
  ['5.16', 'kvm-arm.mode=none'],
  ['6.1', 'entered at EL1: kvm-arm.mode ignored'],
  ['6.3', 'kvm-arm.mode=nested'],
  ['6.5', 'arm64_sw.hvhe'],
  ['6.8', 'nested needs FEAT_NV2'],
  ['6.10', 'protected aliases arm64_sw.hvhe=1'],
] as const;
type Change = (typeof HISTORY)[number][1];

const order = (r: string) => r.split('.').map(Number) as [number, number];
const atLeast = (a: string, b: string) => {
  const [x, y] = order(a);
  const [u, v] = order(b);
  return x > u || (x === u && y >= v);
};
const has = (kernel: string, change: Change) => HISTORY.some(([r, c]) => c === change && atLeast(kernel, r));

function oracle(i: BootInput): BootResult {
  const k = (c: Change) => has(i.kernel, c);
  const mode = i.kvmArmMode;
  // idreg override: aliases first, then arm64_sw.hvhe=1 written after kvm-arm.mode.
  let vh0 = false;
  let hvheOverride = false;
  if (k('kvm-arm.mode=nvhe, and {nvhe,protected} alias id_aa64mmfr1.vh=0')) {
    if (mode === 'nvhe') vh0 = true;
    if (mode === 'protected' && !k('protected aliases arm64_sw.hvhe=1')) vh0 = true;
  }
  if (mode === 'protected' && k('protected aliases arm64_sw.hvhe=1')) hvheOverride = true;
  if (i.hvhe && k('arm64_sw.hvhe')) hvheOverride = true;
  if (!(i.bootEL === 2 && i.cpuHasVhe)) hvheOverride = false; // hvhe_filter
  // finalise_el2 (el2_setup before 5.12)
  const inHyp =
    i.bootEL === 2 && i.cpuHasVhe && !vh0 && !hvheOverride && (k('no CONFIG_ARM64_VHE') || i.configArm64Vhe);
  // early_kvm_mode_cfg
  let kvmMode: 'default' | 'protected' | 'none' | 'nv' = 'default';
  let malformed = false;
  if (mode !== 'unset' && k('kvm-arm.mode=protected')) {
    if (mode === 'none' && k('kvm-arm.mode=none')) kvmMode = 'none';
    else if (i.bootEL === 1 && k('entered at EL1: kvm-arm.mode ignored')) kvmMode = 'default';
    else if (mode === 'protected') kvmMode = inHyp ? 'default' : 'protected';
    else if (mode === 'nvhe' && k('kvm-arm.mode=nvhe, and {nvhe,protected} alias id_aa64mmfr1.vh=0') && !inHyp)
      kvmMode = 'default';
    else if (mode === 'nested' && k('kvm-arm.mode=nested') && inHyp) kvmMode = 'nv';
    else malformed = true;
  }
  // kvm_arch_init
  if (i.bootEL === 1) return { kernelEL: 1, kvm: 'none', hypE2H: null, malformed };
  if (kvmMode === 'none') return { kernelEL: inHyp ? 2 : 1, kvm: 'none', hypE2H: null, malformed };
  if (inHyp) {
    const nv = k('nested needs FEAT_NV2') ? i.cpuNested === 'nv2' : i.cpuNested !== 'none';
    return { kernelEL: 2, kvm: kvmMode === 'nv' && nv ? 'nested' : 'vhe', hypE2H: true, malformed };
  }
  return { kernelEL: 1, kvm: kvmMode === 'protected' ? 'protected' : 'nvhe', hypE2H: hvheOverride, malformed };
}

const base: BootInput = {
  bootEL: 2,
  cpuHasVhe: true,
  cpuNested: 'none',
  kernel: '6.12',
  configArm64Vhe: false,
  kvmArmMode: 'unset',
  hvhe: false,
};
const boot = (patch: Partial<BootInput>) => linuxBootMode({ ...base, ...patch });
const rules = (patch: Partial<BootInput>) => boot(patch).because.map((b) => b.rule);

describe('linuxBootMode truth table', () => {
  const all = [...bootInputs()];

  it('covers every input: 2 ELs x VHE x 3 NV x 34 releases x config x 5 modes x hvhe', () => {
    expect(LINUX_RELEASES).toHaveLength(34);
    expect(LINUX_RELEASES[0]).toBe('5.10');
    expect(LINUX_RELEASES.at(-1)).toBe('7.3');
    expect(all).toHaveLength(2 * 2 * 3 * 34 * 2 * 5 * 2);
  });

  it('agrees with the oracle on every input, and always says why', () => {
    const wrong: string[] = [];
    for (const input of all) {
      const got = linuxBootMode(input);
      if (JSON.stringify(got.result) !== JSON.stringify(oracle(input)))
        wrong.push(`${JSON.stringify(input)} -> ${JSON.stringify(got.result)}`);
      expect(got.because.length).toBeGreaterThan(0);
    }
    expect(wrong).toEqual([]);
  });

  it('rejects a release it does not model', () => {
    expect(() => boot({ kernel: '5.9' })).toThrow(RangeError);
    expect(() => boot({ kernel: '7.4' })).toThrow(RangeError);
    expect(() => boot({ kernel: '6.1.2' })).toThrow(RangeError);
  });
});

describe('each threshold, at its release and the one before', () => {
  it('every threshold rule names its release and commit in its source', () => {
    for (const t of Object.values(BOOT_THRESHOLDS)) {
      expect(RULES[t.rule].source).toContain(`v${t.release}`);
      expect(RULES[t.rule].source).toContain(t.commit);
      expect(t.commit).toMatch(/^[0-9a-f]{12}$/);
    }
  });

  it('5.11: kvm-arm.mode=protected appears (5.10 has no kvm-arm.mode at all)', () => {
    const cpu = { cpuHasVhe: false, kvmArmMode: 'protected' } as const;
    expect(boot({ ...cpu, kernel: '5.10' }).result).toEqual({
      kernelEL: 1,
      kvm: 'nvhe',
      hypE2H: false,
      malformed: false,
    });
    expect(rules({ ...cpu, kernel: '5.10' })).toContain('R-BOOT-NO-MODE-PARAM');
    expect(boot({ ...cpu, kernel: '5.11' }).result.kvm).toBe('protected');
  });

  it('5.11: protected on a VHE kernel is refused ("Protected KVM not available with VHE")', () => {
    const d = boot({ kernel: '5.11', configArm64Vhe: true, kvmArmMode: 'protected' });
    expect(d.result).toEqual({ kernelEL: 2, kvm: 'vhe', hypE2H: true, malformed: false });
    expect(d.because.map((b) => b.rule)).toContain('R-BOOT-PROTECTED-VHE');
  });

  it('5.12: kvm-arm.mode=nvhe and the vh=0 aliases hide FEAT_VHE', () => {
    const vhe = { configArm64Vhe: true } as const;
    expect(boot({ ...vhe, kernel: '5.11', kvmArmMode: 'nvhe' }).result).toEqual({
      kernelEL: 2,
      kvm: 'vhe',
      hypE2H: true,
      malformed: true,
    });
    expect(boot({ ...vhe, kernel: '5.12', kvmArmMode: 'nvhe' }).result).toEqual({
      kernelEL: 1,
      kvm: 'nvhe',
      hypE2H: false,
      malformed: false,
    });
    expect(boot({ ...vhe, kernel: '5.12', kvmArmMode: 'protected' }).result.kernelEL).toBe(1);
    expect(rules({ ...vhe, kernel: '5.12', kvmArmMode: 'protected' })).toContain('R-BOOT-VH0');
  });

  it('5.13: CONFIG_ARM64_VHE is gone, so a kernel built without it still uses VHE', () => {
    expect(boot({ kernel: '5.12', configArm64Vhe: false }).result.kernelEL).toBe(1);
    expect(rules({ kernel: '5.12', configArm64Vhe: false })).toContain('R-BOOT-CONFIG-VHE-OFF');
    expect(boot({ kernel: '5.13', configArm64Vhe: false }).result).toEqual({
      kernelEL: 2,
      kvm: 'vhe',
      hypE2H: true,
      malformed: false,
    });
  });

  it('5.16: kvm-arm.mode=none; 5.15 prints "Malformed early option" and keeps the default', () => {
    expect(boot({ kernel: '5.15', kvmArmMode: 'none' }).result).toEqual({
      kernelEL: 2,
      kvm: 'vhe',
      hypE2H: true,
      malformed: true,
    });
    expect(rules({ kernel: '5.15', kvmArmMode: 'none' })).toContain('R-BOOT-MALFORMED');
    expect(boot({ kernel: '5.16', kvmArmMode: 'none' }).result).toEqual({
      kernelEL: 2,
      kvm: 'none',
      hypE2H: null,
      malformed: false,
    });
  });

  it('6.1: a kernel entered at EL1 ignores kvm-arm.mode instead of rejecting it', () => {
    const el1 = { bootEL: 1, kvmArmMode: 'nested' } as const;
    expect(boot({ ...el1, kernel: '6.0' }).result.malformed).toBe(true);
    expect(boot({ ...el1, kernel: '6.1' }).result).toEqual({
      kernelEL: 1,
      kvm: 'none',
      hypE2H: null,
      malformed: false,
    });
    expect(rules({ ...el1, kernel: '6.1' })).toContain('R-BOOT-EL1-IGNORED');
  });

  it('6.3: kvm-arm.mode=nested (FEAT_NV), only on a VHE kernel', () => {
    const nv = { cpuNested: 'nv', kvmArmMode: 'nested' } as const;
    expect(boot({ ...nv, kernel: '6.2' }).result).toEqual({ kernelEL: 2, kvm: 'vhe', hypE2H: true, malformed: true });
    expect(boot({ ...nv, kernel: '6.3' }).result).toEqual({
      kernelEL: 2,
      kvm: 'nested',
      hypE2H: true,
      malformed: false,
    });
    expect(boot({ ...nv, kernel: '6.3', cpuHasVhe: false }).result).toEqual({
      kernelEL: 1,
      kvm: 'nvhe',
      hypE2H: false,
      malformed: true,
    });
    expect(rules({ ...nv, kernel: '6.3', cpuHasVhe: false })).toContain('R-BOOT-NESTED-NEEDS-VHE');
  });

  it('6.5: arm64_sw.hvhe=1 keeps the kernel at EL1 and runs KVM at EL2 with E2H=1', () => {
    expect(boot({ kernel: '6.4', hvhe: true }).result.kernelEL).toBe(2);
    expect(rules({ kernel: '6.4', hvhe: true })).toContain('R-BOOT-HVHE-UNKNOWN');
    expect(boot({ kernel: '6.5', hvhe: true }).result).toEqual({
      kernelEL: 1,
      kvm: 'nvhe',
      hypE2H: true,
      malformed: false,
    });
    expect(boot({ kernel: '6.5', hvhe: true, cpuHasVhe: false }).result.hypE2H).toBe(false);
    expect(boot({ kernel: '6.5', hvhe: true, bootEL: 1 }).result.hypE2H).toBeNull();
  });

  it('6.8: nested virtualization needs FEAT_NV2', () => {
    const nv = { cpuNested: 'nv', kvmArmMode: 'nested' } as const;
    expect(boot({ ...nv, kernel: '6.7' }).result.kvm).toBe('nested');
    expect(boot({ ...nv, kernel: '6.8' }).result.kvm).toBe('vhe');
    expect(rules({ ...nv, kernel: '6.8' })).toContain('R-BOOT-NESTED-NO-FEAT');
    expect(boot({ ...nv, kernel: '6.8', cpuNested: 'nv2' }).result.kvm).toBe('nested');
  });

  it('6.10: kvm-arm.mode=protected means hVHE on a VHE CPU, still nVHE pKVM without one', () => {
    const p = { kvmArmMode: 'protected' } as const;
    expect(boot({ ...p, kernel: '6.9' }).result).toEqual({
      kernelEL: 1,
      kvm: 'protected',
      hypE2H: false,
      malformed: false,
    });
    expect(boot({ ...p, kernel: '6.10' }).result).toEqual({
      kernelEL: 1,
      kvm: 'protected',
      hypE2H: true,
      malformed: false,
    });
    expect(rules({ ...p, kernel: '6.10' })).toEqual(
      expect.arrayContaining(['R-BOOT-PROTECTED-HVHE', 'R-BOOT-HVHE', 'R-BOOT-KVM-PROTECTED', 'R-BOOT-KVM-HVHE']),
    );
    expect(boot({ ...p, kernel: '6.12', cpuHasVhe: false }).result.hypE2H).toBe(false);
    // kvm-arm.mode=nvhe stays classic nVHE: its alias also says arm64_sw.hvhe=0.
    expect(boot({ kernel: '6.12', kvmArmMode: 'nvhe' }).result.hypE2H).toBe(false);
  });

  it('releases after the newest checked tree decide as it does', () => {
    for (const input of bootInputs())
      if (input.kernel === '7.3')
        expect(linuxBootMode(input).result).toEqual(linuxBootMode({ ...input, kernel: '6.12' }).result);
  });
});
