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
  /** The KVM mode a Boot step decided. */
  kvm?: 'vhe' | 'nvhe' | 'protected' | 'nested' | 'none';
  /** What else a Boot step decided: the release, KVM's hypervisor E2H (hVHE), a rejected option. */
  boot?: { kernel: string; hypE2H: boolean | null; malformed: boolean };
  /** Mismatches between the step's `expect` and what happened (empty when met). */
  expectFailures: string[];
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
