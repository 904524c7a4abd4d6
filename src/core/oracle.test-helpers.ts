// An independent transcription of the Arm ARM pseudocode (ASL, as published in rems-project/
// sail-arm arm-v9.4-a) and architecture.md, written apart from the core's code path (no
// effectiveHcr, no shared helpers, literal EC numbers; it shares only the input types) so
// the truth tables compare two readings of the rules rather than the code with itself.
import type { SyncKind } from './routing';
import type { EL, PeState } from './state';

export function oracleWorld(s: PeState) {
  // SecurityStateAtEL(): with EL3, SCR_EL3.NS decides for every EL below EL3 (and EL3 is
  // Secure); without EL3 the implementation's single Security state.
  const secureBelow = s.features.el3 ? !s.scr.ns : s.secure;
  // IsSecureEL2Enabled() with EL3: FEAT_SEL2 && SCR_EL3.EEL2.
  const eel2 = s.features.el3 && s.features.sel2 && s.scr.eel2;
  // EL2Enabled() = HaveEL(EL2) && (!HaveEL(EL3) || SCR_EL3.NS == '1' || IsSecureEL2Enabled())
  const el2en = s.features.el2 && (!s.features.el3 || s.scr.ns || eel2);
  const e2h = el2en && s.features.vhe && s.hcr.e2h;
  const tge = el2en && s.hcr.tge;
  const hce = s.features.el3 ? s.scr.hce : true;
  return { secureBelow, el2en, e2h, tge, host: e2h && tge, hce };
}

export function oracleInterrupt(s: PeState, kind: 'IRQ' | 'FIQ' | 'SError'): { targetEL: EL; taken: boolean } {
  const w = oracleWorld(s);
  const scrBit = { IRQ: s.scr.irq, FIQ: s.scr.fiq, SError: s.scr.ea }[kind];
  const hcrBit = { IRQ: s.hcr.imo, FIQ: s.hcr.fmo, SError: s.hcr.amo }[kind];
  const masked = { IRQ: s.pstate.i, FIQ: s.pstate.f, SError: s.pstate.a }[kind];
  // Routing (architecture.md section 3, steps 1-3). With E2H=TGE=1 IMO acts as 0 but TGE routes.
  const targetEL: EL = s.features.el3 && scrBit ? 3 : w.el2en && (w.tge || (hcrBit && !w.host)) ? 2 : 1;
  // Masking (step 4).
  let taken: boolean;
  if (targetEL < s.el) taken = false;
  else if (targetEL > s.el && (targetEL === 3 || (targetEL === 2 && !w.host))) taken = true;
  else taken = !masked;
  return { targetEL, taken };
}

export interface OracleSync {
  targetEL: EL;
  undefinedInstruction: boolean;
  /** ESR_ELx.EC, from the Arm ARM's ESR_ELx EC table. */
  ec: number;
  iss?: number;
}

/** `imm16`: the immediate of SVC/HVC/SMC as the caller gave it (ISS[15:0]). */
export function oracleSync(s: PeState, kind: SyncKind, imm16?: number): OracleSync {
  const w = oracleWorld(s);
  // AArch64.CallSupervisor / UndefinedFault / CheckIllegalState: EL0 goes to EL1, or EL2
  // when EL2Enabled() && HCR_EL2.TGE; higher ELs take it themselves.
  const fromCurrent: EL = s.el === 0 ? (w.tge ? 2 : 1) : s.el;
  // EC 0x00 "Unknown reason", ISS RES0.
  const undef: OracleSync = { targetEL: fromCurrent, undefinedInstruction: true, ec: 0x00, iss: 0 };
  const go = (targetEL: EL, ec: number, iss?: number): OracleSync =>
    iss === undefined
      ? { targetEL, undefinedInstruction: false, ec }
      : { targetEL, undefinedInstruction: false, ec, iss };
  // Data Abort: 0x24 from a lower EL, 0x25 at the same EL.
  const abort = (targetEL: EL) => go(targetEL, targetEL > s.el ? 0x24 : 0x25);
  switch (kind) {
    case 'SVC':
      return go(fromCurrent, 0x15, imm16);
    case 'HVC':
      if (s.el === 0 || !s.features.el2 || (s.el === 1 && !w.el2en) || !w.hce) return undef;
      return go(s.el === 3 ? 3 : 2, 0x16, imm16);
    case 'SMC': {
      if (s.el === 0) return undef;
      // TSC behaves as 0 when TGE=1.
      const tsc = s.el === 1 && w.el2en && s.hcr.tsc && !w.tge;
      // No EL3: trapped only if the implementation chooses to (IMPLEMENTATION DEFINED).
      if (!s.features.el3) return tsc && s.features.smcTrapWithoutEl3 === true ? go(2, 0x17, imm16) : undef;
      return go(tsc ? 2 : 3, 0x17, imm16);
    }
    case 'WFI':
    case 'WFE': {
      const bit = kind === 'WFI' ? s.hcr.twi : s.hcr.twe;
      // ISS: CV=1 (bit 24), COND=0b1110 (bits 23:20), TI (bits 1:0) 0 WFI / 1 WFE.
      const iss = 0x01e00000 + (kind === 'WFE' ? 1 : 0);
      // TWI/TWE behave as 0 when E2H=TGE=1.
      return s.el <= 1 && w.el2en && bit && !w.host ? go(2, 0x01, iss) : go(s.el, 0x01, iss);
    }
    case 'Stage1Abort':
      if (s.el <= 1 && w.tge) return abort(2);
      return abort(s.el === 0 ? 1 : s.el);
    case 'Stage2Abort':
      if (s.el >= 2) return abort(s.el);
      return w.el2en ? abort(2) : abort(fromCurrent);
    case 'Undefined':
      return undef;
    case 'IllegalState':
      // EC 0x0E "Illegal Execution state", ISS RES0.
      return go(fromCurrent, 0x0e, 0);
    case 'ERET':
      // AArch64.CheckForERetTrap: HaveNVExt() && EL2Enabled() && PSTATE.EL == EL1 && HCR_EL2.NV.
      if (s.features.nv && w.el2en && s.el === 1 && s.hcr.nv === true) return go(2, 0x1a, 0);
      // ERET at EL0 is UNDEFINED; elsewhere it is not trapped (EC shown for reference).
      return s.el === 0 ? undef : go(s.el, 0x1a, 0);
  }
}

