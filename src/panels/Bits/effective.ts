// Why a written HCR_EL2 bit acts differently: read off the core's effective value, so the
// panel explains the difference without re-implementing the rule.
import type { Hcr, PeState } from '../../core';

export type WhyDiffers = 'el2Off' | 'noVhe' | 'tgeE2h' | 'tge';

export function whyDiffers(pe: PeState, effective: Hcr, key: keyof Hcr): WhyDiffers | null {
  // Bits a state leaves out read as 0.
  if (!!pe.hcr[key] === !!effective[key]) return null;
  // EL2 disabled makes every field, RW included, behave as 0.
  if (Object.values(effective).every((v) => !v)) return 'el2Off';
  if (key === 'e2h') return 'noVhe';
  return effective.e2h && pe.hcr.tge ? 'tgeE2h' : 'tge';
}
