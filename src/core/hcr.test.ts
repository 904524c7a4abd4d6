import { describe, expect, it } from 'vitest';
import { enumerateStates, type StateInput } from './enumerate';
import { effectiveHcr, effectiveHcrDecision } from './hcr';
import { oracleWorld } from './oracle.test-helpers';
import { defaultState, type PeState } from './state';

// architecture.md section 1 "Effective HCR_EL2", with QEMU's arm_hcr_el2_eff() for TSC/TWI/TWE/RW.
function oracle(s: PeState) {
  const w = oracleWorld(s);
  const h = s.hcr;
  if (!w.el2en)
    return {
      vm: false,
      fmo: false,
      imo: false,
      amo: false,
      twi: false,
      twe: false,
      tsc: false,
      tge: false,
      rw: false,
      e2h: false,
      vi: false,
      vf: false,
      vse: false,
      tvm: false,
      trvm: false,
      tid3: false,
    };
  const e2h = h.e2h && s.features.vhe;
  const host = h.tge && e2h;
  const guestless = h.tge && !e2h;
  return {
    vm: host ? false : h.vm,
    fmo: host ? false : guestless || h.fmo,
    imo: host ? false : guestless || h.imo,
    amo: host ? false : guestless || h.amo,
    twi: host ? false : h.twi,
    twe: host ? false : h.twe,
    tsc: h.tge ? false : h.tsc,
    tge: h.tge,
    rw: host || h.rw,
    e2h,
    // QEMU arm_hcr_el2_eff_secstate: TGE clears VF, VI, VSE, TID3, TVM and TRVM whatever E2H
    // is; absent bits read as 0.
    vi: !h.tge && !!h.vi,
    vf: !h.tge && !!h.vf,
    vse: !h.tge && !!h.vse,
    tvm: !h.tge && !!h.tvm,
    trvm: !h.tge && !!h.trvm,
    tid3: !h.tge && !!h.tid3,
  };
}

describe('effectiveHcr truth table', () => {
  const world: StateInput[] = [
    'el',
    'secure',
    'features.el2',
    'features.el3',
    'features.vhe',
    'features.sel2',
    'scr.ns',
    'scr.eel2',
    'hcr.tge',
    'hcr.e2h',
  ];
  const groups: StateInput[][] = [
    ['hcr.vm', 'hcr.fmo', 'hcr.imo', 'hcr.amo'],
    ['hcr.tsc', 'hcr.twi', 'hcr.twe', 'hcr.rw'],
    ['hcr.vi', 'hcr.vf', 'hcr.vse', 'hcr.imo'],
    ['hcr.tvm', 'hcr.trvm', 'hcr.tid3', 'hcr.vm'],
  ];
  it.each(groups)('agrees with the effective-value rules for every input of %s, %s, %s, %s', (...bits) => {
    const wrong: string[] = [];
    for (const s of enumerateStates([...world, ...bits])) {
      if (JSON.stringify(effectiveHcr(s)) !== JSON.stringify(oracle(s))) wrong.push(JSON.stringify(s));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('makes IMO/FMO/AMO behave as 1 under TGE=1, E2H=0 and as 0 under TGE=1, E2H=1', () => {
    const s = defaultState();
    expect(effectiveHcr({ ...s, hcr: { ...s.hcr, tge: true } })).toMatchObject({ imo: true, fmo: true, amo: true });
    const vhe = effectiveHcrDecision({ ...s, hcr: { ...s.hcr, tge: true, e2h: true, imo: true, vm: true } });
    expect(vhe.result).toMatchObject({ imo: false, vm: false });
    expect(vhe.because.map((b) => b.rule)).toContain('R-HCR-TGE-E2H1');
  });

  it('reads the bits a state leaves out as 0', () => {
    const s = defaultState();
    const { vi: _vi, tvm: _tvm, ...old } = s.hcr;
    expect(effectiveHcr({ ...s, hcr: old })).toMatchObject({ vi: false, tvm: false });
  });

  it('makes VI, VF, VSE, TVM, TRVM and TID3 behave as 0 under TGE=1, with E2H=0 or 1', () => {
    const s = defaultState();
    const all = { vi: true, vf: true, vse: true, tvm: true, trvm: true, tid3: true };
    for (const e2h of [false, true]) {
      const d = effectiveHcrDecision({ ...s, hcr: { ...s.hcr, ...all, tge: true, e2h } });
      expect(d.result).toMatchObject({ vi: false, vf: false, vse: false, tvm: false, trvm: false, tid3: false });
    }
    expect(effectiveHcr({ ...s, hcr: { ...s.hcr, ...all } })).toMatchObject(all);
  });

  it('has no effect when EL2 is not enabled', () => {
    const s = defaultState();
    const secure = { ...s, secure: true, scr: { ...s.scr, ns: false }, hcr: { ...s.hcr, imo: true } };
    const got = effectiveHcrDecision(secure);
    expect(got.result.imo).toBe(false);
    expect(got.because[0]?.rule).toBe('R-EL2-SECURE-DISABLED');
  });
});
