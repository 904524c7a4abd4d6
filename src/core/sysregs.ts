import { ENCODINGS, TID3_REGISTERS, TVM_REGISTERS, VIRTUAL_ID_REGISTERS } from './encodings';
import { e2hActive, effectiveHcr, el0InHost } from './hcr';
import { nvSysregAccess } from './nv';
import { type Because, because, type Decision } from './rules';
import { type EL, el2Enabled, type PeState } from './state';
import { EC, sysregIss } from './syndrome';

/**
 * FEAT_VHE register redirection as one table (Arm ARM D5.? "Virtualization Host
 * Extensions", the _EL12/_EL02 alias list; Arm guide 102142 "Re-directing register
 * accesses"). At EL2 with HCR_EL2.E2H=1 the `from` name reaches `to`; the `alias` name
 * reaches the real `from` register.
 */
export interface RedirectRow {
  from: string;
  to: string;
  alias: string;
  /** Feature the row's registers need, as named by the Arm ARM (assumed implemented). */
  feature?: string;
  /** The `to` register exists only with FEAT_VHE (e.g. TTBR1_EL2, CONTEXTIDR_EL2, CNTHV_*). */
  toNeedsVhe?: boolean;
  /** One line for the redirection table (why the row is special). */
  note?: string;
}

export const REDIRECTS: readonly RedirectRow[] = [
  { from: 'SCTLR_EL1', to: 'SCTLR_EL2', alias: 'SCTLR_EL12' },
  { from: 'SCTLR2_EL1', to: 'SCTLR2_EL2', alias: 'SCTLR2_EL12', feature: 'FEAT_SCTLR2' },
  { from: 'CPACR_EL1', to: 'CPTR_EL2', alias: 'CPACR_EL12', note: 'CPTR_EL2 takes CPACR_EL1\u2019s layout under E2H' },
  { from: 'TTBR0_EL1', to: 'TTBR0_EL2', alias: 'TTBR0_EL12' },
  { from: 'TTBR1_EL1', to: 'TTBR1_EL2', alias: 'TTBR1_EL12', toNeedsVhe: true, note: 'TTBR1_EL2 is new with FEAT_VHE' },
  { from: 'TCR_EL1', to: 'TCR_EL2', alias: 'TCR_EL12', note: 'TCR_EL2 takes TCR_EL1\u2019s layout under E2H' },
  { from: 'TCR2_EL1', to: 'TCR2_EL2', alias: 'TCR2_EL12', feature: 'FEAT_TCR2' },
  { from: 'AFSR0_EL1', to: 'AFSR0_EL2', alias: 'AFSR0_EL12' },
  { from: 'AFSR1_EL1', to: 'AFSR1_EL2', alias: 'AFSR1_EL12' },
  { from: 'ESR_EL1', to: 'ESR_EL2', alias: 'ESR_EL12' },
  { from: 'FAR_EL1', to: 'FAR_EL2', alias: 'FAR_EL12' },
  { from: 'MAIR_EL1', to: 'MAIR_EL2', alias: 'MAIR_EL12' },
  { from: 'AMAIR_EL1', to: 'AMAIR_EL2', alias: 'AMAIR_EL12' },
  { from: 'VBAR_EL1', to: 'VBAR_EL2', alias: 'VBAR_EL12' },
  { from: 'CONTEXTIDR_EL1', to: 'CONTEXTIDR_EL2', alias: 'CONTEXTIDR_EL12', toNeedsVhe: true },
  {
    from: 'CNTKCTL_EL1',
    to: 'CNTHCTL_EL2',
    alias: 'CNTKCTL_EL12',
    note: 'CNTHCTL_EL2 takes CNTKCTL_EL1\u2019s layout',
  },
  { from: 'SPSR_EL1', to: 'SPSR_EL2', alias: 'SPSR_EL12' },
  { from: 'ELR_EL1', to: 'ELR_EL2', alias: 'ELR_EL12' },
  // The feature-gated rows. QEMU's define_arm_vh_e2h_redirects_aliases (target/arm/helper.c,
  // as in qemu master of 2025-09-16, after v10.1.0, read from the patch "target/arm: Remove
  // define_arm_vh_e2h_redirects_aliases" that folded it into each register) lists SCTLR2
  // (FEAT_SCTLR2), TCR2 (FEAT_TCR2), ZCR (FEAT_SVE), SMCR (FEAT_SME), TFSR (FEAT_MTE) and
  // SCXTNUM (FEAT_CSV2_2, its isar_feature_aa64_scxtnum); PMSCR (FEAT_SPE) and TRFCR
  // (FEAT_TRF) are "TODO" there but are E2H-redirected in the Arm ARM.
  { from: 'ZCR_EL1', to: 'ZCR_EL2', alias: 'ZCR_EL12', feature: 'FEAT_SVE' },
  { from: 'SMCR_EL1', to: 'SMCR_EL2', alias: 'SMCR_EL12', feature: 'FEAT_SME' },
  { from: 'TRFCR_EL1', to: 'TRFCR_EL2', alias: 'TRFCR_EL12', feature: 'FEAT_TRF' },
  { from: 'PMSCR_EL1', to: 'PMSCR_EL2', alias: 'PMSCR_EL12', feature: 'FEAT_SPE' },
  { from: 'TFSR_EL1', to: 'TFSR_EL2', alias: 'TFSR_EL12', feature: 'FEAT_MTE' },
  { from: 'SCXTNUM_EL1', to: 'SCXTNUM_EL2', alias: 'SCXTNUM_EL12', feature: 'FEAT_CSV2_2' },
  // The EL0 timers: redirected at EL2 with E2H=1, and at EL0 with {E2H,TGE}={1,1}.
  { from: 'CNTP_TVAL_EL0', to: 'CNTHP_TVAL_EL2', alias: 'CNTP_TVAL_EL02' },
  { from: 'CNTP_CTL_EL0', to: 'CNTHP_CTL_EL2', alias: 'CNTP_CTL_EL02' },
  { from: 'CNTP_CVAL_EL0', to: 'CNTHP_CVAL_EL2', alias: 'CNTP_CVAL_EL02' },
  { from: 'CNTV_TVAL_EL0', to: 'CNTHV_TVAL_EL2', alias: 'CNTV_TVAL_EL02', toNeedsVhe: true },
  { from: 'CNTV_CTL_EL0', to: 'CNTHV_CTL_EL2', alias: 'CNTV_CTL_EL02', toNeedsVhe: true },
  { from: 'CNTV_CVAL_EL0', to: 'CNTHV_CVAL_EL2', alias: 'CNTV_CVAL_EL02', toNeedsVhe: true },
];

