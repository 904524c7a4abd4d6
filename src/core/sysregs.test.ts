import { describe, expect, it } from 'vitest';
import { enumerateStates, RELEVANT_INPUTS } from './enumerate';
import { oracleWorld } from './oracle.test-helpers';
import { RULES } from './rules';
import { defaultState, type PeState } from './state';
import { knownRegisters, NOT_REDIRECTED, REDIRECTS, sysregAccess, UnknownRegisterError } from './sysregs';

const at = (el: PeState['el'], hcr: Partial<PeState['hcr']> = {}, features: Partial<PeState['features']> = {}) => {
  const s = defaultState();
  return { ...s, el, hcr: { ...s.hcr, ...hcr }, features: { ...s.features, ...features } };
};
const reaches = (s: PeState, name: string) => {
  const r = sysregAccess(s, name).result;
  return r.kind === 'register' ? r.reaches : r.kind.toUpperCase();
};
const via = (s: PeState, name: string) => {
  const r = sysregAccess(s, name).result;
  return r.kind === 'register' ? r.via : null;
};

// The spec's section 4 read as "who reaches what" (and how: "name -> REG (redirect|alias)"),
// independent of the core's catalogue walk.
function oracle(s: PeState, name: string): string {
  const w = oracleWorld(s);
  const upper = name.toUpperCase();
  const suffix = /_EL(\d+)$/.exec(upper)?.[1] ?? '';
  const row = REDIRECTS.find((r) => r.from === upper || r.to === upper || r.alias === upper);
  const needsVhe = row !== undefined && (row.alias === upper || (row.to === upper && row.toNeedsVhe === true));
  const owner = suffix === '12' || suffix === '02' ? 2 : Number(suffix);
  if ((owner === 2 && !s.features.el2) || (owner === 3 && !s.features.el3)) return 'UNDEFINED';
  if (needsVhe && !s.features.vhe) return 'UNDEFINED';
  if (row && row.alias === upper) {
    // An alias is its own encoding that reaches the real EL1/EL0 register: not a redirection.
    if (s.el === 2 && w.e2h) return `${row.from} alias`;
    if (s.el === 3 && w.el2en && s.hcr.e2h) return `${row.from} alias`;
    return 'UNDEFINED';
  }
  // SP_ELx: only from a higher EL.
  const minEL = /^SP_EL\d$/.test(upper) ? owner + 1 : owner;
  if (s.el < minEL) return 'UNDEFINED';
  // MIDR_EL1 / MPIDR_EL1 "Accessing": EL1 with EL2Enabled() reads VPIDR_EL2 / VMPIDR_EL2.
  if (s.el === 1 && w.el2en && upper === 'MIDR_EL1') return 'VPIDR_EL2 virtual';
  if (s.el === 1 && w.el2en && upper === 'MPIDR_EL1') return 'VMPIDR_EL2 virtual';
  if (row && row.from === upper) {
    if (s.el === 2 && w.e2h) return `${row.to} redirect`;
    if (s.el === 0 && w.host) return `${row.to} redirect`; // only EL0 names can be reached at EL0
  }
  return `${upper} direct`;
}

