import { describe, expect, it } from 'vitest';
import { encodingName, TID3_REGISTERS, TVM_REGISTERS } from './encodings';
import { enumerateStates, type StateInput } from './enumerate';
import { oracleEl1Trap, oracleSysregIss } from './oracle.test-helpers';
import { defaultState } from './state';
import { sysregAccess } from './sysregs';

// Generic names as Linux's arch/arm64/include/asm/sysreg.h / tools/sysreg spell the
// encodings (v6.12), written out apart from src/core/encodings.ts.
const GENERIC: Record<string, string> = {
  SCTLR_EL1: 'S3_0_C1_C0_0',
  TTBR0_EL1: 'S3_0_C2_C0_0',
  TTBR1_EL1: 'S3_0_C2_C0_1',
  TCR_EL1: 'S3_0_C2_C0_2',
  AFSR0_EL1: 'S3_0_C5_C1_0',
  AFSR1_EL1: 'S3_0_C5_C1_1',
  ESR_EL1: 'S3_0_C5_C2_0',
  FAR_EL1: 'S3_0_C6_C0_0',
  MAIR_EL1: 'S3_0_C10_C2_0',
  AMAIR_EL1: 'S3_0_C10_C3_0',
  CONTEXTIDR_EL1: 'S3_0_C13_C0_1',
  ID_AA64PFR0_EL1: 'S3_0_C0_C4_0',
  ID_AA64DFR0_EL1: 'S3_0_C0_C5_0',
  ID_AA64ISAR0_EL1: 'S3_0_C0_C6_0',
  ID_AA64MMFR0_EL1: 'S3_0_C0_C7_0',
  ID_AA64MMFR3_EL1: 'S3_0_C0_C7_3',
  ID_PFR0_EL1: 'S3_0_C0_C1_0',
  MVFR0_EL1: 'S3_0_C0_C3_0',
};

// Every trapped register's generic name, from the Arm ARM layout of the ID space (CRm, op2)
// and the list above; checked against the named entries of GENERIC below.
const GENERIC_ALL: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TID3_REGISTERS).map(([r, e]) => [r, `S3_0_C0_C${e.crm}_${e.op2}`])),
  ...GENERIC,
};

const WORLD: StateInput[] = [
  'el',
  'secure',
  'features.el2',
  'features.el3',
  'features.sel2',
  'scr.ns',
  'scr.eel2',
  'hcr.tge',
  'hcr.e2h',
];

describe('EL1 traps to EL2: truth tables', () => {
  const cases = [
    ['TVM', Object.keys(TVM_REGISTERS), 'MSR', 'tvm'],
    ['TRVM', Object.keys(TVM_REGISTERS), 'MRS', 'trvm'],
    ['TID3', Object.keys(TID3_REGISTERS), 'MRS', 'tid3'],
  ] as const;
  it.each(cases)('%s: agrees with the Accessing pseudocode for every register and input', (_n, regs, op, bit) => {
    const wrong: string[] = [];
    for (const s of enumerateStates([...WORLD, 'hcr.tvm', 'hcr.trvm', 'hcr.tid3'])) {
      for (const reg of regs) {
        const rt = 7;
        const r = sysregAccess(s, reg, op, rt).result;
        const trapped = oracleEl1Trap(s, bit);
        if (trapped !== (r.kind === 'trap')) wrong.push(`${reg} ${op} in ${JSON.stringify(s)}: ${r.kind}`);
        if (r.kind === 'trap') {
          const iss = oracleSysregIss(GENERIC_ALL[reg] as string, rt, op === 'MRS');
          if (r.targetEL !== 2 || r.ec !== 0x18 || r.iss !== iss) wrong.push(`${reg}: ${JSON.stringify(r)}`);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('encodes every register as Linux names it', () => {
    const table: Record<string, Parameters<typeof encodingName>[0]> = { ...TVM_REGISTERS, ...TID3_REGISTERS };
    for (const [reg, generic] of Object.entries(GENERIC)) expect(encodingName(table[reg] as never), reg).toBe(generic);
  });

  it('puts every TID3 register in ID group 3: op0=3, op1=0, CRn=0, CRm 1-7, each encoding once', () => {
    const seen = new Set<string>();
    for (const [reg, e] of Object.entries(TID3_REGISTERS)) {
      expect([e.op0, e.op1, e.crn], reg).toEqual([3, 0, 0]);
      expect(e.crm, reg).toBeGreaterThanOrEqual(1);
      expect(e.crm, reg).toBeLessThanOrEqual(7);
      seen.add(encodingName(e));
    }
    expect(seen.size).toBe(Object.keys(TID3_REGISTERS).length);
  });
});

describe('EL1 traps to EL2: named cases', () => {
  const guest = (hcr: Partial<ReturnType<typeof defaultState>['hcr']>) => {
    const s = defaultState();
    return { ...s, el: 1 as const, hcr: { ...s.hcr, ...hcr } };
  };

  it('traps MSR SCTLR_EL1, x0 at EL1 with TVM=1: EC 0x18, ISS 0x300400 (write)', () => {
    const d = sysregAccess(guest({ tvm: true }), 'SCTLR_EL1', 'MSR', 0);
    expect(d.result).toEqual({ kind: 'trap', targetEL: 2, ec: 0x18, iss: 0x300400 });
    expect(d.because.map((b) => b.rule)).toEqual(['R-SYSREG-TVM']);
    // TVM traps writes only: the read goes ahead.
    expect(sysregAccess(guest({ tvm: true }), 'SCTLR_EL1', 'MRS').result.kind).toBe('register');
  });

  it('traps MRS x1, ID_AA64MMFR0_EL1 at EL1 with TID3=1, ISS direction read', () => {
    const r = sysregAccess(guest({ tid3: true }), 'ID_AA64MMFR0_EL1', 'MRS', 1).result;
    expect(r).toEqual({ kind: 'trap', targetEL: 2, ec: 0x18, iss: 0x30002f });
  });

  it('does not trap at EL2, nor at EL1 while TGE=1 (the bit acts as 0, and says so)', () => {
    expect(sysregAccess({ ...guest({ tvm: true }), el: 2 }, 'SCTLR_EL1', 'MSR').result.kind).toBe('register');
    const tge = sysregAccess(guest({ trvm: true, tge: true }), 'TTBR0_EL1', 'MRS');
    expect(tge.result.kind).toBe('register');
    expect(tge.because.map((b) => b.rule)).toEqual(['R-SYSREG-TRAP-TGE', 'R-SYSREG-OWN']);
  });

  it('answers MIDR_EL1 / MPIDR_EL1 at EL1 from VPIDR_EL2 / VMPIDR_EL2 without a trap', () => {
    const s = guest({});
    expect(sysregAccess(s, 'MIDR_EL1').result).toEqual({ kind: 'register', reaches: 'VPIDR_EL2', via: 'virtual' });
    expect(sysregAccess(s, 'MPIDR_EL1').result).toMatchObject({ reaches: 'VMPIDR_EL2' });
    // At EL2, and at EL1 without EL2 enabled, the real register answers.
    expect(sysregAccess({ ...s, el: 2 }, 'MIDR_EL1').result).toMatchObject({ reaches: 'MIDR_EL1', via: 'direct' });
    const secure = { ...s, scr: { ...s.scr, ns: false } };
    expect(sysregAccess(secure, 'MIDR_EL1').result).toMatchObject({ reaches: 'MIDR_EL1' });
    expect(sysregAccess(s, 'MIDR_EL1', 'MSR').result.kind).toBe('undefined');
  });
});