/**
 * Registers no E2H setting redirects. `readOnlyBelow`: MSR is UNDEFINED below this EL.
 * `minEL`: the lowest EL that may access it, when not the EL its name says.
 */
interface PlainRegister {
  name: string;
  /** 'highest': writable only at the highest implemented EL (CNTFRQ_EL0). */
  readOnlyBelow?: number | 'highest';
  minEL?: EL;
}

const plain = (names: string[], readOnlyBelow?: number | 'highest'): PlainRegister[] =>
  names.map((name) => (readOnlyBelow === undefined ? { name } : { name, readOnlyBelow }));

export const NOT_REDIRECTED: readonly PlainRegister[] = [
  // SP_ELx is accessible only from a higher EL (Arm ARM C5.2, SP_EL0/SP_EL1/SP_EL2).
  { name: 'SP_EL0', minEL: 1 },
  { name: 'SP_EL1', minEL: 2 },
  { name: 'SP_EL2', minEL: 3 },
  ...plain(['TPIDR_EL0']),
  ...plain(['TPIDRRO_EL0'], 1),
  // CNTFRQ_EL0 is writable only at the highest implemented EL (Arm ARM D11, CNTFRQ_EL0).
  ...plain(['CNTFRQ_EL0'], 'highest'),
  ...plain(['CNTPCT_EL0', 'CNTVCT_EL0'], 4),
  ...plain([
    'TPIDR_EL1',
    'PAR_EL1',
    'ACTLR_EL1',
    'MDSCR_EL1',
    'CSSELR_EL1',
    'APIAKEYLO_EL1',
    'APIAKEYHI_EL1',
    'APIBKEYLO_EL1',
    'APIBKEYHI_EL1',
    'APDAKEYLO_EL1',
    'APDAKEYHI_EL1',
    'APDBKEYLO_EL1',
    'APDBKEYHI_EL1',
    'APGAKEYLO_EL1',
    'APGAKEYHI_EL1',
  ]),
  // Identification registers (read-only; EL0 reads are UNDEFINED without FEAT_IDST, which
  // is not modelled): the ID group 3 registers HCR_EL2.TID3 traps, and MIDR/MPIDR.
  ...Object.keys(TID3_REGISTERS).map((name) => ({ name, readOnlyBelow: 4 })),
  ...plain(Object.keys(VIRTUAL_ID_REGISTERS), 4),
  ...plain([
    'HCR_EL2',
    'VTTBR_EL2',
    'VTCR_EL2',
    'HPFAR_EL2',
    'TPIDR_EL2',
    'MDCR_EL2',
    'HSTR_EL2',
    'VPIDR_EL2',
    'VMPIDR_EL2',
    'CNTVOFF_EL2',
  ]),
  ...plain([
    'SCR_EL3',
    'SCTLR_EL3',
    'VBAR_EL3',
    'ELR_EL3',
    'SPSR_EL3',
    'ESR_EL3',
    'FAR_EL3',
    'TTBR0_EL3',
    'TCR_EL3',
    'MAIR_EL3',
    'CPTR_EL3',
    'TPIDR_EL3',
  ]),
];

