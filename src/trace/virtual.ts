// Virtual interrupts (HCR_EL2.VI/VF/VSE or a GIC list register): the core models physical
// interrupts only, so the trace explains these here, in the Arm ARM's terms.
// Arm ARM D1.3.6 and AArch64.TakeVirtualIRQException / FIQ / SError, which assert
// PSTATE.EL IN {EL0, EL1}, EL2Enabled(), HCR_EL2.TGE == '0' and HCR_EL2.{IMO,FMO,AMO} == '1';
// the virtual interrupt is masked by PSTATE.{I,F,A}. QEMU 7.2 arm_excp_unmasked() agrees
// (EXCP_VIRQ: taken only if the effective HCR_EL2 has IMO=1 and TGE=0, then !PSTATE.I).
import { type EL, effectiveHcr, el2Enabled, type PeState } from '../core';

export type VirtualKind = 'VIRQ' | 'VFIQ' | 'VSError';

const BITS = {
  VIRQ: { hcr: 'imo', mask: 'i' },
  VFIQ: { hcr: 'fmo', mask: 'f' },
  VSError: { hcr: 'amo', mask: 'a' },
} as const;

export interface VirtualDecision {
  /** Taken now (always to EL1), or not taken (stays pending or is not enabled). */
  taken: boolean;
  targetEL: EL;
  /** The trace rule ids that decided it. */
  rules: string[];
}

export function virtualInterruptTarget(s: PeState, kind: VirtualKind): VirtualDecision {
  const b = BITS[kind];
  const hcr = effectiveHcr(s);
  if (!el2Enabled(s)) return { taken: false, targetEL: 1, rules: ['T-VIRT-NOEL2'] };
  if (s.hcr.tge || !hcr[b.hcr]) return { taken: false, targetEL: 1, rules: ['T-VIRT-DISABLED'] };
  if (s.el > 1) return { taken: false, targetEL: 1, rules: ['T-VIRT-ABOVE'] };
  if (s.pstate[b.mask]) return { taken: false, targetEL: 1, rules: ['T-VIRT-MASKED'] };
  return { taken: true, targetEL: 1, rules: ['T-VIRT-TAKEN'] };
}
