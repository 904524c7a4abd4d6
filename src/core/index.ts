// The public API of the rules core. Pure TypeScript: no DOM, React, xstate, zustand or d3.

export type { BootInput, BootResult, CpuNested, KvmArmMode, LinuxRelease } from './boot';
export { BOOT_THRESHOLDS, LINUX_RELEASES, linuxBootMode, releaseNumber } from './boot';
export type { Encoding } from './encodings';
export { ENCODINGS, encodingName, TID3_REGISTERS, TVM_REGISTERS, VIRTUAL_ID_REGISTERS } from './encodings';
export type { GicInterface } from './gic';
export { gicCpuInterface } from './gic';
export { e2hActive, effectiveHcr, effectiveHcrDecision, el0InHost, tgeActive } from './hcr';
export type { NvAccess } from './nv';
export { currentELReported, nv2Active, nvActive, VNCR_OFFSET } from './nv';
export type { Regime, RegimeInfo } from './regimes';
export { translationRegime } from './regimes';
export type { EretOutcome, InterruptKind, SyncDetail, SyncKind, SyncOutcome } from './routing';
export { exceptionReturn, INTERRUPT_KINDS, interruptTarget, SYNC_KINDS, syncExceptionTarget } from './routing';
export type { Because, Decision, RuleId } from './rules';
export { because, RULES } from './rules';
export type { SmmuInput, SmmuResult } from './smmu';
export { smmuTranslate } from './smmu';
export type { EL, Features, Hcr, PeState, Pstate, Scr } from './state';
export {
  defaultState,
  effectiveScr,
  el2Enabled,
  FEATURES,
  HCR_BIT_POSITION,
  HCR_BITS,
  HCR_ZERO,
  PSTATE_BITS,
  SCR_BIT_POSITION,
  SCR_BITS,
  secureBelowEL3,
} from './state';
export { dataAbortIss, EC, EC_NAMES, ecHex, sysregIss } from './syndrome';
export type { RedirectRow, SysregResult, SysregVia } from './sysregs';
export { knownRegisters, NOT_REDIRECTED, ownerEL, REDIRECTS, sysregAccess, UnknownRegisterError } from './sysregs';
export type { PhysicalTimerResource, TimerAccessOutcome } from './timers';
export { CNTHCTL_FIELDS, physicalTimerAccess, virtualCounterOffset } from './timers';
export type { VirtualInterruptDetail, VirtualInterruptKind, VirtualInterruptOutcome } from './virtual';
export { VIRTUAL_INTERRUPT_KINDS, virtualInterruptTarget } from './virtual';
export type { Cpl, VmxControls, VmxEvent, VmxMode, VmxOutcome, VmxResult, VmxState } from './vmx';
export { defaultVmxState, EXIT_REASON, enumerateVmxStates, VMX_EVENTS, VMX_INPUTS, vmxEvent } from './vmx';
