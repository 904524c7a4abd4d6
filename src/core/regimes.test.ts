import { describe, expect, it } from 'vitest';
import { enumerateStates, RELEVANT_INPUTS } from './enumerate';
import { oracleWorld } from './oracle.test-helpers';
import { translationRegime } from './regimes';
import { defaultState, type PeState } from './state';

// architecture.md section 5, row by row.
function oracle(s: PeState) {
  const w = oracleWorld(s);
  if (s.el === 3) return { regime: 'EL3', stage1: true, ranges: 1, asid: false, stage2: false };
  if (s.el === 2) {
    return w.e2h
      ? { regime: 'EL2&0', stage1: true, ranges: 2, asid: true, stage2: false }
      : { regime: 'EL2', stage1: true, ranges: 1, asid: false, stage2: false };
  }
  if (s.el === 0 && w.tge && w.e2h) return { regime: 'EL2&0', stage1: true, ranges: 2, asid: true, stage2: false };
  if (s.el === 0 && w.tge) return { regime: 'EL1&0', stage1: false, ranges: 1, asid: false, stage2: false };
  // VM acts as 0 when {E2H,TGE}={1,1}.
  return { regime: 'EL1&0', stage1: true, ranges: 2, asid: true, stage2: w.el2en && s.hcr.vm && !(w.tge && w.e2h) };
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
