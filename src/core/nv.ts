// FEAT_NV / FEAT_NV2: a guest hypervisor at EL1 that believes it is at EL2. HCR_EL2.NV makes
// EL1 report EL2 in CurrentEL, lets the EL2 register names through (instead of UNDEFINED) and
// traps them and ERET to the real EL2; NV2 turns the registers the Arm ARM maps to the VNCR
// page into plain loads and stores at VNCR_EL2 + offset, so they stop trapping.
// ASL (rems-project/sail-arm, arm-v8.5-a/model/aarch64.sail): AArch64_CheckNVCondsIfCurrentEL,
// AArch64_CheckSystemAccess (nv_access), AArch64_CheckForERetTrap, AArch64_AutoGen_SysRegRead
// (NVMem offsets).
import { type Because, because, type Decision } from './rules';
import { type EL, el2Enabled, type PeState } from './state';

/** HCR_EL2.NV as the PE acts on it: FEAT_NV, EL2 enabled, at EL1 (the only EL it affects here). */
export function nvActive(s: PeState): boolean {
  return s.el === 1 && s.features.nv && el2Enabled(s) && s.hcr.nv === true;
}

/** HCR_EL2.NV2 as it acts: NV active and FEAT_NV2 (RES0 without it). */
export function nv2Active(s: PeState): boolean {
  return nvActive(s) && s.features.nv2 === true && s.hcr.nv2 === true;
}

/** The EL an MRS of CurrentEL returns: EL2 at EL1 under NV (AArch64_CheckNVCondsIfCurrentEL). */
export function currentELReported(s: PeState): Decision<EL> {
  if (nvActive(s)) return { result: 2, because: [because('R-NV-CURRENTEL', { current: s.el })] };
  return { result: s.el, because: [because('R-CURRENTEL', { current: s.el })] };
}

/**
 * Byte offsets in the VNCR_EL2 page, for the registers the lab knows. The Arm ARM's table of
 * VNCR_EL2-mapped registers; the same numbers are the NVMem(offset) accesses of the ASL
 * (sail-arm v8.5-a: SCTLR 272 = 0x110, TTBR0 512 = 0x200, FAR 544 = 0x220, ELR 560 = 0x230,
 * SPSR 352 = 0x160, VBAR 592 = 0x250, HCR_EL2 120 = 0x78, VTTBR_EL2 32 = 0x20) and Linux's
 * arch/arm64/include/asm/vncr_mapping.h.
 */
export const VNCR_OFFSET: Readonly<Record<string, number>> = {
  // EL2 registers of the guest hypervisor itself.
  VTTBR_EL2: 0x020,
  VTCR_EL2: 0x040,
  VMPIDR_EL2: 0x050,
  CNTVOFF_EL2: 0x060,
  HCR_EL2: 0x078,
  HSTR_EL2: 0x080,
  VPIDR_EL2: 0x088,
  TPIDR_EL2: 0x090,
  // EL1 state of its guest (reached by the _EL12 / _EL02 names, or by the _EL1 names when NV1=1).
  CPACR_EL1: 0x100,
  CONTEXTIDR_EL1: 0x108,
  SCTLR_EL1: 0x110,
  TCR_EL1: 0x120,
  AFSR0_EL1: 0x128,
  AFSR1_EL1: 0x130,
  ESR_EL1: 0x138,
  MAIR_EL1: 0x140,
  AMAIR_EL1: 0x148,
  MDSCR_EL1: 0x158,
  SPSR_EL1: 0x160,
  CNTV_CVAL_EL0: 0x168,
  CNTV_CTL_EL0: 0x170,
  CNTP_CVAL_EL0: 0x178,
  CNTP_CTL_EL0: 0x180,
  SCXTNUM_EL1: 0x188,
  TFSR_EL1: 0x190,
  ZCR_EL1: 0x1e0,
  TTBR0_EL1: 0x200,
  TTBR1_EL1: 0x210,
  FAR_EL1: 0x220,
  ELR_EL1: 0x230,
  SP_EL1: 0x240,
  VBAR_EL1: 0x250,
  TCR2_EL1: 0x270,
  PMSCR_EL1: 0x828,
  TRFCR_EL1: 0x880,
};

export type NvAccess =
  | { kind: 'trap'; targetEL: 2; ec: number }
  | { kind: 'memory'; base: 'VNCR_EL2'; offset: number }
  | null;

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(3, '0')}`;

/**
 * What HCR_EL2.{NV,NV1,NV2} do to an access at EL1, or null when they do nothing to it.
 * `el2Name`: an encoding whose lowest EL is EL2 (an _EL2 name, an _EL12/_EL02 alias, SP_EL1),
 * which is UNDEFINED at EL1 without NV. `target`: the register an alias stands for.
 */
export function nvSysregAccess(s: PeState, reg: string, el2Name: boolean, target: string): Decision<NvAccess> {
  const none: Decision<NvAccess> = { result: null, because: [] };
  if (!nvActive(s)) return none;
  const nv1 = s.hcr.nv1 === true;
  const alias = /_EL(12|02)$/.test(reg);
  if (nv2Active(s)) {
    // Which name reaches the guest's EL1 copy in memory: _EL12/_EL02 when the guest
    // hypervisor is VHE (NV1=0), its _EL1 names when it is not (NV1=1); EL2 names always.
    const mapped = alias ? !nv1 : el2Name ? true : nv1;
    const offset = VNCR_OFFSET[alias ? target : reg];
    if (mapped && offset !== undefined) {
      const why: Because[] = [because('R-NV2-VNCR', { reg, offset: hex(offset) })];
      return { result: { kind: 'memory', base: 'VNCR_EL2', offset }, because: why };
    }
  }
  if (el2Name) {
    return {
      result: { kind: 'trap', targetEL: 2, ec: 0x18 },
      because: [because(nv2Active(s) ? 'R-NV2-NOT-MAPPED-TRAP' : 'R-NV-SYSREG-TRAP', { reg })],
    };
  }
  return none;
}
