import { effectiveHcr, el0InHost, tgeActive } from './hcr';
import { nvActive } from './nv';
import { type Because, because, type Decision } from './rules';
import { type EL, effectiveScr, el2Enabled, type PeState } from './state';
import { dataAbortIss, EC, wfxIss } from './syndrome';

export const INTERRUPT_KINDS = ['IRQ', 'FIQ', 'SError'] as const;
export type InterruptKind = (typeof INTERRUPT_KINDS)[number];
/**
 * Synchronous exceptions. 'IllegalState' is the Illegal Execution state exception the
 * instruction after an illegal exception return takes (PSTATE.IL=1).
 */
export const SYNC_KINDS = [
  'SVC',
  'HVC',
  'SMC',
  'WFI',
  'WFE',
  'Stage1Abort',
  'Stage2Abort',
  'Undefined',
  'IllegalState',
  'ERET',
] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** The SCR_EL3 and HCR_EL2 routing bits and the PSTATE mask of each interrupt kind. */
const INTERRUPT_BITS = {
  IRQ: { scr: 'irq', hcr: 'imo', mask: 'i', ids: ['R-IRQ-SCR', 'R-IRQ-TGE', 'R-IRQ-IMO', 'R-IRQ-EL1'] },
  FIQ: { scr: 'fiq', hcr: 'fmo', mask: 'f', ids: ['R-FIQ-SCR', 'R-FIQ-TGE', 'R-FIQ-FMO', 'R-FIQ-EL1'] },
  SError: {
    scr: 'ea',
    hcr: 'amo',
    mask: 'a',
    ids: ['R-SERROR-SCR', 'R-SERROR-TGE', 'R-SERROR-AMO', 'R-SERROR-EL1'],
  },
} as const;

/**
 * Where a physical interrupt is routed, and whether it is taken now or stays pending.
 * Arm ARM D1.3.6; AArch64.TakePhysicalIRQException / FIQ / SError and the routing and
 * masking table for asynchronous exceptions.
 */
export function interruptTarget(s: PeState, kind: InterruptKind): Decision<{ targetEL: EL; taken: boolean }> {
  const bits = INTERRUPT_BITS[kind];
  const [scrId, tgeId, hcrId, el1Id] = bits.ids;
  const scr = effectiveScr(s);
  const hcr = effectiveHcr(s);
  const why: Because[] = [];
  if (!s.features.el3) why.push(because('R-EL3-ABSENT'));

  let targetEL: EL;
  if (s.features.el3 && scr[bits.scr]) {
    targetEL = 3;
    why.push(because(scrId));
  } else if (el2Enabled(s) && tgeActive(s)) {
    // TGE routes to EL2 even where E2H=1 makes IMO/FMO/AMO behave as 0.
    targetEL = 2;
    why.push(because(tgeId));
  } else if (el2Enabled(s) && hcr[bits.hcr]) {
    targetEL = 2;
    why.push(because(hcrId));
  } else {
    targetEL = 1;
    why.push(because(el1Id));
  }

  const mask = bits.mask.toUpperCase();
  const params = { kind, mask, target: targetEL, current: s.el };
  let taken: boolean;
  if (targetEL < s.el) {
    // The ASL leaves an interrupt whose target is below the current EL pending (an IRQ at
    // Non-secure EL2 with IMO=0, TGE=0). QEMU 7.2 agrees for an AArch64 EL2 (verify/qemu);
    // its target_el_table gives EL2 only with SCR_EL3.RW=0 (README, "Where this follows the Arm ARM").
    taken = false;
    why.push(because('R-INT-PENDING-LOWER', params));
  } else if (targetEL > s.el && targetEL === 3) {
    taken = true;
    why.push(because('R-INT-EL3-UNMASKED', params));
  } else if (targetEL > s.el && targetEL === 2 && !el0InHost(s)) {
    taken = true;
    why.push(because('R-INT-EL2-UNMASKED', params));
  } else {
    if (targetEL > s.el && targetEL === 2) why.push(because('R-INT-VHE-HOST-MASK', params));
    taken = !s.pstate[bits.mask];
    why.push(because(taken ? 'R-INT-PSTATE-UNMASKED' : 'R-INT-PSTATE-MASKED', params));
  }
  return { result: { targetEL, taken }, because: why };
}

