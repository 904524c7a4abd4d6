import { e2hActive, effectiveHcr, el0InHost, tgeActive } from './hcr';
import { type Because, because, type Decision } from './rules';
import type { PeState } from './state';

export type Regime = 'EL1&0' | 'EL2' | 'EL2&0' | 'EL3';

export interface RegimeInfo {
  regime: Regime;
  /** Stage 1 translation is on (it is off for EL0 when HCR_EL2.TGE=1 and E2H=0). */
  stage1: boolean;
  /** VA ranges: 2 = a low (TTBR0) and a high (TTBR1) range; 1 = TTBR0 only (or flat). */
  ranges: 1 | 2;
  asid: boolean;
  /** Stage 2 (VTTBR_EL2, VMID) applies to this regime now. */
  stage2: boolean;
}

/**
 * The translation regime of the current EL. Arm ARM D8.1 "Translation regimes",
 * ELIsInHost(), HCR_EL2.{E2H,TGE,VM}.
 */
export function translationRegime(s: PeState): Decision<RegimeInfo> {
  const why: Because[] = [];
  if (s.el === 3) {
    why.push(because('R-REGIME-EL3'));
    return { result: { regime: 'EL3', stage1: true, ranges: 1, asid: false, stage2: false }, because: why };
  }
  if (s.el === 2) {
    if (e2hActive(s)) {
      why.push(because('R-REGIME-EL20'));
      return { result: { regime: 'EL2&0', stage1: true, ranges: 2, asid: true, stage2: false }, because: why };
    }
    why.push(because('R-REGIME-EL2'));
    return { result: { regime: 'EL2', stage1: true, ranges: 1, asid: false, stage2: false }, because: why };
  }
  if (s.el === 0 && el0InHost(s)) {
    why.push(because('R-REGIME-EL0-HOST'));
    return { result: { regime: 'EL2&0', stage1: true, ranges: 2, asid: true, stage2: false }, because: why };
  }
  if (s.el === 0 && tgeActive(s)) {
    // E2H=0, TGE=1: SCTLR_EL1.M behaves as 0 for EL0; host EL0 sees a flat map, no stage 2.
    why.push(because('R-REGIME-TGE-S1-OFF'), because('R-STAGE2-OFF'));
    return { result: { regime: 'EL1&0', stage1: false, ranges: 1, asid: false, stage2: false }, because: why };
  }
  why.push(because('R-REGIME-EL10', { current: s.el }));
  const stage2 = effectiveHcr(s).vm;
  why.push(because(stage2 ? 'R-STAGE2-ON' : 'R-STAGE2-OFF'));
  return { result: { regime: 'EL1&0', stage1: true, ranges: 2, asid: true, stage2 }, because: why };
}
