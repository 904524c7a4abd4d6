import { describe, expect, it } from 'vitest';
import { defaultState, translationRegime } from '../../core';
import { layoutSpace } from './layout';

const regs = (l: ReturnType<typeof layoutSpace>) => l.boxes.map((b) => b.reg).filter(Boolean);

describe('address space layout', () => {
  it('gives host EL0 the EL2&0 halves with E2H=1, TGE=1', () => {
    const pe = defaultState();
    pe.el = 0;
    pe.hcr = { ...pe.hcr, e2h: true, tge: true };
    const l = layoutSpace(translationRegime(pe).result);
    expect(regs(l)).toEqual(['TTBR1_EL2', 'TTBR0_EL2']);
    expect(l.boxes.find((b) => b.id === 'lower')?.tag).toBe('ASID');
  });

  it('gives EL2 without E2H one low range', () => {
    const pe = defaultState();
    pe.el = 2;
    const l = layoutSpace(translationRegime(pe).result);
    expect(regs(l)).toEqual(['TTBR0_EL2']);
    expect(l.boxes.map((b) => b.key)).toContain('noUpper');
  });

  it('draws a flat EL0 when TGE=1 and E2H=0', () => {
    const pe = defaultState();
    pe.el = 0;
    pe.hcr.tge = true;
    const l = layoutSpace(translationRegime(pe).result);
    expect(l.boxes[0]?.key).toBe('flat');
    expect(l.arrows[0]?.key).toBe('identity');
  });

  it('adds the IPA -> PA step through VTTBR_EL2 when stage 2 is on', () => {
    const pe = defaultState();
    pe.hcr.vm = true;
    const l = layoutSpace(translationRegime(pe).result);
    expect(regs(l)).toEqual(['TTBR1_EL1', 'TTBR0_EL1']);
    expect(l.arrows.map((a) => a.reg)).toContain('VTTBR_EL2');
    expect(l.boxes.map((b) => b.key)).toEqual(['upper', 'hole', 'lower', 'ipa', 'pa']);
  });

  it('keeps every box inside the drawing', () => {
    const pe = defaultState();
    pe.hcr.vm = true;
    const l = layoutSpace(translationRegime(pe).result);
    for (const b of l.boxes) {
      expect(b.x + b.w).toBeLessThanOrEqual(l.width);
      expect(b.y + b.h).toBeLessThanOrEqual(l.height);
    }
  });
});