/**
 * Where an exception generated at the current EL goes when nothing special routes it:
 * EL0 to EL1 (or EL2 when HCR_EL2.TGE=1), higher ELs to themselves.
 * Arm ARM D1.3.4; AArch64.CallSupervisor / AArch64.UndefinedFault / AArch64.CheckIllegalState:
 *   route_to_el2 = PSTATE.EL == EL0 && EL2Enabled() && HCR_EL2.TGE == '1'
 */
function routeFromCurrent(s: PeState): { targetEL: EL; why: Because } {
  if (s.el === 0) {
    if (tgeActive(s)) return { targetEL: 2, why: because('R-SYNC-EL0-TGE') };
    return { targetEL: 1, why: because('R-SYNC-EL0-EL1') };
  }
  return { targetEL: s.el, why: because('R-SYNC-SAME-EL', { current: s.el }) };
}

/** What a synchronous exception does: where it is taken and its syndrome (ESR_ELx). */
export interface SyncOutcome {
  targetEL: EL;
  /** The instruction is UNDEFINED: an Undefined Instruction exception (EC 0x00) is taken. */
  undefinedInstruction: boolean;
  /** ESR_ELx.EC of the exception taken (see EC_NAMES). */
  ec: number;
  /** ESR_ELx.ISS, where the core knows it (imm16 of SVC/HVC/SMC when given; WFx TI). */
  iss?: number;
}

/** What the caller knows of the instruction: its 16-bit immediate (SVC/HVC/SMC #imm16). */
export interface SyncDetail {
  imm16?: number;
  /**
   * A data abort from a single LDR/STR: the ISS then carries a valid instruction syndrome
   * (ISV=1, SAS, SRT, WnR; DFSC translation fault level 3), as a hypervisor needs to emulate it.
   */
  dataAbort?: { srt: number; write: boolean; sizeLog2?: number };
}

type SyncResult = Decision<SyncOutcome>;

// ESR_ELx ISS for EC 0x00 (Unknown reason) and EC 0x0E (Illegal state) is RES0.
function undefinedAt(s: PeState, lead: Because[]): SyncResult {
  const route = routeFromCurrent(s);
  return {
    result: { targetEL: route.targetEL, undefinedInstruction: true, ec: EC.UNKNOWN, iss: 0 },
    because: [...lead, because('R-UNDEF'), route.why],
  };
}

function taken(targetEL: EL, ec: number, iss: number | undefined, why: Because[]): SyncResult {
  const result: SyncOutcome = { targetEL, undefinedInstruction: false, ec };
  if (iss !== undefined) result.iss = iss;
  return { result, because: why };
}

// ISS of SVC/HVC/SMC from AArch64: imm16 in ISS[15:0] (ESR_ELx "ISS encoding for an exception
// from HVC or SVC instruction execution" / "from SMC instruction execution in AArch64 state").
function imm16Iss(detail: SyncDetail | undefined): number | undefined {
  const imm = detail?.imm16;
  return imm === undefined ? undefined : imm & 0xffff;
}

// ESR_ELx.EC 0x24 from a lower EL, 0x25 when taken at the same EL (AArch64.ExceptionClass).
function dataAbort(s: PeState, targetEL: EL, why: Because[], detail?: SyncDetail): SyncResult {
  const iss = detail?.dataAbort ? dataAbortIss(detail.dataAbort) : undefined;
  return taken(targetEL, targetEL > s.el ? EC.DABT_LOWER : EC.DABT_CUR, iss, why);
}

/**
 * Where a synchronous exception (or a trapped instruction) is taken, and its syndrome.
 * Arm ARM D1.3.4 and the pseudocode named at each case. `detail` is optional: without it the
 * ISS of SVC/HVC/SMC is unknown and left out.
 */
