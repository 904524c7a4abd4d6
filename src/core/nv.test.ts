import { describe, expect, it } from 'vitest';
import { enumerateStates } from './enumerate';
import { currentELReported, VNCR_OFFSET } from './nv';
import { syncExceptionTarget } from './routing';
import { RULES } from './rules';
import { defaultState, type PeState } from './state';
import { knownRegisters, ownerEL, sysregAccess } from './sysregs';

const NV_INPUTS = [
  'el',
  'secure',
  'features.el2',
  'features.nv',
  'features.nv2',
  'hcr.nv',
  'hcr.nv1',
  'hcr.nv2',
  'scr.ns',
  'scr.eel2',
  'features.sel2',
] as const;

// The oracle, from the ASL's conditions rather than nv.ts's code: HaveNVExt() && EL2Enabled()
// && PSTATE.EL == EL1 && HCR_EL2.NV (AArch64_CheckNVCondsIfCurrentEL, AArch64_CheckForERetTrap,
// nv_access in AArch64_CheckSystemAccess); NV2 also needs FEAT_NV2.
function nvOn(s: PeState): boolean {
  // EL2Enabled(): HaveEL(EL2) && (!HaveEL(EL3) || SCR_EL3.NS || IsSecureEL2Enabled()).
  const el2en = s.features.el2 && (!s.features.el3 || s.scr.ns || (s.features.sel2 && s.scr.eel2));
  return s.features.nv && el2en && s.el === 1 && s.hcr.nv === true;
}
const nv2On = (s: PeState) => nvOn(s) && s.features.nv2 === true && s.hcr.nv2 === true;
// Encodings whose lowest EL is EL2: _EL2 names, _EL12/_EL02 aliases, SP_EL1.
const el2Encoding = (reg: string) => ownerEL(reg) === 2 || reg === 'SP_EL1';
const aliasOf = (reg: string) =>
  /_EL12$/.test(reg) ? reg.replace(/_EL12$/, '_EL1') : /_EL02$/.test(reg) ? reg.replace(/_EL02$/, '_EL0') : null;

