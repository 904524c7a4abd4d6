import { describe, expect, it } from 'vitest';
import { defaultState, effectiveHcr } from '../../core';
import { whyDiffers } from './effective';

describe('whyDiffers', () => {
  it('says IMO acts as 0 because TGE=1 and E2H=1', () => {
    const pe = defaultState();
    pe.el = 2;
    pe.hcr = { ...pe.hcr, e2h: true, tge: true, imo: true };
    expect(whyDiffers(pe, effectiveHcr(pe), 'imo')).toBe('tgeE2h');
  });
  it('says IMO acts as 1 because TGE=1 when E2H=0', () => {
    const pe = defaultState();
    pe.hcr = { ...pe.hcr, tge: true };
    expect(whyDiffers(pe, effectiveHcr(pe), 'imo')).toBe('tge');
  });
  it('blames a disabled EL2 when everything acts as 0', () => {
    const pe = defaultState();
    pe.secure = true;
    pe.scr = { ...pe.scr, ns: false };
    expect(whyDiffers(pe, effectiveHcr(pe), 'rw')).toBe('el2Off');
  });
  it('says nothing when the bit acts as written', () => {
    const pe = defaultState();
    expect(whyDiffers(pe, effectiveHcr(pe), 'e2h')).toBeNull();
  });
});
