// The Generic Timer controls a hypervisor uses: CNTHCTL_EL2's EL1 physical counter / timer
// enables (whose bit positions move with HCR_EL2.E2H) and the virtual offset CNTVOFF_EL2.

import { ENCODINGS } from './encodings';
import { e2hActive, el0InHost } from './hcr';
import { type Because, because, type Decision } from './rules';
import { type EL, el2Enabled, type PeState } from './state';
import { EC, sysregIss } from './syndrome';

/** CNTPCT_EL0 (the physical counter) or CNTP_{CTL,CVAL,TVAL}_EL0 (the EL1 physical timer). */
export type PhysicalTimerResource = 'counter' | 'timer';

export interface TimerAccessOutcome {
  trapped: boolean;
  /** EL2 when trapped (ESR_EL2.EC 0x18), null otherwise. */
  targetEL: EL | null;
  ec?: number;
  /** ESR_EL2.ISS of the trapped MRS/MSR, when the caller named the register. */
  iss?: number;
  /** The CNTHCTL_EL2 field that decides, and its bit position under the current E2H. */
  field: string | null;
  bit: number | null;
}

/**
 * CNTHCTL_EL2's enables, by layout. With E2H=0: EL1PCTEN bit 0, EL1PCEN bit 1. With E2H=1
 * the register takes CNTKCTL_EL1's layout and the EL1 enables move to EL1PCTEN bit 10,
 * EL1PTEN bit 11; EL0 of the host is governed by EL0PCTEN bit 0 / EL0PTEN bit 9.
 * (Arm ARM CNTHCTL_EL2 field descriptions; sail-arm v9.4-a CNTHCTL_EL2_Type.)
 */
export const CNTHCTL_FIELDS = {
  e2h0: { counter: { field: 'EL1PCTEN', bit: 0 }, timer: { field: 'EL1PCEN', bit: 1 } },
  e2h1: { counter: { field: 'EL1PCTEN', bit: 10 }, timer: { field: 'EL1PTEN', bit: 11 } },
  host: { counter: { field: 'EL0PCTEN', bit: 0 }, timer: { field: 'EL0PTEN', bit: 9 } },
} as const;

/**
 * Whether an access to the physical counter or timer is trapped to EL2 by CNTHCTL_EL2
 * (`cnthctl`, the register's value). CNTPCT_EL0 / CNTP_CTL_EL0 "Accessing" pseudocode, e.g.
 * `elsif EL2Enabled() && HCR_EL2.E2H == '0' && CNTHCTL_EL2.EL1PCTEN == '0' then
 * AArch64.SystemAccessTrap(EL2, 0x18)`; QEMU gt_counter_access / gt_timer_access
 * (target/arm/helper.c; QEMU 7.2 checks bit 1 for an EL0 CNTPCT_EL0 read with E2H=0, fixed by
 * d01448c79d: the probes name it QEMU-CNTPCT-EL0-E2H0). At EL0 outside the host, CNTKCTL_EL1 is taken as permitting EL0 (its
 * own trap goes to EL1 first). ECV (EL1TVT/EL1TVCT) is not modelled.
 */
export function physicalTimerAccess(
  s: PeState,
  resource: PhysicalTimerResource,
  cnthctl: number,
  access?: { reg: string; op: 'MRS' | 'MSR'; rt?: number },
): Decision<TimerAccessOutcome> {
  const none = (rule: 'R-TIMER-EL2-UP' | 'R-TIMER-NOEL2'): Decision<TimerAccessOutcome> => ({
    result: { trapped: false, targetEL: null, field: null, bit: null },
    because: [because(rule, { resource, current: s.el })],
  });
  if (s.el >= 2) return none('R-TIMER-EL2-UP');
  if (!el2Enabled(s)) return none('R-TIMER-NOEL2');
  const layout = s.el === 0 && el0InHost(s) ? 'host' : e2hActive(s) ? 'e2h1' : 'e2h0';
  const { field, bit } = CNTHCTL_FIELDS[layout][resource];
  const enabled = ((cnthctl >>> bit) & 1) === 1;
  const rule = layout === 'host' ? 'R-TIMER-HOST-EL0' : layout === 'e2h1' ? 'R-TIMER-E2H1' : 'R-TIMER-E2H0';
  const why: Because[] = [
    because(rule, { resource, field, bit, current: s.el }),
    because(enabled ? 'R-TIMER-ENABLED' : 'R-TIMER-TRAPPED', { field, bit }),
  ];
  if (enabled) return { result: { trapped: false, targetEL: null, field, bit }, because: why };
  const result: TimerAccessOutcome = { trapped: true, targetEL: 2, ec: EC.SYSREG, field, bit };
  const enc = access ? ENCODINGS[access.reg.toUpperCase()] : undefined;
  if (access && enc) result.iss = sysregIss(enc, access.rt ?? 0, access.op === 'MRS');
  return { result, because: why };
}

/**
 * Whether a read of the virtual counter (CNTVCT_EL0, and the virtual timer's compare) at the
 * current EL sees CNTVOFF_EL2: virtual count = physical count - offset. The offset is 0
 * without EL2, at EL2 with E2H=1 and at EL0 with {E2H,TGE}={1,1} (Arm ARM CNTVOFF_EL2 and
 * CNTVCT_EL0; ASL TestEventCNTV; QEMU 7.2 gt_virt_cnt_offset, gt_direct_access_timer_offset
 * in later releases; the QEMU probes agree at EL0-EL3 in every world, E2H and TGE). EL3 and
 * EL2 with E2H=0 see it.
 */
export function virtualCounterOffset(s: PeState): Decision<{ offset: boolean }> {
  const p = { current: s.el };
  if (!s.features.el2) return { result: { offset: false }, because: [because('R-CNTVOFF-NOEL2', p)] };
  if (s.el === 2 && e2hActive(s)) return { result: { offset: false }, because: [because('R-CNTVOFF-EL2-E2H', p)] };
  if (s.el === 0 && el0InHost(s)) return { result: { offset: false }, because: [because('R-CNTVOFF-HOST-EL0', p)] };
  return { result: { offset: true }, because: [because('R-CNTVOFF-APPLIES', p)] };
}
