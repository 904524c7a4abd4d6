// The PE state the rules read. Field names follow the Arm ARM (DDI 0487).

export type EL = 0 | 1 | 2 | 3;

export interface Features {
  el2: boolean;
  el3: boolean;
  /** FEAT_VHE (Armv8.1): HCR_EL2.E2H is RES0 without it. */
  vhe: boolean;
  /** FEAT_SEL2 (Armv8.4): SCR_EL3.EEL2 is RES0 without it. */
  sel2: boolean;
  /** FEAT_NV (Armv8.3): HCR_EL2.{NV,NV1} are RES0 without it. */
  nv: boolean;
  /** FEAT_NV2 (Armv8.4): HCR_EL2.NV2 and VNCR_EL2; absent reads as false. */
  nv2?: boolean;
  /**
   * IMPLEMENTATION DEFINED (Arm ARM, AArch64.CheckForSMCUndefOrTrap, "Trap SMC execution at
   * EL1 to EL2"): on a PE without EL3, an SMC at EL1 with HCR_EL2.TSC=1 is trapped to EL2
   * (true) or UNDEFINED (false or absent: QEMU's choice). Not a what-if bit.
   */
  smcTrapWithoutEl3?: boolean;
}

/** HCR_EL2 as written by software (what a direct read returns). */
export interface Hcr {
  vm: boolean;
  fmo: boolean;
  imo: boolean;
  amo: boolean;
  twi: boolean;
  twe: boolean;
  tsc: boolean;
  tge: boolean;
  rw: boolean;
  e2h: boolean;
  /** FEAT_NV: EL1 runs a guest hypervisor (its EL2 register accesses and ERET trap). Absent reads as 0. */
  nv?: boolean;
  /** FEAT_NV: with NV, the guest hypervisor uses EL1 register names for its own (non-VHE) state. Absent reads as 0. */
  nv1?: boolean;
  /** FEAT_NV2: VNCR-mapped register accesses at EL1 become loads and stores to the VNCR_EL2 page. Absent reads as 0. */
  nv2?: boolean;
  /**
   * Virtual IRQ / FIQ / SError pending (HCR_EL2.VI, VF, VSE). Optional: a state written
   * before they were modelled reads them as 0.
   */
  vi?: boolean;
  vf?: boolean;
  vse?: boolean;
  /** Trap EL1 writes (TVM) / reads (TRVM) of the virtual-memory controls to EL2. */
  tvm?: boolean;
  trvm?: boolean;
  /** Trap EL1 reads of the ID group 3 registers to EL2. */
  tid3?: boolean;
}

/** SCR_EL3 as written. */
export interface Scr {
  ns: boolean;
  irq: boolean;
  fiq: boolean;
  ea: boolean;
  hce: boolean;
  rw: boolean;
  eel2: boolean;
}

/** PSTATE.{D,A,I,F}: 1 masks. PSTATE.IL: Illegal Execution state (absent = 0). */
export interface Pstate {
  d: boolean;
  a: boolean;
  i: boolean;
  f: boolean;
  /**
   * Set by an illegal exception return (AArch64.ExceptionReturn, SetPSTATEFromPSR); the next
   * instruction then takes an Illegal Execution state exception (AArch64.CheckIllegalState).
   * Cleared on exception entry. Hardware sets it, software does not: not a what-if bit.
   */
  il?: boolean;
}

export interface PeState {
  el: EL;
  /**
   * The Security state of a PE WITHOUT EL3 (false = Non-secure): the implementation's one
   * Security state (ASL SecurityStateAtEL: SecureOnlyImplementation()). With EL3 implemented
   * it is ignored: below EL3 the Security state is SCR_EL3.NS (see secureBelowEL3), so a
   * state whose `secure` and `scr.ns` disagree is read by `scr.ns`.
   */
  secure: boolean;
  features: Features;
  hcr: Hcr;
  scr: Scr;
  pstate: Pstate;
}

