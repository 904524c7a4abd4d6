import { describe, expect, it } from 'vitest';
import { enumerateStates, RELEVANT_INPUTS } from './enumerate';
import { oracleWorld } from './oracle.test-helpers';
import { translationRegime } from './regimes';
import { defaultState, type PeState } from './state';

// architecture.md section 5, row by row, and the ASL: AArch64.S1Enabled(Regime_EL10) is
// (!EL2Enabled() || HCR_EL2.<DC,TGE> == '00') && SCTLR_EL1.M; AArch64.FullTranslate walks
// stage 2 for Regime_EL10 when EL2Enabled() and the effective HCR_EL2.VM is 1.
function oracle(s: PeState) {
  const r = regimeOracle(s);
  // Stage 1 walks the regime's TTBRs (none while it is off); stage 2 walks VTTBR_EL2
  // (VSTTBR_EL2 for Secure EL1&0) and its entries carry VTTBR_EL2.VMID.
  const ttbrs: Record<string, string[]> = {
    'EL1&0': ['TTBR0_EL1', 'TTBR1_EL1'],
    EL2: ['TTBR0_EL2'],
    'EL2&0': ['TTBR0_EL2', 'TTBR1_EL2'],
    EL3: ['TTBR0_EL3'],
  };
  const secure = s.features.el3 ? !s.scr.ns : s.secure;
  return {
    ...r,
    stage1Tables: r.stage1 ? ttbrs[r.regime] : [],
    stage2Table: r.stage2 ? (secure ? 'VSTTBR_EL2' : 'VTTBR_EL2') : null,
    vmid: r.stage2,
  };
}

function regimeOracle(s: PeState) {
  const w = oracleWorld(s);
  if (s.el === 3) return { regime: 'EL3', stage1: true, ranges: 1, asid: false, stage2: false };
  if (s.el === 2) {
    return w.e2h
      ? { regime: 'EL2&0', stage1: true, ranges: 2, asid: true, stage2: false }
      : { regime: 'EL2', stage1: true, ranges: 1, asid: false, stage2: false };
  }
  if (s.el === 0 && w.tge && w.e2h) return { regime: 'EL2&0', stage1: true, ranges: 2, asid: true, stage2: false };
  // VM acts as 0 only when {E2H,TGE}={1,1} (and when EL2 is not enabled).
  const stage2 = w.el2en && s.hcr.vm && !(w.tge && w.e2h);
  // (The stage 2 base register, VTTBR_EL2 or VSTTBR_EL2, is added by oracle() above.)
  if (w.tge) return { regime: 'EL1&0', stage1: false, ranges: 1, asid: false, stage2 };
  return { regime: 'EL1&0', stage1: true, ranges: 2, asid: true, stage2 };
}

describe('translationRegime truth table', () => {
  it('agrees with the regime table for every input', () => {
    const wrong: string[] = [];
    for (const s of enumerateStates(RELEVANT_INPUTS.regime)) {
      const got = translationRegime(s).result;
      if (JSON.stringify(got) !== JSON.stringify(oracle(s))) wrong.push(`${JSON.stringify(s)}: ${JSON.stringify(got)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('moves host EL0 from the EL1&0 regime to EL2&0 when TGE is set under E2H', () => {
    const s = { ...defaultState(), el: 0 as const };
    expect(translationRegime({ ...s, hcr: { ...s.hcr, e2h: true, tge: false } }).result.regime).toBe('EL1&0');
    const host = translationRegime({ ...s, hcr: { ...s.hcr, e2h: true, tge: true } });
    expect(host.result.regime).toBe('EL2&0');
    expect(host.because[0]?.rule).toBe('R-REGIME-EL0-HOST');
  });

  it('keeps stage 2 at EL0 and EL1 with HCR_EL2.{E2H,TGE}={0,1} and VM=1 (stage 1 off)', () => {
    const s = defaultState();
    for (const el of [0, 1] as const) {
      const got = translationRegime({ ...s, el, hcr: { ...s.hcr, e2h: false, tge: true, vm: true } });
      expect(got.result).toEqual({
        regime: 'EL1&0',
        stage1: false,
        ranges: 1,
        asid: false,
        stage2: true,
        stage1Tables: [],
        stage2Table: 'VTTBR_EL2',
        vmid: true,
      });
      expect(got.because.map((b) => b.rule)).toEqual(['R-REGIME-TGE-S1-OFF', 'R-STAGE2-ON', 'R-REGIME-TABLES']);
    }
    // With E2H=1 TGE clears the effective VM: no stage 2.
    const vhe = translationRegime({ ...s, el: 1, hcr: { ...s.hcr, e2h: true, tge: true, vm: true } });
    expect(vhe.result.stage2).toBe(false);
  });

  it('has no stage 2 when SCR_EL3.NS=0 without Secure EL2, whatever HCR_EL2.VM says', () => {
    const s = defaultState();
    const secure = { ...s, el: 1 as const, scr: { ...s.scr, ns: false }, hcr: { ...s.hcr, vm: true } };
    expect(translationRegime(secure).result.stage2).toBe(false);
    expect(translationRegime({ ...secure, scr: { ...secure.scr, ns: true } }).result.stage2).toBe(true);
    // With Secure EL2 (SCR_EL3.EEL2, FEAT_SEL2) the Secure guest's stage 2 walks VSTTBR_EL2.
    const sel2 = { ...secure, features: { ...secure.features, sel2: true }, scr: { ...secure.scr, eel2: true } };
    expect(translationRegime(sel2).result).toMatchObject({ stage2: true, stage2Table: 'VSTTBR_EL2' });
    expect(translationRegime(sel2).because.map((b) => b.rule)).toContain('R-STAGE2-SECURE');
  });

  it('names the tables each stage walks and the tags: a guest walks TTBRn_EL1 then VTTBR_EL2, ASID + VMID', () => {
    const s = defaultState();
    const guest = translationRegime({ ...s, el: 1, hcr: { ...s.hcr, vm: true } });
    expect(guest.result).toMatchObject({
      stage1Tables: ['TTBR0_EL1', 'TTBR1_EL1'],
      stage2Table: 'VTTBR_EL2',
      asid: true,
      vmid: true,
    });
    expect(guest.because.at(-1)?.params).toEqual({
      tables: 'TTBR0_EL1, TTBR1_EL1',
      stage2: 'VTTBR_EL2',
      tags: 'ASID + VMID',
    });
    const host = translationRegime({ ...s, el: 2, hcr: { ...s.hcr, e2h: true, tge: true, vm: true } });
    expect(host.result).toMatchObject({ stage1Tables: ['TTBR0_EL2', 'TTBR1_EL2'], stage2Table: null, vmid: false });
  });

  it('gives EL2 one VA range without ASIDs unless E2H=1', () => {
    const s = { ...defaultState(), el: 2 as const };
    expect(translationRegime(s).result).toMatchObject({ regime: 'EL2', ranges: 1, asid: false });
    expect(translationRegime({ ...s, hcr: { ...s.hcr, e2h: true } }).result).toMatchObject({
      regime: 'EL2&0',
      ranges: 2,
      asid: true,
    });
  });
});
