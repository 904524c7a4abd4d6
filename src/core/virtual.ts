// Virtual interrupts: a hypervisor's way to interrupt its guest at EL1 without EL2 being
// involved when the guest takes it. Arm ARM D1.3.6 "Virtual interrupts"; ASL (sail-arm
// arm-v9.4-a) AArch64.PendingUnmaskedVirtualInterrupts, InterruptPending,
// AArch64.TakeVirtualIRQException / FIQ / SError.
import { effectiveHcr } from './hcr';
import { type Because, because, type Decision } from './rules';
import { el2Enabled, type PeState } from './state';
import { EC } from './syndrome';

export type VirtualInterruptKind = 'vIRQ' | 'vFIQ' | 'vSError';
export const VIRTUAL_INTERRUPT_KINDS: readonly VirtualInterruptKind[] = ['vIRQ', 'vFIQ', 'vSError'];

export interface VirtualInterruptOutcome {
  /** Something asserts it: HCR_EL2.VI/VF/VSE as written, or the GIC's virtual CPU interface. */
  signalled: boolean;
  /** The PE takes it now, at EL1. */
  taken: boolean;
  /** EL1 when it is pending for the guest (taken now or once unmasked); null when it cannot be. */
  targetEL: 1 | null;
  /** A vSError taken with VSESR_EL2 given (FEAT_RAS): the ESR_EL1 it writes. */
  esr?: { ec: number; iss: number };
  /**
   * A taken vSError clears HCR_EL2.VSE (ASL ClearPendingVirtualSError); HCR_EL2.VI and VF
   * stay 1 after a vIRQ / vFIQ is taken, until EL2 clears them.
   */
  clearsVse?: true;
}

/**
 * `gic`: the GIC's virtual CPU interface signals it (a list register holds a pending vINTID
 * of this group: ASL VirtualIRQPending / VirtualFIQPending). A vSError has no GIC source.
 */
export interface VirtualInterruptDetail {
  gic?: boolean;
  /**
   * VSESR_EL2 (it exists with FEAT_RAS): the syndrome a vSError is taken with. Without it the
   * syndrome is IMPLEMENTATION DEFINED and not given.
   */
  vsesr?: number;
}

/** VSESR_EL2.IDS (bit 24) and ISS (bits 23:0): the bits ESR_EL1 receives. */
const VSESR_SYNDROME_MASK = 0x1ffffff;

const BITS = {
  vIRQ: { pend: 'vi', route: 'imo', mask: 'i', name: 'VI', routeName: 'IMO', maskName: 'I' },
  vFIQ: { pend: 'vf', route: 'fmo', mask: 'f', name: 'VF', routeName: 'FMO', maskName: 'F' },
  vSError: { pend: 'vse', route: 'amo', mask: 'a', name: 'VSE', routeName: 'AMO', maskName: 'A' },
} as const;

/**
 * Whether a virtual interrupt is signalled, pending for EL1 and taken now.
 * ASL AArch64.PendingUnmaskedVirtualInterrupts: only when PSTATE.EL is EL0 or EL1,
 * EL2Enabled() and HCR_EL2.TGE == '0', pending = HCR_EL2.{VSE,VI,VF} AND {AMO,IMO,FMO}
 * (InterruptPending adds the GIC's VirtualIRQPending()/VirtualFIQPending()), then masked by
 * PSTATE.{A,I,F}; AArch64.TakeVirtualIRQException asserts the same and takes it to EL1.
 * FEAT_NMI (HCRX_EL2.VINMI) is not modelled.
 */
export function virtualInterruptTarget(
  s: PeState,
  kind: VirtualInterruptKind,
  detail?: VirtualInterruptDetail,
): Decision<VirtualInterruptOutcome> {
  const b = BITS[kind];
  const params = { kind, bit: b.name, route: b.routeName, mask: b.maskName, current: s.el };
  const why: Because[] = [];
  const gic = kind !== 'vSError' && detail?.gic === true;
  // Written VI/VF/VSE: the bit a direct read returns (the GIC's signal is separate).
  const written = s.features.el2 && s.hcr[b.pend] === true;
  const signalled = written || gic;
  const pending = (targetEL: 1 | null, taken: boolean): Decision<VirtualInterruptOutcome> => ({
    result: { signalled, taken, targetEL },
    because: why,
  });

  if (!signalled) {
    why.push(because('R-VINT-NOT-SIGNALLED', params));
    return pending(null, false);
  }
  why.push(because(gic ? 'R-VINT-GIC' : 'R-VINT-HCR', params));
  if (!el2Enabled(s)) {
    why.push(because('R-VINT-EL2-DISABLED', params));
    return pending(null, false);
  }
  const hcr = effectiveHcr(s);
  if (s.hcr.tge) {
    // HCR_EL2.TGE=1: no virtual interrupt is pending (the ASL's TGE == '0' condition; VI, VF
    // and VSE behave as 0 under TGE).
    why.push(because('R-VINT-TGE', params));
    return pending(null, false);
  }
  if (!hcr[b.route]) {
    why.push(because('R-VINT-ROUTE-OFF', params));
    return pending(null, false);
  }
  if (s.el >= 2) {
    // Virtual interrupts are taken only at EL0/EL1: at EL2/EL3 it waits for the return to the guest.
    why.push(because('R-VINT-PENDING-HIGHER', params));
    return pending(1, false);
  }
  const masked = s.pstate[b.mask];
  why.push(because(masked ? 'R-VINT-MASKED' : 'R-VINT-TAKEN', params));
  const d = pending(1, !masked);
  if (!masked && kind === 'vSError') d.result.clearsVse = true;
  if (!masked && kind === 'vSError' && detail?.vsesr !== undefined) {
    // ASL AArch64.TakeVirtualSErrorException: with FEAT_RAS, ESR_EL1.EC = 0x2F (SError),
    // IL = 1, ISS<24> = VSESR_EL2.IDS and ISS<23:0> = VSESR_EL2.ISS.
    const iss = detail.vsesr & VSESR_SYNDROME_MASK;
    d.result.esr = { ec: EC.SERROR, iss };
    why.push(because('R-VINT-VSESR', { iss: `0x${iss.toString(16)}` }));
  }
  return d;
}