export const HCR_BITS = [
  'vm',
  'fmo',
  'imo',
  'amo',
  'vf',
  'vi',
  'vse',
  'twi',
  'twe',
  'tid3',
  'tsc',
  'tvm',
  'tge',
  'trvm',
  'rw',
  'e2h',
  'nv',
  'nv1',
  'nv2',
] as const;
export const SCR_BITS = ['ns', 'irq', 'fiq', 'ea', 'hce', 'rw', 'eel2'] as const;
export const PSTATE_BITS = ['d', 'a', 'i', 'f'] as const;
export const FEATURES = ['el2', 'el3', 'vhe', 'sel2', 'nv', 'nv2'] as const;

/** Bit positions, for display (HCR_EL2 and SCR_EL3 field layout in the Arm ARM). */
export const HCR_BIT_POSITION: Record<keyof Hcr, number> = {
  vm: 0,
  fmo: 3,
  imo: 4,
  amo: 5,
  vf: 6,
  vi: 7,
  vse: 8,
  twi: 13,
  twe: 14,
  tid3: 18,
  tsc: 19,
  tvm: 26,
  tge: 27,
  trvm: 30,
  rw: 31,
  e2h: 34,
  nv: 42,
  nv1: 43,
  nv2: 45,
};
export const SCR_BIT_POSITION: Record<keyof Scr, number> = {
  ns: 0,
  irq: 1,
  fiq: 2,
  ea: 3,
  hce: 8,
  rw: 10,
  eel2: 18,
};

/**
 * HCR_EL2 with every modelled bit 0 (NV, NV1 and NV2 absent: 0). Shared and frozen: spread
 * it into a new value.
 */
export const HCR_ZERO = Object.freeze({
  vm: false,
  fmo: false,
  imo: false,
  amo: false,
  twi: false,
  twe: false,
  tsc: false,
  tge: false,
  rw: false,
  e2h: false,
  vi: false,
  vf: false,
  vse: false,
  tvm: false,
  trvm: false,
  tid3: false,
} satisfies Hcr);

/** Non-secure EL1; EL2, EL3 and FEAT_VHE implemented; every bit 0 but HCR_EL2.RW, SCR_EL3.{NS,HCE,RW}. */
export function defaultState(): PeState {
  return {
    el: 1,
    secure: false,
    features: { el2: true, el3: true, vhe: true, sel2: false, nv: false },
    hcr: { ...HCR_ZERO, rw: true },
    scr: { ns: true, irq: false, fiq: false, ea: false, hce: true, rw: true, eel2: false },
    pstate: { d: false, a: false, i: false, f: false },
  };
}

/**
 * SCR_EL3 as the PE acts on it. Without EL3 the PE behaves as if routing bits were 0, HCE=1,
 * RW=1 and NS named the implementation's one Security state (Arm ARM: SCR_EL3 "when EL3 is
 * not implemented"); EEL2 is RES0 without FEAT_SEL2.
 */
export function effectiveScr(s: PeState): Scr {
  if (!s.features.el3) {
    return { ns: !s.secure, irq: false, fiq: false, ea: false, hce: true, rw: true, eel2: false };
  }
  return { ...s.scr, eel2: s.scr.eel2 && s.features.sel2 };
}

/**
 * The Security state of EL0-EL2 (ASL IsSecureBelowEL3 / SecurityStateAtEL): with EL3
 * implemented it is SCR_EL3.NS, at every EL; without EL3 it is the implementation's one
 * Security state (`secure`).
 */
export function secureBelowEL3(s: PeState): boolean {
  return s.features.el3 ? !s.scr.ns : s.secure;
}

/**
 * ASL EL2Enabled() = HaveEL(EL2) && (!HaveEL(EL3) || SCR_EL3.NS == '1' || IsSecureEL2Enabled()),
 * IsSecureEL2Enabled() = HaveEL(EL2) && FEAT_SEL2 && SCR_EL3.EEL2 == '1' (with EL3). Without
 * EL3 EL2 is enabled whenever it is implemented.
 */
export function el2Enabled(s: PeState): boolean {
  if (!s.features.el2) return false;
  if (!s.features.el3) return true;
  return s.scr.ns || (s.features.sel2 && s.scr.eel2);
}
