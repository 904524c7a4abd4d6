// The MRS/MSR encodings of the registers whose traps the core models, for the ISS of a
// trapped access (ESR_ELx EC 0x18). Checked against Linux's arch/arm64/tools/sysreg and
// arch/arm64/include/asm/sysreg.h (v6.12) and the Arm ARM register descriptions
// ("Accessing <reg>": op0, op1, CRn, CRm, op2).

export interface Encoding {
  op0: number;
  op1: number;
  crn: number;
  crm: number;
  op2: number;
}

const enc = (op0: number, op1: number, crn: number, crm: number, op2: number): Encoding => ({
  op0,
  op1,
  crn,
  crm,
  op2,
});

/**
 * The EL1 virtual-memory controls HCR_EL2.TVM (writes) and TRVM (reads) trap from EL1
 * (HCR_EL2.TVM / TRVM field descriptions; FEAT_SCTLR2 / FEAT_TCR2 registers not modelled).
 */
export const TVM_REGISTERS = {
  SCTLR_EL1: enc(3, 0, 1, 0, 0),
  TTBR0_EL1: enc(3, 0, 2, 0, 0),
  TTBR1_EL1: enc(3, 0, 2, 0, 1),
  TCR_EL1: enc(3, 0, 2, 0, 2),
  AFSR0_EL1: enc(3, 0, 5, 1, 0),
  AFSR1_EL1: enc(3, 0, 5, 1, 1),
  ESR_EL1: enc(3, 0, 5, 2, 0),
  FAR_EL1: enc(3, 0, 6, 0, 0),
  MAIR_EL1: enc(3, 0, 10, 2, 0),
  AMAIR_EL1: enc(3, 0, 10, 3, 0),
  CONTEXTIDR_EL1: enc(3, 0, 13, 0, 1),
} as const satisfies Record<string, Encoding>;

/**
 * The ID group 3 registers HCR_EL2.TID3 traps at EL1 (HCR_EL2.TID3 field description: the
 * AArch64 and AArch32 feature ID registers at op0=3, op1=0, CRn=0, CRm=1..7). The
 * unallocated encodings of that space, also trapped, have no name and are not listed.
 */
// biome-ignore format: one line per CRm row, as the Arm ARM's ID register space is laid out
export const TID3_REGISTERS = {
  ID_PFR0_EL1: enc(3, 0, 0, 1, 0), ID_PFR1_EL1: enc(3, 0, 0, 1, 1), ID_DFR0_EL1: enc(3, 0, 0, 1, 2), ID_AFR0_EL1: enc(3, 0, 0, 1, 3),
  ID_MMFR0_EL1: enc(3, 0, 0, 1, 4), ID_MMFR1_EL1: enc(3, 0, 0, 1, 5), ID_MMFR2_EL1: enc(3, 0, 0, 1, 6), ID_MMFR3_EL1: enc(3, 0, 0, 1, 7),
  ID_ISAR0_EL1: enc(3, 0, 0, 2, 0), ID_ISAR1_EL1: enc(3, 0, 0, 2, 1), ID_ISAR2_EL1: enc(3, 0, 0, 2, 2), ID_ISAR3_EL1: enc(3, 0, 0, 2, 3),
  ID_ISAR4_EL1: enc(3, 0, 0, 2, 4), ID_ISAR5_EL1: enc(3, 0, 0, 2, 5), ID_MMFR4_EL1: enc(3, 0, 0, 2, 6), ID_ISAR6_EL1: enc(3, 0, 0, 2, 7),
  MVFR0_EL1: enc(3, 0, 0, 3, 0), MVFR1_EL1: enc(3, 0, 0, 3, 1), MVFR2_EL1: enc(3, 0, 0, 3, 2),
  ID_PFR2_EL1: enc(3, 0, 0, 3, 4), ID_DFR1_EL1: enc(3, 0, 0, 3, 5), ID_MMFR5_EL1: enc(3, 0, 0, 3, 6),
  ID_AA64PFR0_EL1: enc(3, 0, 0, 4, 0), ID_AA64PFR1_EL1: enc(3, 0, 0, 4, 1), ID_AA64PFR2_EL1: enc(3, 0, 0, 4, 2),
  ID_AA64ZFR0_EL1: enc(3, 0, 0, 4, 4), ID_AA64SMFR0_EL1: enc(3, 0, 0, 4, 5),
  ID_AA64DFR0_EL1: enc(3, 0, 0, 5, 0), ID_AA64DFR1_EL1: enc(3, 0, 0, 5, 1),
  ID_AA64AFR0_EL1: enc(3, 0, 0, 5, 4), ID_AA64AFR1_EL1: enc(3, 0, 0, 5, 5),
  ID_AA64ISAR0_EL1: enc(3, 0, 0, 6, 0), ID_AA64ISAR1_EL1: enc(3, 0, 0, 6, 1), ID_AA64ISAR2_EL1: enc(3, 0, 0, 6, 2),
  ID_AA64MMFR0_EL1: enc(3, 0, 0, 7, 0), ID_AA64MMFR1_EL1: enc(3, 0, 0, 7, 1), ID_AA64MMFR2_EL1: enc(3, 0, 0, 7, 2),
  ID_AA64MMFR3_EL1: enc(3, 0, 0, 7, 3), ID_AA64MMFR4_EL1: enc(3, 0, 0, 7, 4),
} as const satisfies Record<string, Encoding>;

/**
 * The identification registers whose EL1 reads EL2 virtualizes (MIDR_EL1 / MPIDR_EL1
 * "Accessing": at EL1 with EL2Enabled() the read returns VPIDR_EL2 / VMPIDR_EL2).
 */
export const VIRTUAL_ID_REGISTERS = {
  MIDR_EL1: { enc: enc(3, 0, 0, 0, 0), virtual: 'VPIDR_EL2' },
  MPIDR_EL1: { enc: enc(3, 0, 0, 0, 5), virtual: 'VMPIDR_EL2' },
} as const;

export const ENCODINGS: Readonly<Record<string, Encoding>> = {
  ...TVM_REGISTERS,
  ...TID3_REGISTERS,
  MIDR_EL1: VIRTUAL_ID_REGISTERS.MIDR_EL1.enc,
  MPIDR_EL1: VIRTUAL_ID_REGISTERS.MPIDR_EL1.enc,
  // The EL1 physical counter and timer, for the ISS of a CNTHCTL_EL2 trap.
  CNTPCT_EL0: enc(3, 3, 14, 0, 1),
  CNTP_TVAL_EL0: enc(3, 3, 14, 2, 0),
  CNTP_CTL_EL0: enc(3, 3, 14, 2, 1),
  CNTP_CVAL_EL0: enc(3, 3, 14, 2, 2),
  VPIDR_EL2: enc(3, 4, 0, 0, 0),
  VMPIDR_EL2: enc(3, 4, 0, 0, 5),
};

/** "S3_0_C1_C0_0": the generic name an assembler accepts for an encoding. */
export function encodingName(e: Encoding): string {
  return `S${e.op0}_${e.op1}_C${e.crn}_C${e.crm}_${e.op2}`;
}
