import { type Because, because, type Decision, type RuleId } from './rules';

export type KvmArmMode = 'unset' | 'none' | 'nvhe' | 'protected' | 'nested';
/** FEAT_NV / FEAT_NV2 in the CPU ('nv2' implies 'nv'). */
export type CpuNested = 'none' | 'nv' | 'nv2';

/**
 * Every Linux release the lab models, "major.minor", oldest first. Releases after the newest
 * tree the rules were checked against (see BOOT_THRESHOLDS) behave as that tree.
 */
export const LINUX_RELEASES = [
  '5.10',
  '5.11',
  '5.12',
  '5.13',
  '5.14',
  '5.15',
  '5.16',
  '5.17',
  '5.18',
  '5.19',
  '6.0',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '6.7',
  '6.8',
  '6.9',
  '6.10',
  '6.11',
  '6.12',
  '6.13',
  '6.14',
  '6.15',
  '6.16',
  '6.17',
  '6.18',
  '6.19',
  '7.0',
  '7.1',
  '7.2',
  '7.3',
] as const;
export type LinuxRelease = (typeof LINUX_RELEASES)[number];

export interface BootInput {
  bootEL: 1 | 2;
  cpuHasVhe: boolean;
  cpuNested: CpuNested;
  /** A Linux release "major.minor", from "5.10" to "7.3". */
  kernel: string;
  /** CONFIG_ARM64_VHE: only releases before 5.13 have it. */
  configArm64Vhe: boolean;
  kvmArmMode: KvmArmMode;
  /** arm64_sw.hvhe=1 on the command line (written after kvm-arm.mode, so it wins over an alias). */
  hvhe: boolean;
}

export interface BootResult {
  kernelEL: 1 | 2;
  /** 'nested': VHE KVM able to offer nested virtualization. */
  kvm: 'vhe' | 'nvhe' | 'protected' | 'nested' | 'none';
  /** HCR_EL2.E2H of KVM's hypervisor code; null when there is none. */
  hypE2H: boolean | null;
  /** The kernel prints "Malformed early option 'kvm-arm.mode'" and keeps the default. */
  malformed: boolean;
}

interface Threshold {
  /** The first release that behaves this way. */
  release: LinuxRelease;
  /** The mainline commit that brought it (12 hex digits). */
  commit: string;
  /** The rule that states it; its source names the release and the commit. */
  rule: RuleId;
}

/**
 * Where the boot decision changes between releases. Each commit was read in the
 * kvmarm / arm64 / linux-next push logs and the pull request to Linus for that release.
 */
export const BOOT_THRESHOLDS = {
  /** kvm-arm.mode is an early parameter; its only value is "protected". */
  modeParam: { release: '5.11', commit: '2d4b0ce5c9b6', rule: 'R-BOOT-KVM-PROTECTED' },
  /** The idreg override: "nvhe", and kvm-arm.mode={nvhe,protected} alias id_aa64mmfr1.vh=0. */
  idregOverride: { release: '5.12', commit: '1945a067f351', rule: 'R-BOOT-VH0' },
  /** CONFIG_ARM64_VHE is gone: VHE whenever the CPU has it. */
  noConfigVhe: { release: '5.13', commit: '2d726d0db6ac', rule: 'R-BOOT-VHE' },
  /** kvm-arm.mode=none. */
  modeNone: { release: '5.16', commit: 'b6a68b97af23', rule: 'R-BOOT-KVM-NONE' },
  /** Entered at EL1, kvm-arm.mode (but "none") is ignored with a warning, not rejected. */
  el1Ignores: { release: '6.1', commit: 'b2a4d007c347', rule: 'R-BOOT-EL1-IGNORED' },
  /** kvm-arm.mode=nested and ARM64_HAS_NESTED_VIRT (FEAT_NV). */
  modeNested: { release: '6.3', commit: '675cabc89900', rule: 'R-BOOT-KVM-NESTED' },
  /** arm64_sw.hvhe: KVM's EL2 code with E2H=1, the kernel kept at EL1. */
  hvhe: { release: '6.5', commit: 'ad744e8cb346', rule: 'R-BOOT-HVHE' },
  /** Nested virtualization needs FEAT_NV2. */
  nv2Only: { release: '6.8', commit: '2bfc654b89c4', rule: 'R-BOOT-NESTED-NV2' },
  /** kvm-arm.mode=protected aliases arm64_sw.hvhe=1 (nvhe: arm64_sw.hvhe=0 id_aa64mmfr1.vh=0). */
  protectedHvhe: { release: '6.10', commit: '5053c3f0519c', rule: 'R-BOOT-PROTECTED-HVHE' },
} as const satisfies Record<string, Threshold>;
type ThresholdName = keyof typeof BOOT_THRESHOLDS;

/** "6.10" -> 610, so releases compare as numbers. Throws on a release the lab does not model. */
export function releaseNumber(kernel: string): number {
  if (!(LINUX_RELEASES as readonly string[]).includes(kernel)) {
    throw new RangeError(`unknown Linux release "${kernel}": expected one of 5.10 ... 7.3`);
  }
  const [major, minor] = kernel.split('.').map(Number) as [number, number];
  return major * 100 + minor;
}

const decide = (result: BootResult, because: Because[]): Decision<BootResult> => ({ result, because });

/**
 * Where a Linux arm64 kernel runs and which KVM it gets, by release.
 * arch/arm64/kernel/head.S init_kernel_el, hyp-stub.S finalise_el2, idreg-override.c
 * (arch/arm64/kernel/pi/ from 6.9) aliases[] and hvhe_filter, arch/arm64/kvm/arm.c
 * early_kvm_mode_cfg and cpu_prepare_hyp_mode.
 */