describe('FEAT_NV truth tables', () => {
  const states = [...enumerateStates(NV_INPUTS)];

  it(`reports EL2 in CurrentEL exactly when NV acts at EL1 (${states.length} states)`, () => {
    const wrong = states.filter((s) => currentELReported(s).result !== (nvOn(s) ? 2 : s.el));
    expect(wrong.map((s) => JSON.stringify(s)).slice(0, 3)).toEqual([]);
  });

  it('traps ERET at EL1 to EL2 with EC 0x1A exactly when NV acts', () => {
    const wrong: string[] = [];
    for (const s of states) {
      const r = syncExceptionTarget(s, 'ERET').result;
      const trapped = r.targetEL === 2 && s.el === 1 && r.ec === 0x1a && !r.undefinedInstruction;
      if (trapped !== nvOn(s)) wrong.push(JSON.stringify(s));
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('traps, maps to the VNCR page or leaves alone every known register, as the ASL says', () => {
    const wrong: string[] = [];
    const regs = knownRegisters().filter((r) => !r.endsWith('_EL3'));
    for (const s of states) {
      for (const reg of regs) {
        let got: ReturnType<typeof sysregAccess>['result'];
        try {
          got = sysregAccess(s, reg, 'MRS').result;
        } catch {
          continue;
        }
        const alias = aliasOf(reg);
        const nv1 = s.hcr.nv1 === true;
        const offset = VNCR_OFFSET[alias ?? reg];
        let want: string;
        if (!nvOn(s) || (alias && !s.features.vhe) || !s.features.el2) {
          // NV does nothing: the answer is the ordinary one (no trap, no memory).
          want = got.kind === 'trap' || got.kind === 'memory' ? 'ordinary' : got.kind;
          if (got.kind === 'trap' || got.kind === 'memory') wrong.push(`${reg} ${JSON.stringify(s)} not ordinary`);
          continue;
        }
        const memory = nv2On(s) && offset !== undefined && (alias ? !nv1 : el2Encoding(reg) ? true : nv1);
        if (memory) want = `memory ${offset}`;
        else if (el2Encoding(reg)) want = 'trap';
        else want = 'ordinary';
        const gotKey = got.kind === 'memory' ? `memory ${got.offset}` : got.kind === 'trap' ? 'trap' : 'ordinary';
        if (gotKey !== want) wrong.push(`${reg} ${JSON.stringify(s)}: got ${gotKey}, want ${want}`);
        if (got.kind === 'trap' && (got.targetEL !== 2 || got.ec !== 0x18)) wrong.push(`${reg} trap syndrome`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives every answer a reason the catalogue knows', () => {
    for (const s of states.slice(0, 256)) {
      for (const b of currentELReported(s).because) expect(b.rule in RULES).toBe(true);
    }
  });
});

const guestHyp = (hcr: Partial<PeState['hcr']>, features: Partial<PeState['features']> = {}): PeState => {
  const s = defaultState();
  return {
    ...s,
    el: 1,
    features: { ...s.features, nv: true, nv2: true, ...features },
    hcr: { ...s.hcr, e2h: true, vm: true, imo: true, fmo: true, nv: true, ...hcr },
  };
};

describe('nested virtualization, as named rules', () => {
  it('makes the L1 hypervisor at EL1 read CurrentEL as EL2', () => {
    const got = currentELReported(guestHyp({}));
    expect(got.result).toBe(2);
    expect(got.because[0]?.rule).toBe('R-NV-CURRENTEL');
    expect(currentELReported(guestHyp({ nv: false })).result).toBe(1);
  });

  it('traps HCR_EL2 and SCTLR_EL12 at EL1 with NV and no NV2 (EC 0x18)', () => {
    for (const reg of ['HCR_EL2', 'SCTLR_EL12', 'VTTBR_EL2', 'SP_EL1']) {
      expect(sysregAccess(guestHyp({ nv2: false }), reg, 'MSR').result).toEqual({
        kind: 'trap',
        targetEL: 2,
        ec: 0x18,
      });
    }
  });

  it('turns them into VNCR page accesses with NV2 (offsets of the Arm ARM table)', () => {
    const s = guestHyp({ nv2: true, nv1: false });
    expect(sysregAccess(s, 'HCR_EL2', 'MSR').result).toEqual({ kind: 'memory', base: 'VNCR_EL2', offset: 0x78 });
    expect(sysregAccess(s, 'SCTLR_EL12', 'MSR').result).toEqual({ kind: 'memory', base: 'VNCR_EL2', offset: 0x110 });
    expect(sysregAccess(s, 'VTTBR_EL2', 'MRS').result).toEqual({ kind: 'memory', base: 'VNCR_EL2', offset: 0x20 });
    expect(sysregAccess(s, 'CNTV_CTL_EL02', 'MRS').result).toEqual({ kind: 'memory', base: 'VNCR_EL2', offset: 0x170 });
  });

  it('still traps a register the VNCR page does not hold (SCTLR_EL2) under NV2', () => {
    expect(sysregAccess(guestHyp({ nv2: true }), 'SCTLR_EL2').result.kind).toBe('trap');
  });

  it('leaves the L1 VHE hypervisor\u2019s own SCTLR_EL1 alone (NV1=0): the real register holds its vEL2 state', () => {
    expect(sysregAccess(guestHyp({ nv2: true, nv1: false }), 'SCTLR_EL1').result).toEqual({
      kind: 'register',
      reaches: 'SCTLR_EL1',
      via: 'direct',
    });
    // A non-VHE guest hypervisor (NV1=1) keeps its guest's SCTLR_EL1 in the page instead.
    expect(sysregAccess(guestHyp({ nv2: true, nv1: true }), 'SCTLR_EL1').result).toEqual({
      kind: 'memory',
      base: 'VNCR_EL2',
      offset: 0x110,
    });
  });

  it('ignores NV2 without FEAT_NV2 and NV without FEAT_NV', () => {
    expect(sysregAccess(guestHyp({ nv2: true }, { nv2: false }), 'HCR_EL2').result.kind).toBe('trap');
    expect(sysregAccess(guestHyp({}, { nv: false }), 'HCR_EL2').result.kind).toBe('undefined');
  });

  it('traps the guest hypervisor\u2019s ERET to EL2 with EC 0x1A, with or without NV2', () => {
    for (const nv2 of [false, true]) {
      const got = syncExceptionTarget(guestHyp({ nv2 }), 'ERET');
      expect(got.result).toMatchObject({ targetEL: 2, ec: 0x1a, undefinedInstruction: false });
      expect(got.because[0]?.rule).toBe('R-NV-ERET-TRAP');
    }
  });
});