export function syncExceptionTarget(s: PeState, kind: SyncKind, detail?: SyncDetail): SyncResult {
  const hcr = effectiveHcr(s);
  const scr = effectiveScr(s);
  switch (kind) {
    case 'SVC': {
      // AArch64.CallSupervisor
      const route = routeFromCurrent(s);
      return taken(route.targetEL, EC.SVC64, imm16Iss(detail), [because('R-SVC'), route.why]);
    }
    case 'HVC': {
      // HVC decode: UNDEFINED if !HaveEL(EL2) || EL0 || (EL1 && !EL2Enabled()); then SCR_EL3.HCE.
      // EL2Enabled() reads SCR_EL3.NS/EEL2: Secure EL1 without Secure EL2 has no HVC.
      if (s.el === 0) return undefinedAt(s, [because('R-HVC-UNDEF-EL0')]);
      if (!s.features.el2 || (s.el === 1 && !el2Enabled(s))) {
        return undefinedAt(s, [because('R-HVC-UNDEF-NOEL2')]);
      }
      if (!scr.hce) return undefinedAt(s, [because('R-HVC-UNDEF-HCE')]);
      // AArch64.CallHypervisor: taken to EL3 when executed at EL3, else EL2.
      if (s.el === 3) return taken(3, EC.HVC64, imm16Iss(detail), [because('R-HVC-EL3')]);
      return taken(2, EC.HVC64, imm16Iss(detail), [because('R-HVC')]);
    }
    case 'SMC': {
      // AArch64.CheckForSMCUndefOrTrap: EL0 UNDEFINED; with EL3, EL1 trapped by HCR_EL2.TSC
      // (as it acts: 0 under TGE) before the EL3 call. SCR_EL3.SMD is not modelled.
      if (s.el === 0) return undefinedAt(s, [because('R-SMC-UNDEF-EL0')]);
      const tsc = s.el === 1 && el2Enabled(s) && hcr.tsc;
      if (!s.features.el3) {
        // Without EL3 the trap is IMPLEMENTATION DEFINED in the current Arm ARM ("Trap SMC
        // execution at EL1 to EL2"; sail-arm v9.4-a traps only with FEAT_NV and HCR_EL2.NV=1,
        // which is not modelled); QEMU UNDEFs. Default: UNDEFINED.
        if (tsc && s.features.smcTrapWithoutEl3) {
          return taken(2, EC.SMC64, imm16Iss(detail), [because('R-SMC-TSC-NOEL3-TRAP'), because('R-SMC-TSC')]);
        }
        if (tsc) return undefinedAt(s, [because('R-SMC-TSC-NOEL3-UNDEF')]);
        return undefinedAt(s, [because('R-SMC-UNDEF-NOEL3')]);
      }
      // A trapped SMC reports EC 0x17 with its imm16, like the call itself (ExceptionSyndrome(
      // Exception_MonitorCall), except.syndrome[15:0] = imm).
      if (tsc) return taken(2, EC.SMC64, imm16Iss(detail), [because('R-SMC-TSC')]);
      return taken(3, EC.SMC64, imm16Iss(detail), [because('R-SMC')]);
    }
    case 'WFI':
    case 'WFE': {
      // AArch64.CheckForWFxTrap: EL0/EL1 trapped to EL2 by HCR_EL2.TWI/TWE (as it acts).
      const trap = kind === 'WFI' ? hcr.twi : hcr.twe;
      if (s.el <= 1 && el2Enabled(s) && trap) {
        return taken(2, EC.WFX, wfxIss(kind), [because(kind === 'WFI' ? 'R-WFI-TWI' : 'R-WFE-TWE')]);
      }
      // Not trapped: no exception; EC/ISS are those a trap would report, for reference.
      return taken(s.el, EC.WFX, wfxIss(kind), [because('R-WFX-NOTRAP', { kind, current: s.el })]);
    }
    case 'Stage1Abort': {
      // AArch64.Abort: route_to_el2 = PSTATE.EL IN {EL0, EL1} && EL2Enabled() && HCR_EL2.TGE == '1'
      if (s.el <= 1 && tgeActive(s)) return dataAbort(s, 2, [because('R-ABT-S1'), because('R-ABT-S1-TGE')], detail);
      if (s.el === 0) return dataAbort(s, 1, [because('R-ABT-S1'), because('R-SYNC-EL0-EL1')], detail);
      return dataAbort(s, s.el, [because('R-ABT-S1'), because('R-SYNC-SAME-EL', { current: s.el })], detail);
    }
    case 'Stage2Abort': {
      // AArch64.Abort: IsSecondStageFault() routes to EL2 from EL0/EL1 when EL2 is enabled.
      if (s.el >= 2) {
        return dataAbort(s, s.el, [because('R-ABT-S2-NOREGIME', { current: s.el })], detail);
      }
      if (!el2Enabled(s)) {
        const route = routeFromCurrent(s);
        return dataAbort(s, route.targetEL, [because('R-ABT-S2-OFF'), route.why], detail);
      }
      const why = [because('R-ABT-S2')];
      if (!hcr.vm) why.push(because('R-ABT-S2-OFF'));
      return dataAbort(s, 2, why, detail);
    }
    case 'Undefined':
      return undefinedAt(s, []);
    case 'ERET': {
      // AArch64.CheckForERetTrap (FEAT_NV): at EL1 with EL2 enabled and HCR_EL2.NV=1, ERET is
      // trapped to EL2, EC 0x1A, ISS 0 for a plain ERET. At EL0 the ERET decode is UNDEFINED.
      if (nvActive(s)) return taken(2, EC.ERET, 0, [because('R-NV-ERET-TRAP')]);
      if (s.el === 0) return undefinedAt(s, [because('R-ERET-UNDEF-EL0')]);
      // Not trapped: an exception return (exceptionReturn says whether it is legal).
      return taken(s.el, EC.ERET, 0, [because('R-ERET-NOTRAP', { current: s.el })]);
    }
    case 'IllegalState': {
      // AArch64.CheckIllegalState: PSTATE.IL=1 makes the instruction take an Illegal
      // Execution state exception (EC 0x0E): at the current EL above EL1, else EL1, or EL2
      // from EL0 when HCR_EL2.TGE=1.
      const route = routeFromCurrent(s);
      return taken(route.targetEL, EC.ILLEGAL_STATE, 0, [because('R-ILLEGAL-STATE', { current: s.el }), route.why]);
    }
  }
}

