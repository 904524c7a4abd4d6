import { e2hActive, effectiveHcr, el0InHost, tgeActive } from './hcr';
import { type Because, because, type Decision } from './rules';
import { type PeState, secureBelowEL3 } from './state';

export type Regime = 'EL1&0' | 'EL2' | 'EL2&0' | 'EL3';

export interface RegimeInfo {
  regime: Regime;
  /** Stage 1 translation is on (the EL1&0 stage 1 is off while HCR_EL2.TGE=1, AArch64.S1Enabled). */
  stage1: boolean;
  /** VA ranges: 2 = a low (TTBR0) and a high (TTBR1) range; 1 = TTBR0 only (or flat). */
  ranges: 1 | 2;
  asid: boolean;
  /** Stage 2 (VTTBR_EL2, VMID) applies to this regime now. */
  stage2: boolean;
  /**
   * The translation table base registers stage 1 walks (empty when stage 1 is off: a flat
   * map). SCTLR_ELx.M is taken as 1.
   */
  stage1Tables: string[];
  /**
   * The table stage 2 walks (VTTBR_EL2; VSTTBR_EL2 for the Secure IPA space under Secure
   * EL2), or null without stage 2.
   */
  stage2Table: 'VTTBR_EL2' | 'VSTTBR_EL2' | null;
  /** Stage 2 entries are tagged with the VMID of VTTBR_EL2 (whenever stage 2 applies). */
  vmid: boolean;
}

const TABLES = {
  'EL1&0': ['TTBR0_EL1', 'TTBR1_EL1'],
  EL2: ['TTBR0_EL2'],
  'EL2&0': ['TTBR0_EL2', 'TTBR1_EL2'],
  EL3: ['TTBR0_EL3'],
} as const;

/** Adds the tables and tags: which registers each stage walks, and the VMID tag with stage 2. */
function withTables(
  s: PeState,
  r: Omit<RegimeInfo, 'stage1Tables' | 'stage2Table' | 'vmid'>,
  why: Because[],
): Decision<RegimeInfo> {
  const stage2Table = r.stage2 ? (secureBelowEL3(s) ? 'VSTTBR_EL2' : 'VTTBR_EL2') : null;
  const result: RegimeInfo = {
    ...r,
    stage1Tables: r.stage1 ? [...TABLES[r.regime]] : [],
    stage2Table,
    vmid: r.stage2,
  };
  why.push(
    because('R-REGIME-TABLES', {
      tables: result.stage1Tables.join(', ') || '-',
      stage2: stage2Table ?? '-',
      tags: [result.asid ? 'ASID' : '', result.vmid ? 'VMID' : ''].filter(Boolean).join(' + ') || '-',
    }),
  );
  return { result, because: why };
}

/**
 * The translation regime of the current EL. Arm ARM D8.1 "Translation regimes",
 * ELIsInHost(), AArch64.S1Enabled, AArch64.FullTranslate, HCR_EL2.{E2H,TGE,VM}.
 */
export function translationRegime(s: PeState): Decision<RegimeInfo> {
  const d = regimeOnly(s);
  return withTables(s, d.result, d.because);
}

function regimeOnly(s: PeState): Decision<Omit<RegimeInfo, 'stage1Tables' | 'stage2Table' | 'vmid'>> {
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
  // EL0/EL1 in the EL1&0 regime. Stage 2 applies to it whenever EL2 is enabled and VM acts
  // as 1 (AArch64.FullTranslate: regime == Regime_EL10 && EL2Enabled(), then
  // AArch64.S2Translate on HCR_EL2.VM); TGE clears the effective VM only with E2H=1
  // (HCR_EL2.TGE; QEMU arm_hcr_el2_eff), so {E2H,TGE}={0,1} with VM=1 keeps stage 2.
  const stage2 = effectiveHcr(s).vm;
  // In Secure state (EL2 enabled there by SCR_EL3.EEL2) the Secure IPA space has its own
  // stage 2 tables, VSTTBR_EL2 (Arm ARM VSTTBR_EL2, VSTCR_EL2; AArch64.S2Translate).
  const secureS2 = stage2 && secureBelowEL3(s);
  const s2 = because(stage2 ? (secureS2 ? 'R-STAGE2-SECURE' : 'R-STAGE2-ON') : 'R-STAGE2-OFF');
  if (tgeActive(s)) {
    // AArch64.S1Enabled(Regime_EL10): (!EL2Enabled() || HCR_EL2.<DC,TGE> == '00') && SCTLR_EL1.M:
    // TGE=1 turns the EL1&0 stage 1 off (a flat map), at EL0 and at EL1.
    why.push(because('R-REGIME-TGE-S1-OFF', { current: s.el }), s2);
    return { result: { regime: 'EL1&0', stage1: false, ranges: 1, asid: false, stage2 }, because: why };
  }
  why.push(because('R-REGIME-EL10', { current: s.el }), s2);
  return { result: { regime: 'EL1&0', stage1: true, ranges: 2, asid: true, stage2 }, because: why };
}
