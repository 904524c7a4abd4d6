import { effectiveHcr, el0InHost, tgeActive } from './hcr';
import { type Because, because, type Decision } from './rules';
import { type EL, effectiveScr, el2Enabled, type PeState } from './state';

export type InterruptKind = 'IRQ' | 'FIQ' | 'SError';
export type SyncKind = 'SVC' | 'HVC' | 'SMC' | 'WFI' | 'WFE' | 'Stage1Abort' | 'Stage2Abort' | 'Undefined';

export const INTERRUPT_KINDS: readonly InterruptKind[] = ['IRQ', 'FIQ', 'SError'];
export const SYNC_KINDS: readonly SyncKind[] = [
  'SVC',
  'HVC',
  'SMC',
  'WFI',
  'WFE',
  'Stage1Abort',
  'Stage2Abort',
  'Undefined',
];

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
 * Arm ARM D1.3.4; AArch64.CallSupervisor / AArch64.UndefinedFault:
 *   route_to_el2 = PSTATE.EL == EL0 && EL2Enabled() && HCR_EL2.TGE == '1'
 */
function routeFromCurrent(s: PeState): { targetEL: EL; why: Because } {
  if (s.el === 0) {
    if (tgeActive(s)) return { targetEL: 2, why: because('R-SYNC-EL0-TGE') };
    return { targetEL: 1, why: because('R-SYNC-EL0-EL1') };
  }
  return { targetEL: s.el, why: because('R-SYNC-SAME-EL', { current: s.el }) };
}

type SyncResult = Decision<{ targetEL: EL; undefinedInstruction: boolean }>;

function undefinedAt(s: PeState, lead: Because[]): SyncResult {
  const route = routeFromCurrent(s);
  return {
    result: { targetEL: route.targetEL, undefinedInstruction: true },
    because: [...lead, because('R-UNDEF'), route.why],
  };
}

function taken(targetEL: EL, why: Because[]): SyncResult {
  return { result: { targetEL, undefinedInstruction: false }, because: why };
}

/**
 * Where a synchronous exception (or a trapped instruction) is taken.
 * Arm ARM D1.3.4 and the pseudocode named at each case.
 */
export function syncExceptionTarget(s: PeState, kind: SyncKind): SyncResult {
  const hcr = effectiveHcr(s);
  const scr = effectiveScr(s);
  switch (kind) {
    case 'SVC': {
      // AArch64.CallSupervisor
      const route = routeFromCurrent(s);
      return taken(route.targetEL, [because('R-SVC'), route.why]);
    }
    case 'HVC': {
      // HVC decode: UNDEFINED if !HaveEL(EL2) || EL0 || (EL1 && !EL2Enabled()); then SCR_EL3.HCE.
      if (s.el === 0) return undefinedAt(s, [because('R-HVC-UNDEF-EL0')]);
      if (!s.features.el2 || (s.el === 1 && !el2Enabled(s))) {
        return undefinedAt(s, [because('R-HVC-UNDEF-NOEL2')]);
      }
      if (!scr.hce) return undefinedAt(s, [because('R-HVC-UNDEF-HCE')]);
      // AArch64.CallHypervisor: taken to EL3 when executed at EL3, else EL2.
      if (s.el === 3) return taken(3, [because('R-HVC-EL3')]);
      return taken(2, [because('R-HVC')]);
    }
    case 'SMC': {
      // AArch64.CheckForSMCUndefOrTrap: EL0 UNDEFINED; EL1 trapped by HCR_EL2.TSC before
      // the EL3 check; no EL3 means UNDEFINED (SCR_EL3.SMD is not modelled).
      if (s.el === 0) return undefinedAt(s, [because('R-SMC-UNDEF-EL0')]);
      if (s.el === 1 && el2Enabled(s) && hcr.tsc) return taken(2, [because('R-SMC-TSC')]);
      if (!s.features.el3) return undefinedAt(s, [because('R-SMC-UNDEF-NOEL3')]);
      return taken(3, [because('R-SMC')]);
    }
    case 'WFI':
    case 'WFE': {
      // AArch64.CheckForWFxTrap: EL0/EL1 trapped to EL2 by HCR_EL2.TWI/TWE (as it acts).
      const trap = kind === 'WFI' ? hcr.twi : hcr.twe;
      if (s.el <= 1 && el2Enabled(s) && trap) {
        return taken(2, [because(kind === 'WFI' ? 'R-WFI-TWI' : 'R-WFE-TWE')]);
      }
      return taken(s.el, [because('R-WFX-NOTRAP', { kind, current: s.el })]);
    }
    case 'Stage1Abort': {
      // AArch64.Abort: route_to_el2 = PSTATE.EL IN {EL0, EL1} && EL2Enabled() && HCR_EL2.TGE == '1'
      if (s.el <= 1 && tgeActive(s)) return taken(2, [because('R-ABT-S1'), because('R-ABT-S1-TGE')]);
      if (s.el === 0) return taken(1, [because('R-ABT-S1'), because('R-SYNC-EL0-EL1')]);
      return taken(s.el, [because('R-ABT-S1'), because('R-SYNC-SAME-EL', { current: s.el })]);
    }
    case 'Stage2Abort': {
      // AArch64.Abort: IsSecondStageFault() routes to EL2 from EL0/EL1 when EL2 is enabled.
      if (s.el >= 2) {
        return taken(s.el, [because('R-ABT-S2-NOREGIME', { current: s.el })]);
      }
      if (!el2Enabled(s)) {
        const route = routeFromCurrent(s);
        return taken(route.targetEL, [because('R-ABT-S2-OFF'), route.why]);
      }
      const why = [because('R-ABT-S2')];
      if (!hcr.vm) why.push(because('R-ABT-S2-OFF'));
      return taken(2, why);
    }
    case 'Undefined':
      return undefinedAt(s, []);
  }
}

/**
 * Whether ERET from the current EL to targetEL is legal.
 * Arm ARM D1.3.5; IllegalExceptionReturn().
 */
export function exceptionReturn(s: PeState, targetEL: EL): Decision<{ legal: boolean }> {
  const params = { current: s.el, target: targetEL };
  if (targetEL > s.el) return { result: { legal: false }, because: [because('R-ERET-ILLEGAL-HIGHER', params)] };
  if ((targetEL === 3 && !s.features.el3) || (targetEL === 2 && !el2Enabled(s))) {
    return { result: { legal: false }, because: [because('R-ERET-ILLEGAL-ABSENT', params)] };
  }
  // IllegalExceptionReturn: target_el == EL1 && EL2Enabled() && HCR_EL2.TGE == '1'
  if (targetEL === 1 && tgeActive(s)) {
    return { result: { legal: false }, because: [because('R-ERET-ILLEGAL-TGE', params)] };
  }
  return { result: { legal: true }, because: [because('R-ERET-OK', params)] };
}