describe('sysregAccess truth table', () => {
  it('agrees with the redirection table for every register at every EL, E2H, TGE, security state and feature set', () => {
    const wrong: string[] = [];
    let n = 0;
    for (const s of enumerateStates(RELEVANT_INPUTS.sysreg)) {
      for (const name of knownRegisters()) {
        const got = sysregAccess(s, name);
        const r = got.result;
        const text = r.kind === 'register' ? `${r.reaches} ${r.via}` : r.kind.toUpperCase();
        if (text !== oracle(s, name))
          wrong.push(`${name} in ${JSON.stringify(s)}: got ${text}, want ${oracle(s, name)}`);
        if (got.because.length === 0 || got.because.some((b) => !(b.rule in RULES))) wrong.push(`reasons ${name}`);
        n++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(n).toBeGreaterThan(100_000);
  });

  it('knows every register of architecture.md section 4', () => {
    const spec = [
      'SCTLR_EL1',
      'CPACR_EL1',
      'TTBR0_EL1',
      'TTBR1_EL1',
      'TCR_EL1',
      'AFSR0_EL1',
      'AFSR1_EL1',
      'ESR_EL1',
      'FAR_EL1',
      'MAIR_EL1',
      'AMAIR_EL1',
      'VBAR_EL1',
      'CONTEXTIDR_EL1',
      'CNTKCTL_EL1',
      'SPSR_EL1',
      'ELR_EL1',
      'CNTP_TVAL_EL0',
      'CNTP_CTL_EL0',
      'CNTP_CVAL_EL0',
      'CNTV_TVAL_EL0',
      'CNTV_CTL_EL0',
      'CNTV_CVAL_EL0',
      'ZCR_EL1',
      'TRFCR_EL1',
      'PMSCR_EL1',
      'TFSR_EL1',
      'SCXTNUM_EL1',
      'TPIDR_EL0',
      'TPIDRRO_EL0',
      'APIAKEYLO_EL1',
    ];
    for (const name of spec) {
      expect(knownRegisters()).toContain(name);
      const row = REDIRECTS.find((r) => r.from === name);
      if (row) expect(knownRegisters()).toEqual(expect.arrayContaining([row.to, row.alias]));
    }
    expect(NOT_REDIRECTED.map((r) => r.name)).toContain('TPIDR_EL0');
  });
});

describe('the seeds and the Arm guide, as named rules', () => {
  it('SCTLR_EL12 is UNDEFINED when E2H=0', () => {
    expect(sysregAccess(at(2, { e2h: false }), 'SCTLR_EL12').result).toEqual({ kind: 'undefined' });
    expect(sysregAccess(at(2, { e2h: true }), 'SCTLR_EL12').result).toEqual({
      kind: 'register',
      reaches: 'SCTLR_EL1',
      via: 'alias',
    });
  });

  it('says an _EL12/_EL02 access is an alias, not a redirection', () => {
    expect(via(at(2, { e2h: true }), 'TTBR0_EL12')).toBe('alias');
    expect(via(at(2, { e2h: true }), 'CNTV_CTL_EL02')).toBe('alias');
    expect(via(at(2, { e2h: true }), 'TTBR0_EL1')).toBe('redirect');
    expect(via(at(0, { e2h: true, tge: true }), 'CNTP_CTL_EL0')).toBe('redirect');
    expect(via(at(2, { e2h: true }), 'TTBR0_EL2')).toBe('direct');
    expect(via(at(1), 'TTBR0_EL1')).toBe('direct');
    expect(sysregAccess(at(2, { e2h: true }), 'SCTLR_EL12').because[0]?.detail).toContain('not a redirection');
  });

  it('redirects SMCR_EL1 (FEAT_SME) and every feature-gated row QEMU lists, each marked with its feature', () => {
    // QEMU define_arm_vh_e2h_redirects_aliases (qemu master 2025-09-16, after v10.1.0), plus
    // the Arm ARM rows QEMU leaves as TODO (PMSCR, TRFCR).
    const gated: Record<string, string> = {
      SCTLR2_EL1: 'FEAT_SCTLR2',
      TCR2_EL1: 'FEAT_TCR2',
      ZCR_EL1: 'FEAT_SVE',
      SMCR_EL1: 'FEAT_SME',
      TFSR_EL1: 'FEAT_MTE',
      SCXTNUM_EL1: 'FEAT_CSV2_2',
      PMSCR_EL1: 'FEAT_SPE',
      TRFCR_EL1: 'FEAT_TRF',
    };
    for (const [from, feature] of Object.entries(gated)) {
      const row = REDIRECTS.find((r) => r.from === from);
      expect(row?.feature, from).toBe(feature);
      const to = from.replace('_EL1', '_EL2');
      expect(reaches(at(2, { e2h: true }), from)).toBe(to);
      expect(reaches(at(2, { e2h: true }), `${from}2`)).toBe(from);
    }
    expect(reaches(at(2, { e2h: true }), 'SMCR_EL1')).toBe('SMCR_EL2');
  });

  it('redirects MRS x0, SCTLR_EL1 to SCTLR_EL2 only at EL2 with E2H=1', () => {
    expect(reaches(at(1), 'SCTLR_EL1')).toBe('SCTLR_EL1');
    expect(reaches(at(2, { e2h: false }), 'SCTLR_EL1')).toBe('SCTLR_EL1');
    expect(reaches(at(2, { e2h: true }), 'SCTLR_EL1')).toBe('SCTLR_EL2');
    expect(sysregAccess(at(2, { e2h: true }), 'SCTLR_EL1').because[0]?.rule).toBe('R-SYSREG-REDIRECT-E2H');
  });

  it('ignores E2H without FEAT_VHE', () => {
    expect(reaches(at(2, { e2h: true }, { vhe: false }), 'SCTLR_EL1')).toBe('SCTLR_EL1');
    expect(reaches(at(2, { e2h: true }, { vhe: false }), 'SCTLR_EL12')).toBe('UNDEFINED');
  });

  it('sends host EL0 timer accesses to the EL2 timers when E2H=1 and TGE=1', () => {
    expect(reaches(at(0, { e2h: true, tge: true }), 'CNTP_CTL_EL0')).toBe('CNTHP_CTL_EL2');
    expect(reaches(at(0, { e2h: true, tge: true }), 'cntv_cval_el0')).toBe('CNTHV_CVAL_EL2');
    expect(reaches(at(0, { e2h: true, tge: false }), 'CNTV_CVAL_EL0')).toBe('CNTV_CVAL_EL0');
  });

  it('never redirects registers without an EL2 twin', () => {
    expect(reaches(at(2, { e2h: true }), 'TPIDR_EL1')).toBe('TPIDR_EL1');
    expect(reaches(at(2, { e2h: true }), 'APIAKeyLo_EL1')).toBe('APIAKEYLO_EL1');
  });

  it('makes EL2 registers UNDEFINED below EL2', () => {
    expect(reaches(at(1), 'HCR_EL2')).toBe('UNDEFINED');
    expect(reaches(at(0), 'SCTLR_EL1')).toBe('UNDEFINED');
  });

  it('answers an unknown name with a clear error, suggesting the nearest name', () => {
    expect(() => sysregAccess(at(1), 'SCTLR_EL9')).toThrow(UnknownRegisterError);
    expect(() => sysregAccess(at(1), 'SCTRL_EL1')).toThrow(/did you mean SCTLR_EL1/);
    expect(() => sysregAccess(at(1), 'banana')).toThrow(/Unknown system register "banana"/);
  });

  it('lets only the highest implemented EL write CNTFRQ_EL0', () => {
    expect(sysregAccess(at(2), 'CNTFRQ_EL0', 'MSR').result.kind).toBe('undefined');
    expect(sysregAccess(at(3), 'CNTFRQ_EL0', 'MSR').result.kind).toBe('register');
    expect(sysregAccess(at(2, {}, { el3: false }), 'CNTFRQ_EL0', 'MSR').result.kind).toBe('register');
    expect(sysregAccess(at(1), 'CNTFRQ_EL0', 'MRS').result.kind).toBe('register');
  });

  it('rejects writes to read-only EL0 registers', () => {
    expect(sysregAccess(at(0), 'TPIDRRO_EL0', 'MSR').result.kind).toBe('undefined');
    expect(sysregAccess(at(1), 'TPIDRRO_EL0', 'MSR').result.kind).toBe('register');
  });
});
