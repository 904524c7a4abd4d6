import { describe, expect, it } from 'vitest';
import { enumerateStates, type StateInput } from './enumerate';
import { gicCpuInterface } from './gic';
import { oracleVirtual, oracleWorld } from './oracle.test-helpers';
import { defaultState } from './state';
import { dataAbortIss } from './syndrome';
import { VIRTUAL_INTERRUPT_KINDS, virtualInterruptTarget } from './virtual';

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
const BITS = {
  vIRQ: ['hcr.vi', 'hcr.imo', 'pstate.i'],
  vFIQ: ['hcr.vf', 'hcr.fmo', 'pstate.f'],
  vSError: ['hcr.vse', 'hcr.amo', 'pstate.a'],
} as const;

describe('virtualInterruptTarget truth table', () => {
  it.each(VIRTUAL_INTERRUPT_KINDS)('agrees with the ASL for every %s input, from HCR_EL2 and from the GIC', (kind) => {
    const wrong: string[] = [];
    let n = 0;
    for (const s of enumerateStates([...WORLD, ...BITS[kind]])) {
      for (const gic of [false, true]) {
        const got = virtualInterruptTarget(s, kind, { gic }).result;
        const want = oracleVirtual(s, kind, gic);
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`${JSON.stringify(s)} gic=${gic}: ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
        n++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(n).toBe(4 * 2 ** 11 * 2);
  });
});

describe('virtual interrupts', () => {
  const guest = () => {
    const s = defaultState();
    return { ...s, el: 1 as const, hcr: { ...s.hcr, imo: true, fmo: true, amo: true } };
  };

  it('takes a vIRQ signalled by HCR_EL2.VI at EL1 with IMO=1, TGE=0, PSTATE.I=0', () => {
    const s = guest();
    const d = virtualInterruptTarget({ ...s, hcr: { ...s.hcr, vi: true } }, 'vIRQ');
    expect(d.result).toEqual({ signalled: true, taken: true, targetEL: 1 });
    expect(d.because.map((b) => b.rule)).toEqual(['R-VINT-HCR', 'R-VINT-TAKEN']);
  });

  it('leaves it pending while the guest masks it, and while EL2 runs', () => {
    const s = { ...guest(), pstate: { d: false, a: false, i: true, f: false } };
    const masked = virtualInterruptTarget(s, 'vIRQ', { gic: true });
    expect(masked.result).toEqual({ signalled: true, taken: false, targetEL: 1 });
    expect(masked.because.map((b) => b.rule)).toEqual(['R-VINT-GIC', 'R-VINT-MASKED']);
    const atEl2 = virtualInterruptTarget({ ...guest(), el: 2 }, 'vIRQ', { gic: true });
    expect(atEl2.result).toEqual({ signalled: true, taken: false, targetEL: 1 });
    expect(atEl2.because.at(-1)?.rule).toBe('R-VINT-PENDING-HIGHER');
  });

  it('is never pending with TGE=1 or IMO=0, or when EL2 is not enabled', () => {
    const s = guest();
    const tge = virtualInterruptTarget({ ...s, hcr: { ...s.hcr, vi: true, tge: true } }, 'vIRQ');
    expect(tge.result.targetEL).toBeNull();
    expect(tge.because.at(-1)?.rule).toBe('R-VINT-TGE');
    const imo0 = virtualInterruptTarget({ ...s, hcr: { ...s.hcr, vi: true, imo: false } }, 'vIRQ');
    expect(imo0.because.at(-1)?.rule).toBe('R-VINT-ROUTE-OFF');
    const secure = virtualInterruptTarget({ ...s, scr: { ...s.scr, ns: false }, hcr: { ...s.hcr, vi: true } }, 'vIRQ');
    expect(secure.because.at(-1)?.rule).toBe('R-VINT-EL2-DISABLED');
  });

  it('takes a vSError with the syndrome of VSESR_EL2 (IDS and ISS into ESR_EL1, EC 0x2F)', () => {
    const s = { ...guest(), pstate: { d: true, a: false, i: true, f: true } };
    const vse = { ...s, hcr: { ...s.hcr, vse: true } };
    const d = virtualInterruptTarget(vse, 'vSError', { vsesr: 0xffff_ffff });
    // Bits 63:25 of VSESR_EL2 are RES0: only IDS (bit 24) and ISS reach ESR_EL1.
    expect(d.result).toEqual({
      signalled: true,
      taken: true,
      targetEL: 1,
      esr: { ec: 0x2f, iss: 0x1ffffff },
      clearsVse: true,
    });
    expect(d.because.map((b) => b.rule)).toEqual(['R-VINT-HCR', 'R-VINT-TAKEN', 'R-VINT-VSESR']);
    // Masked, or without VSESR_EL2 (no FEAT_RAS: an IMPLEMENTATION DEFINED syndrome), none is given.
    const masked = { ...vse, pstate: { ...vse.pstate, a: true } };
    expect(virtualInterruptTarget(masked, 'vSError', { vsesr: 0x211 }).result.esr).toBeUndefined();
    expect(virtualInterruptTarget(vse, 'vSError').result.esr).toBeUndefined();
  });

  it('has no GIC source for a vSError: only HCR_EL2.VSE signals it', () => {
    expect(virtualInterruptTarget(guest(), 'vSError', { gic: true }).result.signalled).toBe(false);
  });

  it('reads VI as 0 in a state that leaves it out', () => {
    const s = guest();
    const { vi: _vi, ...old } = s.hcr;
    expect(virtualInterruptTarget({ ...s, hcr: old }, 'vIRQ').result.signalled).toBe(false);
  });
});

describe('gicCpuInterface', () => {
  it('reaches ICV_* exactly at EL1 with EL2 enabled and IMO (group 1) / FMO (group 0) acting as 1', () => {
    const wrong: string[] = [];
    for (const s of enumerateStates([...WORLD, 'hcr.imo', 'hcr.fmo'])) {
      const w = oracleWorld(s);
      for (const group of [0, 1] as const) {
        const written = group === 1 ? s.hcr.imo : s.hcr.fmo;
        // IMO/FMO as they act: 1 under TGE with E2H=0, 0 under {E2H,TGE}={1,1}.
        const acts = w.tge ? !w.e2h : written;
        const want = s.el === 1 && w.el2en && acts ? 'ICV' : 'ICC';
        if (gicCpuInterface(s, group).result.iface !== want) wrong.push(`${JSON.stringify(s)} group ${group}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('dataAbortIss', () => {
  it('sets ISV, SAS, SRT, SF, WnR and DFSC where Linux esr.h reads them', () => {
    // STR w1, [x0] to an unmapped IPA: ISV=1, SAS=2 (word), SRT=1, SF=0, WnR=1, DFSC=0b000111.
    const iss = dataAbortIss({ srt: 1, write: true });
    expect(iss & (1 << 24)).not.toBe(0); // ESR_ELx_ISV
    expect((iss >> 22) & 3).toBe(2); // ESR_ELx_SAS_SHIFT 22
    expect((iss >> 16) & 31).toBe(1); // ESR_ELx_SRT_SHIFT 16
    expect(iss & (1 << 15)).toBe(0); // ESR_ELx_SF
    expect(iss & (1 << 6)).not.toBe(0); // ESR_ELx_WNR
    expect(iss & 63).toBe(0b000111);
    expect(dataAbortIss({ srt: 2, write: false, sizeLog2: 3 }) & (1 << 15)).not.toBe(0);
  });
});