/** Whether an ERET is legal; an ERET at EL0 is not an exception return at all but UNDEFINED. */
export interface EretOutcome {
  legal: boolean;
  /** ERET at EL0: the instruction is UNDEFINED (route it with syncExceptionTarget 'Undefined'). */
  undefinedInstruction: boolean;
}

/**
 * Whether ERET from the current EL to targetEL is legal.
 * Arm ARM D1.3.5; the ERET decode (UNDEFINED when PSTATE.EL == EL0) and
 * IllegalExceptionReturn(). An illegal return sets PSTATE.IL, keeps the EL and branches to
 * ELR_ELx (AArch64.ExceptionReturn, SetPSTATEFromPSR): R-ERET-ILLEGAL-IL says so.
 */
export function exceptionReturn(s: PeState, targetEL: EL): Decision<EretOutcome> {
  const params = { current: s.el, target: targetEL };
  if (s.el === 0) {
    const route = routeFromCurrent(s);
    return {
      result: { legal: false, undefinedInstruction: true },
      because: [because('R-ERET-UNDEF-EL0'), because('R-UNDEF'), route.why],
    };
  }
  const illegal = (rule: 'R-ERET-ILLEGAL-HIGHER' | 'R-ERET-ILLEGAL-ABSENT' | 'R-ERET-ILLEGAL-TGE') => ({
    result: { legal: false, undefinedInstruction: false },
    because: [because(rule, params), because('R-ERET-ILLEGAL-IL', params)],
  });
  if (targetEL > s.el) return illegal('R-ERET-ILLEGAL-HIGHER');
  // ELFromSPSR: an EL that is not implemented, or EL2 when it is not enabled (SCR_EL3.NS=0
  // without Secure EL2), is not a valid target.
  if ((targetEL === 3 && !s.features.el3) || (targetEL === 2 && !el2Enabled(s))) {
    return illegal('R-ERET-ILLEGAL-ABSENT');
  }
  // IllegalExceptionReturn: target_el == EL1 && HCR_EL2.TGE == '1' (EL2 enabled)
  if (targetEL === 1 && tgeActive(s)) return illegal('R-ERET-ILLEGAL-TGE');
  return { result: { legal: true, undefinedInstruction: false }, because: [because('R-ERET-OK', params)] };
}
