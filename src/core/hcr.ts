import { type Because, because, type Decision } from './rules';
import { el2Enabled, HCR_ZERO, type Hcr, type PeState, secureBelowEL3 } from './state';

/**
 * The bits HCR_EL2.TGE=1 makes behave as 0 whatever E2H is (HCR_EL2.{VF,VI,VSE,TID3,TVM,
 * TRVM} field descriptions; QEMU arm_hcr_el2_eff_secstate, target/arm/helper.c, v10.1.0).
 */
const TGE_CLEARS = { vi: false, vf: false, vse: false, tvm: false, trvm: false, tid3: false } as const;

/** The bits added with virtual interrupts and the EL1 traps, absent read as 0. */
function withNewBits(h: Hcr): Hcr {
  return { ...h, vi: !!h.vi, vf: !!h.vf, vse: !!h.vse, tvm: !!h.tvm, trvm: !!h.trvm, tid3: !!h.tid3 };
}

/** Why HCR_EL2 does or does not take effect now. */
export function el2Reasons(s: PeState): Because[] {
  if (!s.features.el2) return [because('R-EL2-ABSENT')];
  if (!el2Enabled(s)) return [because('R-EL2-SECURE-DISABLED')];
  return [because('R-EL2-ENABLED', { world: secureBelowEL3(s) ? 'Secure' : 'Non-secure' })];
}

/**
 * HCR_EL2 as the hardware acts on it, with the reasons.
 * Arm ARM HCR_EL2 field descriptions ("behaves as ... for all purposes other than a direct
 * read"); the same list as QEMU's arm_hcr_el2_eff().
 */
export function effectiveHcrDecision(s: PeState): Decision<Hcr> {
  const reasons = el2Reasons(s);
  // HCR_EL2: "has no effect if EL2 is not enabled in the current Security state".
  if (!el2Enabled(s)) return { result: { ...HCR_ZERO }, because: reasons };

  const h: Hcr = withNewBits(s.hcr);
  // HCR_EL2.E2H is RES0 without FEAT_VHE.
  if (!s.features.vhe && h.e2h) {
    h.e2h = false;
    reasons.push(because('R-HCR-E2H-RES0'));
  }
  if (!h.tge) {
    reasons.push(because('R-HCR-AS-WRITTEN'));
    return { result: h, because: reasons };
  }
  if (h.e2h) {
    // HCR_EL2.TGE: "If HCR_EL2.E2H is 1 ... behaves as 0" for VM, FMO, IMO, AMO, TWI, TWE;
    // HCR_EL2.RW: "When HCR_EL2.{E2H, TGE} == {1, 1}, this field behaves as 1".
    Object.assign(h, { vm: false, fmo: false, imo: false, amo: false, twi: false, twe: false, rw: true });
    reasons.push(because('R-HCR-TGE-E2H1'));
  } else {
    // HCR_EL2.{FMO,IMO,AMO}: "When HCR_EL2.TGE is 1 (and E2H is 0) ... behaves as 1".
    Object.assign(h, { fmo: true, imo: true, amo: true });
    reasons.push(because('R-HCR-TGE-E2H0'));
  }
  // HCR_EL2.TSC behaves as 0 whenever TGE is 1, and so do VF, VI, VSE, TID3, TVM and TRVM.
  h.tsc = false;
  Object.assign(h, TGE_CLEARS);
  return { result: h, because: reasons };
}

/** The same values as effectiveHcrDecision, without building reasons (the rules' hot path). */
export function effectiveHcr(s: PeState): Hcr {
  if (!el2Enabled(s)) return { ...HCR_ZERO };
  const h = withNewBits(s.hcr);
  const e2h = h.e2h && s.features.vhe;
  if (!h.tge) return { ...h, e2h };
  const off = { ...TGE_CLEARS, tsc: false };
  if (e2h) return { ...h, ...off, vm: false, fmo: false, imo: false, amo: false, twi: false, twe: false, rw: true };
  return { ...h, ...off, e2h, fmo: true, imo: true, amo: true };
}

/** E2H as the PE acts on it: written E2H, with FEAT_VHE, with EL2 enabled. */
export function e2hActive(s: PeState): boolean {
  return el2Enabled(s) && s.features.vhe && s.hcr.e2h;
}

/** TGE as the PE acts on it (TGE has no effect when EL2 is not enabled). */
export function tgeActive(s: PeState): boolean {
  return el2Enabled(s) && s.hcr.tge;
}

/** Arm ARM ELIsInHost(EL0): EL0 runs in the host's EL2&0 regime. */
export function el0InHost(s: PeState): boolean {
  return e2hActive(s) && tgeActive(s);
}
