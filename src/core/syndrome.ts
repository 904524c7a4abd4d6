// ESR_ELx.EC: the exception classes the core answers with, and their names, so panels can
// decode a syndrome. Arm ARM D24 "ESR_EL1/ESR_EL2/ESR_EL3", field EC; ASL
// AArch64.ExceptionClass (which adds 4 to SVC/HVC/SMC from AArch64 and 1 to aborts taken
// without a change of EL).

export const EC = {
  UNKNOWN: 0x00,
  WFX: 0x01,
  ILLEGAL_STATE: 0x0e,
  SVC64: 0x15,
  HVC64: 0x16,
  SMC64: 0x17,
  SYSREG: 0x18,
  ERET: 0x1a,
  DABT_LOWER: 0x24,
  DABT_CUR: 0x25,
  SERROR: 0x2f,
} as const;

/** ESR_ELx.EC values by number, with the Arm ARM's description. */
export const EC_NAMES: Readonly<Record<number, string>> = {
  [EC.UNKNOWN]: 'Unknown reason (e.g. an UNDEFINED instruction)',
  [EC.WFX]: 'Trapped WFI or WFE instruction',
  [EC.ILLEGAL_STATE]: 'Illegal Execution state',
  [EC.SVC64]: 'SVC instruction execution in AArch64 state',
  [EC.HVC64]: 'HVC instruction execution in AArch64 state',
  [EC.SMC64]: 'SMC instruction execution in AArch64 state',
  [EC.SYSREG]: 'Trapped MSR, MRS or System instruction execution in AArch64 state',
  [EC.ERET]: 'Trapped ERET, ERETAA or ERETAB instruction execution (FEAT_NV)',
  [EC.DABT_LOWER]: 'Data Abort from a lower Exception level',
  [EC.DABT_CUR]: 'Data Abort taken without a change in Exception level',
  [EC.SERROR]: 'SError exception',
};

/** "0x16" for an EC value. */
export function ecHex(ec: number): string {
  return `0x${ec.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * ISS of a trapped WFI/WFE from AArch64 (AArch64.WFxTrap): CV=1 and COND=0b1110
 * (ConditionSyndrome() from AArch64) in ISS[24:20], TI in ISS[1:0] (00 WFI, 01 WFE).
 */
export function wfxIss(kind: 'WFI' | 'WFE'): number {
  return (0b11110 << 20) | (kind === 'WFE' ? 1 : 0);
}

/**
 * ISS of a trapped MSR/MRS from AArch64 (ESR_ELx "ISS encoding for an exception from MSR, MRS,
 * or System instruction execution in AArch64 state"): Op0 [21:20], Op2 [19:17], Op1 [16:14],
 * CRn [13:10], Rt [9:5], CRm [4:1], Direction [0] (1 = read, MRS). Linux esr.h
 * ESR_ELx_SYS64_ISS_* agree.
 */
export function sysregIss(
  e: { op0: number; op1: number; crn: number; crm: number; op2: number },
  rt: number,
  read: boolean,
): number {
  return (
    ((e.op0 & 3) << 20) |
    ((e.op2 & 7) << 17) |
    ((e.op1 & 7) << 14) |
    ((e.crn & 15) << 10) |
    ((rt & 31) << 5) |
    ((e.crm & 15) << 1) |
    (read ? 1 : 0)
  );
}

/**
 * ISS of a Data Abort with a valid instruction syndrome (ESR_ELx "ISS encoding for an
 * exception from a Data Abort"): ISV [24], SAS [23:22] (access size, log2 bytes), SRT [20:16]
 * (the register transferred), SF [15] (64-bit register), WnR [6], DFSC [5:0]. Linux
 * kvm_vcpu_dabt_isvalid / kvm_vcpu_dabt_get_rd / kvm_vcpu_dabt_iswrite read these fields.
 */
export function dataAbortIss(a: {
  srt: number;
  write: boolean;
  sizeLog2?: number;
  sf?: boolean;
  dfsc?: number;
}): number {
  const sas = a.sizeLog2 ?? 2;
  const sf = a.sf ?? sas === 3;
  // DFSC 0b000111: translation fault, level 3.
  const dfsc = a.dfsc ?? 0b000111;
  return (
    (1 << 24) | ((sas & 3) << 22) | ((a.srt & 31) << 16) | ((sf ? 1 : 0) << 15) | ((a.write ? 1 : 0) << 6) | (dfsc & 63)
  );
}