/**
 * Virtual interrupts, from the ASL's AArch64.PendingUnmaskedVirtualInterrupts and
 * InterruptPending: pending only at EL0/EL1 with EL2Enabled() and HCR_EL2.TGE=0, as
 * {VSE,VI,VF} (or the GIC's signal) AND {AMO,IMO,FMO}; taken when PSTATE's bit is 0.
 */
export function oracleVirtual(
  s: PeState,
  kind: 'vIRQ' | 'vFIQ' | 'vSError',
  gic = false,
): { signalled: boolean; taken: boolean; targetEL: 1 | null; clearsVse?: true } {
  const w = oracleWorld(s);
  const h = s.hcr;
  const written = s.features.el2 && ({ vIRQ: h.vi, vFIQ: h.vf, vSError: h.vse }[kind] ?? false);
  const signalled = written || (gic && kind !== 'vSError');
  const route = { vIRQ: h.imo, vFIQ: h.fmo, vSError: h.amo }[kind];
  const mask = { vIRQ: s.pstate.i, vFIQ: s.pstate.f, vSError: s.pstate.a }[kind];
  const forGuest = signalled && w.el2en && !h.tge && route;
  const taken = forGuest && s.el <= 1 && !mask;
  // AArch64.TakeVirtualSErrorException ends with ClearPendingVirtualSError(): HCR_EL2.VSE = 0.
  return {
    signalled,
    taken,
    targetEL: forGuest ? 1 : null,
    ...(taken && kind === 'vSError' ? { clearsVse: true } : {}),
  };
}

/**
 * An EL1 MRS/MSR trapped by TVM/TRVM/TID3: each register's "Accessing" pseudocode,
 * `elsif EL2Enabled() && HCR_EL2.TVM == '1' then AArch64.SystemAccessTrap(EL2, 0x18)`, with
 * TGE making the bit behave as 0 (HCR_EL2 field descriptions).
 */
export function oracleEl1Trap(s: PeState, bit: 'tvm' | 'trvm' | 'tid3'): boolean {
  const w = oracleWorld(s);
  return s.el === 1 && w.el2en && !w.tge && s.hcr[bit] === true;
}

/** ESR_ELx ISS for EC 0x18, from a generic name "S<op0>_<op1>_C<n>_C<m>_<op2>". */
export function oracleSysregIss(generic: string, rt: number, read: boolean): number {
  const m = /^S(\d)_(\d)_C(\d+)_C(\d+)_(\d)$/.exec(generic);
  if (!m) throw new Error(`bad generic name ${generic}`);
  const [op0, op1, crn, crm, op2] = m.slice(1).map(Number) as [number, number, number, number, number];
  return op0 * 2 ** 20 + op2 * 2 ** 17 + op1 * 2 ** 14 + crn * 2 ** 10 + rt * 2 ** 5 + crm * 2 + (read ? 1 : 0);
}

/**
 * CNTHCTL_EL2 trap of the physical counter ('counter') or timer ('timer'): QEMU
 * gt_counter_access / gt_timer_access and the CNTPCT_EL0 pseudocode. Returns the deciding
 * bit, or null when CNTHCTL_EL2 cannot trap the access.
 */
export function oracleTimerBit(s: PeState, what: 'counter' | 'timer'): number | null {
  const w = oracleWorld(s);
  if (s.el >= 2 || !w.el2en) return null;
  if (s.el === 0 && w.host) return what === 'counter' ? 0 : 9;
  if (w.e2h) return what === 'counter' ? 10 : 11;
  return what === 'counter' ? 0 : 1;
}

/** Whether CNTVCT_EL0 sees CNTVOFF_EL2 (QEMU gt_virt_cnt_offset; ASL TestEventCNTV). */
export function oracleCntvoff(s: PeState): boolean {
  const w = oracleWorld(s);
  if (!s.features.el2) return false;
  if (s.el === 2 && w.e2h) return false;
  if (s.el === 0 && w.host) return false;
  return true;
}