type Entry =
  | { kind: 'from'; row: RedirectRow }
  | { kind: 'to'; row: RedirectRow }
  | { kind: 'alias'; row: RedirectRow }
  | { kind: 'plain'; reg: PlainRegister };

const CATALOGUE = new Map<string, Entry>();
for (const row of REDIRECTS) {
  CATALOGUE.set(row.from, { kind: 'from', row });
  CATALOGUE.set(row.to, { kind: 'to', row });
  CATALOGUE.set(row.alias, { kind: 'alias', row });
}
for (const reg of NOT_REDIRECTED) CATALOGUE.set(reg.name, { kind: 'plain', reg });

/** Every register name the core knows, sorted. */
export function knownRegisters(): string[] {
  return [...CATALOGUE.keys()].sort();
}

/** The EL whose register a name is: the suffix _EL0.._EL3; the aliases belong to EL2. */
export function ownerEL(name: string): EL {
  if (/_EL(12|02)$/.test(name)) return 2;
  const m = /_EL([0-3])$/.exec(name);
  return Number(m?.[1] ?? 0) as EL;
}

export class UnknownRegisterError extends Error {
  constructor(name: string) {
    const near = nearest(name);
    super(
      `Unknown system register "${name}". VHE Lab models the registers of FEAT_VHE redirection and their neighbours` +
        (near ? `; did you mean ${near}?` : '.'),
    );
    this.name = 'UnknownRegisterError';
  }
}

