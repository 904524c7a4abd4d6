// What the machine computes for each step, and what panels read. Plain data (structured-clone safe).
import type { Because, EL, PeState, SmmuResult, SysregVia, VmxState } from '../core';
import type { ScenarioEvent, StatePatch } from '../scenario/schema';

export interface Counters {
  /** Changes of the current EL (each exception to a higher EL and each ERET to a lower one). */
  elChanges: number;
  exceptions: number;
  erets: number;
  /** Full EL1 context saves / restores (the "world switch" work). */
  contextSaves: number;
  contextRestores: number;
  sysregAccesses: number;
  /** Accesses FEAT_VHE redirected (an _EL1/_EL0 name reaching the _EL2 register). */
  redirected: number;
  /** Accesses through an _EL12/_EL02 alias (its own name, reaching the real EL1/EL0 register). */
  aliased: number;
  /** Interrupts pending now (left pending: target lower than the current EL, or masked;
   *  one is no longer counted once it is taken). */
  pending: number;
  /** x86: VM exits (non-root to root) and VM entries (VMLAUNCH / VMRESUME). */
  vmExits: number;
  vmEntries: number;
  /** Device DMA through the SMMU: translations and fault events (never CPU exceptions). */
  dmas: number;
  smmuFaults: number;
}

export const ZERO_COUNTERS: Counters = {
  elChanges: 0,
  exceptions: 0,
  erets: 0,
  contextSaves: 0,
  contextRestores: 0,
  sysregAccesses: 0,
  redirected: 0,
  aliased: 0,
  pending: 0,
  vmExits: 0,
  vmEntries: 0,
  dmas: 0,
  smmuFaults: 0,
};

export type Outcome =
  | 'exception'
  | 'pending'
  | 'executed'
  | 'eret'
  | 'illegal-eret'
  | 'illegal-state'
  | 'register'
  | 'undefined'
  | 'bits'
  | 'context'
  | 'call'
  | 'boot'
  | 'vm-exit'
  | 'vm-entry'
  | 'dma'
  | 'smmu-fault'
  | 'gic'
  | 'access'
  | 'blocked';

export interface RegisterReach {
  name: string;
  /** The register reached, or null when UNDEFINED. */
  reaches: string | null;
  /** How the name reached it (absent when UNDEFINED). */
  via?: SysregVia;
  /** For context saves: the name reached a register that is not the saved world's EL1/EL0 one. */
  wrong?: boolean;
}

/** One step's result: what happened, why, and where control went. */
export interface StepResult {
  index: number;
  event: ScenarioEvent;
  outcome: Outcome;
  from: { actor: string; el: EL };
  to: { actor: string; el: EL };
  /** The EL the core computed, when the event is an exception. */
  targetEL?: EL;
  /** ESR_ELx.EC (and ISS where known) of a synchronous exception taken at this step. */
  ec?: number;
  iss?: number;
  registers?: RegisterReach[];
  because: Because[];
  /** Why a step could not run (precondition failed), in English with params for translation. */
  blocked?: { code: BlockCode; params: Record<string, string | number> };
  /** An interrupt that had been left pending and is taken now. */
  wasPending?: boolean;
  /** x86: the basic exit reason of a VM exit (Intel SDM Vol. 3C Appendix C). */
  exitReason?: number;
  /** A DMA step: what the SMMU did with the device's address. */
  smmu?: SmmuResult;
  /** A virtual interrupt step: what the core answered. */
  virtual?: { kind: 'vIRQ' | 'vFIQ' | 'vSError'; signalled: boolean; taken: boolean; viaGic: boolean };
  /** A GIC step: the CPU interface reached and the list register it used. */
  gic?: GicStep;
  /** An Access step: the walk the current regime makes. */
  walk?: Walk;
  /** A CNTHCTL_EL2 check on a physical counter/timer access. */
  timer?: { field: string | null; bit: number | null; trapped: boolean };
  /** A CNTVCT_EL0 read: whether the value is the physical count minus CNTVOFF_EL2. */
  cntvoff?: boolean;
  /** The KVM mode a Boot step decided. */
  kvm?: 'vhe' | 'nvhe' | 'protected' | 'nested' | 'none';
  /** What else a Boot step decided: the release, KVM's hypervisor E2H (hVHE), a rejected option. */
  boot?: { kernel: string; hypE2H: boolean | null; malformed: boolean };
  /** Mismatches between the step's `expect` and what happened (empty when met). */
  expectFailures: string[];
}

/** A GIC list register (ICH_LR<n>_EL2) as the machine keeps it. */
export interface ListRegister {
  lr: number;
  vintid: number;
  state: 'pending' | 'active' | 'inactive';
  group: 0 | 1;
  hw: boolean;
  pintid?: number;
}

export interface GicStep {
  /** ICV_* (virtual CPU interface) or ICC_* (physical). */
  iface: 'ICV' | 'ICC';
  /** The register the access reached, e.g. ICV_IAR1_EL1. */
  reg: string;
  lr?: number;
  vintid?: number;
  /** HW=1 EOI: the physical INTID deactivated with the virtual one. */
  deactivated?: number;
}

/** One translation: the stages the regime walks, the tables and the TLB tags. */
export interface Walk {
  regime: string;
  va: string;
  ipa?: string;
  pa?: string;
  stage1Tables: string[];
  stage2Table: string | null;
  asid?: number;
  vmid?: number;
  /** Stage 2 translation fault: HPFAR_EL2 holds the IPA. */
  fault?: boolean;
  /** The TLB already held this translation (same tags). */
  tlbHit?: boolean;
}

export interface TlbEntry {
  va: string;
  pa: string;
  regime: string;
  asid?: number;
  vmid?: number;
}

export type BlockCode =
  | 'not-running'
  | 'no-handler'
  | 'handler-wrong-el'
  | 'call-other-el'
  | 'bits-need-el2'
  | 'bits-need-el3'
  | 'nothing-to-return-to'
  | 'not-x86'
  | 'entry-not-guest'
  | 'need-el2'
  | 'after-blocked';

export interface FlowSnapshot {
  pe: PeState;
  running: string;
  /** EL of every actor (the boot scenario moves the kernel). */
  placement: Record<string, EL>;
  counters: Counters;
  pending: { kind: 'IRQ' | 'FIQ' | 'SError'; targetEL: EL }[];
  /** Exception return stack: who took each exception still outstanding. */
  stack: { actor: string; pstate: PeState['pstate'] }[];
  /** x86 flows: VMX mode, ring and VM-execution controls (the PE state above is unused there). */
  vmx?: VmxState;
  /** GIC list registers written so far (absent: none). */
  lrs?: ListRegister[];
  /** VTTBR_EL2.VMID (absent: 0). */
  vmid?: number;
  /** CNTHCTL_EL2 as last written (absent: 0xc03, the EL1 enables of both layouts set: nothing trapped). */
  cnthctl?: number;
  /** Translations cached so far, with their tags. */
  tlb?: TlbEntry[];
  /** The step that led here (absent at index 0). */
  last?: StepResult;
  blocked: boolean;
}

/** A what-if: bits set at a step index, applied before that step runs. */
export interface Override {
  flow: number;
  step: number;
  patch: StatePatch;
}

/** Every snapshot of every flow: run[f][i] is flow f after i steps. */
export type Run = FlowSnapshot[][];