export function linuxBootMode(input: BootInput): Decision<BootResult> {
  const { bootEL, cpuHasVhe, cpuNested, kernel, configArm64Vhe, kvmArmMode: mode, hvhe } = input;
  const k = releaseNumber(kernel);
  const since = (t: ThresholdName) => k >= releaseNumber(BOOT_THRESHOLDS[t].release);
  const why: Because[] = [];

  // Which kvm-arm.mode values early_kvm_mode_cfg of this release accepts.
  const known =
    mode === 'unset' ||
    (mode === 'protected' && since('modeParam')) ||
    (mode === 'nvhe' && since('idregOverride')) ||
    (mode === 'none' && since('modeNone')) ||
    (mode === 'nested' && since('modeNested'));
  const malformedBecause = () => because('R-BOOT-MALFORMED', { mode, kernel });
  if (mode !== 'unset' && !since('modeParam')) why.push(because('R-BOOT-NO-MODE-PARAM', { kernel }));
  if (hvhe && !since('hvhe')) why.push(because('R-BOOT-HVHE-UNKNOWN', { kernel }));

  if (bootEL === 1) {
    why.unshift(because('R-BOOT-EL1'));
    let malformed = false;
    if (mode !== 'unset' && since('modeParam')) {
      if (mode === 'none' && since('modeNone')) why.push(because('R-BOOT-KVM-NONE'));
      else if (since('el1Ignores')) why.push(because('R-BOOT-EL1-IGNORED'));
      else if (!known) {
        malformed = true;
        why.push(malformedBecause());
      }
    }
    if (hvhe && since('hvhe')) why.push(because('R-BOOT-HVHE-FILTERED'));
    return decide({ kernelEL: 1, kvm: 'none', hypE2H: null, malformed }, why);
  }

  // The command line as the idreg override reads it, before finalise_el2.
  const hvheAsked = since('hvhe') && (hvhe || (mode === 'protected' && since('protectedHvhe')));
  const hvheOn = hvheAsked && cpuHasVhe; // hvhe_filter: entered at EL2 and ID_AA64MMFR1_EL1.VH != 0
  const vh0 = since('idregOverride') && (mode === 'nvhe' || (mode === 'protected' && !since('protectedHvhe')));
  if (mode === 'protected' && since('protectedHvhe')) why.push(because('R-BOOT-PROTECTED-HVHE'));

  // finalise_el2 (switch_to_vhe in 5.12, el2_setup before): stay at / move to EL2 with E2H=1?
  let kernelEL: 1 | 2 = 1;
  if (!cpuHasVhe) {
    why.push(because('R-BOOT-NOVHE-CPU'));
    if (hvheAsked) why.push(because('R-BOOT-HVHE-FILTERED'));
  } else if (!since('noConfigVhe') && !configArm64Vhe) {
    why.push(because('R-BOOT-CONFIG-VHE-OFF', { kernel }));
  } else if (vh0 || hvheOn) {
    if (vh0) why.push(because('R-BOOT-VH0', { mode }));
    if (hvheOn) why.push(because('R-BOOT-HVHE'));
  } else {
    kernelEL = 2;
    why.push(since('noConfigVhe') ? because('R-BOOT-VHE') : because('R-BOOT-CONFIG-VHE', { kernel }));
  }
  const kernelVhe = kernelEL === 2;

  // early_kvm_mode_cfg, which runs after finalise_el2.
  let kvmMode: 'default' | 'protected' | 'none' | 'nv' = 'default';
  let malformed = false;
  if (mode !== 'unset' && since('modeParam')) {
    if (!known) {
      malformed = true;
      why.push(malformedBecause());
    } else if (mode === 'protected') {
      if (kernelVhe) why.push(because('R-BOOT-PROTECTED-VHE'));
      else kvmMode = 'protected';
    } else if (mode === 'none') kvmMode = 'none';
    else if (mode === 'nested') {
      if (kernelVhe) kvmMode = 'nv';
      else {
        malformed = true;
        why.push(because('R-BOOT-NESTED-NEEDS-VHE'));
      }
    } else if (kernelVhe) {
      // "nvhe" on a kernel in hyp mode: WARN_ON and -EINVAL. The vh=0 alias makes it unreachable.
      malformed = true;
      why.push(malformedBecause());
    }
  }

  if (kvmMode === 'none') {
    why.push(because('R-BOOT-KVM-NONE'));
    return decide({ kernelEL, kvm: 'none', hypE2H: null, malformed }, why);
  }
  if (kernelVhe) {
    let kvm: BootResult['kvm'] = 'vhe';
    if (kvmMode === 'nv') {
      const needed: CpuNested = since('nv2Only') ? 'nv2' : 'nv';
      const has = needed === 'nv2' ? cpuNested === 'nv2' : cpuNested !== 'none';
      if (since('nv2Only')) why.push(because('R-BOOT-NESTED-NV2'));
      if (has) kvm = 'nested';
      else why.push(because('R-BOOT-NESTED-NO-FEAT', { feature: needed === 'nv2' ? 'FEAT_NV2' : 'FEAT_NV' }));
    }
    why.push(because(kvm === 'nested' ? 'R-BOOT-KVM-NESTED' : 'R-BOOT-KVM-VHE'));
    return decide({ kernelEL, kvm, hypE2H: true, malformed }, why);
  }
  why.push(because(kvmMode === 'protected' ? 'R-BOOT-KVM-PROTECTED' : 'R-BOOT-KVM-NVHE'));
  if (hvheOn) why.push(because('R-BOOT-KVM-HVHE'));
  return decide({ kernelEL, kvm: kvmMode === 'protected' ? 'protected' : 'nvhe', hypE2H: hvheOn, malformed }, why);
}