function nearest(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of CATALOGUE.keys()) {
    const d = editDistance(name.toUpperCase(), known);
    if (d < bestDistance) {
      bestDistance = d;
      best = known;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * How a name reached its register: FEAT_VHE redirection (an _EL1/_EL0 name reaching the
 * _EL2 register), an _EL12/_EL02 alias (its own encoding, reaching the real EL1/EL0
 * register), EL2's virtual identification register (MIDR_EL1/MPIDR_EL1 read at EL1 with EL2
 * enabled: VPIDR_EL2/VMPIDR_EL2) or directly (the name's own register).
 */
export type SysregVia = 'redirect' | 'alias' | 'direct' | 'virtual';

export type SysregResult =
  | { kind: 'register'; reaches: string; via: SysregVia }
  | { kind: 'undefined' }
  /**
   * A trapped access: ESR_EL2.EC 0x18 with the ISS of the MSR/MRS (its encoding, Rt and
   * direction) where the core knows the encoding. HCR_EL2.TVM/TRVM/TID3 produce it with the
   * ISS; FEAT_NV's HCR_EL2.NV at EL1 (nv.ts) without it. FEAT_FGT traps are not modelled.
   */
  | { kind: 'trap'; targetEL: EL; ec: number; iss?: number }
  /** FEAT_NV2: the access is a load or store at VNCR_EL2 + offset (nv.ts). */
  | { kind: 'memory'; base: 'VNCR_EL2'; offset: number };

const reach = (reaches: string, why: Because[], via: SysregVia = 'direct'): Decision<SysregResult> => ({
  result: { kind: 'register', reaches, via },
  because: why,
});
const undef = (why: Because[]): Decision<SysregResult> => ({ result: { kind: 'undefined' }, because: why });

/**
 * What an MRS/MSR naming `name` reaches at the current EL.
 * Arm ARM: each register's MRS/MSR accessibility pseudocode; D5 "Virtualization Host
 * Extensions" for redirection and the _EL12/_EL02 aliases.
 */
export function sysregAccess(s: PeState, name: string, op: 'MRS' | 'MSR' = 'MRS', rt = 0): Decision<SysregResult> {
  const reg = name.trim().toUpperCase();
  const entry = CATALOGUE.get(reg);
  if (!entry) throw new UnknownRegisterError(name.trim());
  const owner = ownerEL(reg);
  const p = (extra: Record<string, string | number> = {}) => ({ reg, current: s.el, owner, ...extra });

  // Registers of an EL that is not implemented do not exist.
  if ((owner === 2 && !s.features.el2) || (owner === 3 && !s.features.el3)) {
    return undef([because('R-SYSREG-EL-ABSENT', p())]);
  }
  // Registers added by FEAT_VHE: the aliases and the new EL2 registers.
  if (!s.features.vhe && (entry.kind === 'alias' || (entry.kind === 'to' && entry.row.toNeedsVhe))) {
    return undef([because('R-SYSREG-FEATURE-UNDEF', p({ feature: 'FEAT_VHE' }))]);
  }

  // FEAT_NV at EL1: names whose lowest EL is EL2 trap (or, with NV2, go to the VNCR page)
  // instead of being UNDEFINED; with NV2 and NV1 some EL1 names go to the VNCR page too.
  if (s.el === 1 && s.hcr.nv) {
    const el2Name = owner === 2 || (entry.kind === 'plain' && entry.reg.minEL === 2);
    const nv = nvSysregAccess(s, reg, el2Name, entry.kind === 'alias' ? entry.row.from : reg);
    if (nv.result) return { result: nv.result, because: nv.because };
  }

  switch (entry.kind) {
    case 'alias': {
      // SCTLR_EL12 and friends: EL2 with E2H=1, or EL3 with EL2 enabled below and E2H=1.
      const ok = s.el === 2 ? e2hActive(s) : s.el === 3 && el2Enabled(s) && s.hcr.e2h;
      if (!ok) return undef([because('R-SYSREG-ALIAS-UNDEF', p())]);
      return reach(entry.row.from, [because('R-SYSREG-ALIAS', p({ reaches: entry.row.from }))], 'alias');
    }
    case 'to':
      if (s.el < 2) return undef([because('R-SYSREG-HIGHER-UNDEF', p())]);
      return reach(reg, [because('R-SYSREG-OWN', p({ reaches: reg }))]);
    case 'from': {
      if (s.el < owner) return undef([because('R-SYSREG-HIGHER-UNDEF', p())]);
      const { to } = entry.row;
      if (s.el === 2 && e2hActive(s)) {
        return reach(to, [because('R-SYSREG-REDIRECT-E2H', p({ reaches: to }))], 'redirect');
      }
      // ELIsInHost(EL0): the EL0 timer names reach the EL2 timers.
      if (s.el === 0 && el0InHost(s)) {
        return reach(to, [because('R-SYSREG-REDIRECT-HOST-EL0', p({ reaches: to }))], 'redirect');
      }
      if (s.el === 2) return reach(reg, [because('R-SYSREG-NO-REDIRECT-E2H0', p({ reaches: reg }))]);
      if (s.el === 3) return reach(reg, [because('R-SYSREG-EL3-NO-REDIRECT', p({ reaches: reg }))]);
      if (s.el === 1 && reg in TVM_REGISTERS) {
        const trapped = el1Trap(s, reg, op, rt, op === 'MSR' ? 'tvm' : 'trvm');
        if (!Array.isArray(trapped)) return trapped;
        return reach(reg, [...trapped, because('R-SYSREG-OWN', p({ reaches: reg }))]);
      }
      return reach(reg, [because('R-SYSREG-OWN', p({ reaches: reg }))]);
    }
    case 'plain': {
      const minEL = entry.reg.minEL ?? owner;
      if (s.el < minEL) return undef([because('R-SYSREG-HIGHER-UNDEF', p({ owner: minEL }))]);
      const { readOnlyBelow } = entry.reg;
      const highest = s.features.el3 ? 3 : s.features.el2 ? 2 : 1;
      const limit = readOnlyBelow === 'highest' ? highest : readOnlyBelow;
      if (op === 'MSR' && limit !== undefined && s.el < limit) {
        return undef([because('R-SYSREG-READ-ONLY', p())]);
      }
      if (s.el === 2 && owner < 2 && e2hActive(s)) {
        return reach(reg, [because('R-SYSREG-NOT-REDIRECTED', p({ reaches: reg }))]);
      }
      if (s.el === 1 && reg in TID3_REGISTERS) {
        const trapped = el1Trap(s, reg, op, rt, 'tid3');
        if (!Array.isArray(trapped)) return trapped;
        return reach(reg, [...trapped, because('R-SYSREG-OWN', p({ reaches: reg }))]);
      }
      // MIDR_EL1 / MPIDR_EL1 "Accessing": at EL1, EL2Enabled() ? VPIDR_EL2 : MIDR_EL1.
      const vid = VIRTUAL_ID_REGISTERS[reg as keyof typeof VIRTUAL_ID_REGISTERS];
      if (vid && s.el === 1 && el2Enabled(s)) {
        return reach(vid.virtual, [because('R-SYSREG-VPIDR', p({ reaches: vid.virtual }))], 'virtual');
      }
      return reach(reg, [because('R-SYSREG-OWN', p({ reaches: reg }))]);
    }
  }
}

const TRAP_RULES = { tvm: 'R-SYSREG-TVM', trvm: 'R-SYSREG-TRVM', tid3: 'R-SYSREG-TID3' } as const;

/**
 * An EL1 access trapped to EL2 by HCR_EL2.TVM (MSR), TRVM (MRS) or TID3 (MRS), as the bit
 * acts (0 while TGE=1; nothing while EL2 is not enabled): the HCR_EL2.TVM/TRVM/TID3 field
 * descriptions, in the form of each register's accessibility pseudocode at EL1
 * (`EL2Enabled() && HCR_EL2.<bit> == '1'` then AArch64.SystemAccessTrap(EL2, 0x18)). QEMU 7.2
 * agrees in every verify/qemu probe of TTBR0/MAIR/CONTEXTIDR and the ID registers. When not
 * trapped: the reasons to add (none, or that TGE=1 makes a written 1 act as 0).
 */
function el1Trap(
  s: PeState,
  reg: string,
  op: 'MRS' | 'MSR',
  rt: number,
  bit: 'tvm' | 'trvm' | 'tid3',
): Decision<SysregResult> | Because[] {
  const params = { reg, current: s.el, bit: bit.toUpperCase(), op };
  const enc = ENCODINGS[reg];
  if (!enc || !el2Enabled(s) || !s.hcr[bit]) return [];
  // Written 1, acts as 0: TGE=1 clears it (HCR_EL2.TGE; QEMU arm_hcr_el2_eff).
  if (!effectiveHcr(s)[bit]) return [because('R-SYSREG-TRAP-TGE', params)];
  return {
    result: { kind: 'trap', targetEL: 2, ec: EC.SYSREG, iss: sysregIss(enc, rt, op === 'MRS') },
    because: [because(TRAP_RULES[bit], params)],
  };
}
