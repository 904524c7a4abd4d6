import { describe, expect, it } from 'vitest';
import { enumerateStates, type StateInput } from './enumerate';
import { oracleInterrupt, oracleSync } from './oracle.test-helpers';
import { exceptionReturn, INTERRUPT_KINDS, interruptTarget, SYNC_KINDS, syncExceptionTarget } from './routing';
import { RULES } from './rules';
import { defaultState, type PeState } from './state';
import { EC_NAMES } from './syndrome';

const WORLD: StateInput[] = [
  'el',
  'secure',
  'features.el2',
  'features.el3',
  'features.vhe',
  'features.sel2',
  'hcr.tge',
  'hcr.e2h',
  'scr.ns',
  'scr.eel2',
];
const INTERRUPT_INPUTS = {
  IRQ: [...WORLD, 'hcr.imo', 'scr.irq', 'pstate.i'],
  FIQ: [...WORLD, 'hcr.fmo', 'scr.fiq', 'pstate.f'],
  SError: [...WORLD, 'hcr.amo', 'scr.ea', 'pstate.a'],
} as const satisfies Record<string, StateInput[]>;

const describeState = (s: PeState) => JSON.stringify(s);

function state(patch: {
  el?: PeState['el'];
  secure?: boolean;
  hcr?: Partial<PeState['hcr']>;
  scr?: Partial<PeState['scr']>;
  pstate?: Partial<PeState['pstate']>;
  features?: Partial<PeState['features']>;
}): PeState {
  const s = defaultState();
  return {
    el: patch.el ?? s.el,
    secure: patch.secure ?? s.secure,
    hcr: { ...s.hcr, ...patch.hcr },
    scr: { ...s.scr, ...patch.scr },
    pstate: { ...s.pstate, ...patch.pstate },
    features: { ...s.features, ...patch.features },
  };
}

describe('interruptTarget truth table', () => {
  for (const kind of INTERRUPT_KINDS) {
    it(`agrees with the routing and masking table for every ${kind} input (${2 ** 12 * 4} states)`, () => {
      let n = 0;
      const wrong: string[] = [];
      for (const s of enumerateStates(INTERRUPT_INPUTS[kind])) {
        const got = interruptTarget(s, kind);
        const want = oracleInterrupt(s, kind);
        if (got.result.targetEL !== want.targetEL || got.result.taken !== want.taken) {
          wrong.push(`${describeState(s)}: got ${JSON.stringify(got.result)}, want ${JSON.stringify(want)}`);
        }
        if (got.because.length === 0 || got.because.some((b) => !(b.rule in RULES)))
          wrong.push(`reasons ${describeState(s)}`);
        n++;
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(n).toBe(2 ** 12 * 4);
    });
  }
});

describe('syncExceptionTarget truth table', () => {
  const inputs: StateInput[] = [...WORLD, 'hcr.vm', 'hcr.twi', 'hcr.twe', 'hcr.tsc', 'scr.hce'];
  for (const kind of SYNC_KINDS) {
    it(`agrees with the synchronous exception table, EC and ISS included, for every ${kind} input`, () => {
      const wrong: string[] = [];
      // SMC also depends on the IMPLEMENTATION DEFINED trap without EL3.
      const mine: StateInput[] = kind === 'SMC' ? [...inputs, 'features.smcTrapWithoutEl3'] : inputs;
      for (const s of enumerateStates(mine)) {
        const got = syncExceptionTarget(s, kind, { imm16: 0x1234 });
        const want = oracleSync(s, kind, 0x1234);
        if (
          got.result.targetEL !== want.targetEL ||
          got.result.undefinedInstruction !== want.undefinedInstruction ||
          got.result.ec !== want.ec ||
          got.result.iss !== want.iss ||
          !(got.result.ec in EC_NAMES) ||
          got.result.targetEL < s.el // an exception never goes to a lower EL
        ) {
          wrong.push(`${describeState(s)}: got ${JSON.stringify(got.result)}, want ${JSON.stringify(want)}`);
        }
        if (got.because.length === 0 || got.because.some((b) => !(b.rule in RULES)))
          wrong.push(`reasons ${describeState(s)}`);
      }
      expect(wrong.slice(0, 5)).toEqual([]);
    });
  }
});

describe('the seeds and the Arm guide, as named rules', () => {
  it('with TGE=1 all physical exceptions from EL0 go to EL2 unless SCR_EL3 routes them to EL3', () => {
    for (const e2h of [false, true]) {
      for (const kind of INTERRUPT_KINDS) {
        const s = state({ el: 0, hcr: { tge: true, e2h, imo: false, fmo: false, amo: false } });
        expect(interruptTarget(s, kind).result.targetEL).toBe(2);
        const scrBit = { IRQ: 'irq', FIQ: 'fiq', SError: 'ea' } as const;
        expect(interruptTarget(state({ ...s, scr: { [scrBit[kind]]: true } }), kind).result.targetEL).toBe(3);
      }
    }
  });

  it('sends a host EL0 IRQ to EL2 when E2H=1, TGE=1, and names R-IRQ-TGE', () => {
    const got = interruptTarget(state({ el: 0, hcr: { e2h: true, tge: true } }), 'IRQ');
    expect(got.result).toEqual({ targetEL: 2, taken: true });
    expect(got.because.map((b) => b.rule)).toContain('R-IRQ-TGE');
  });

  it('lets the VHE host mask its own interrupts with PSTATE.I at EL0 and EL2', () => {
    for (const el of [0, 2] as const) {
      const got = interruptTarget(state({ el, hcr: { e2h: true, tge: true }, pstate: { i: true } }), 'IRQ');
      expect(got.result).toEqual({ targetEL: 2, taken: false });
    }
  });

  it('takes a guest IRQ to EL2 whatever the guest PSTATE.I says when IMO=1', () => {
    const got = interruptTarget(state({ el: 1, hcr: { imo: true, vm: true }, pstate: { i: true } }), 'IRQ');
    expect(got.result).toEqual({ targetEL: 2, taken: true });
    expect(got.because.map((b) => b.rule)).toEqual(['R-IRQ-IMO', 'R-INT-EL2-UNMASKED']);
  });

  it('leaves an IRQ routed to EL1 pending while the PE is at EL2', () => {
    expect(interruptTarget(state({ el: 2 }), 'IRQ').result).toEqual({ targetEL: 1, taken: false });
  });

  it('ignores HCR_EL2 in Secure state without SCR_EL3.EEL2', () => {
    const s = state({ el: 1, scr: { ns: false }, hcr: { imo: true } });
    expect(interruptTarget(s, 'IRQ').result.targetEL).toBe(1);
    const sel2 = state({ ...s, features: { sel2: true }, scr: { ns: false, eel2: true } });
    expect(interruptTarget(sel2, 'IRQ').result.targetEL).toBe(2);
  });

  it('sends a host application syscall to EL2 under VHE and to EL1 under nVHE', () => {
    expect(syncExceptionTarget(state({ el: 0, hcr: { e2h: true, tge: true } }), 'SVC').result.targetEL).toBe(2);
    expect(syncExceptionTarget(state({ el: 0 }), 'SVC').result.targetEL).toBe(1);
  });

  it('makes HVC UNDEFINED at EL0 and when SCR_EL3.HCE=0', () => {
    const undef = { targetEL: 1, undefinedInstruction: true, ec: 0x00, iss: 0 };
    expect(syncExceptionTarget(state({ el: 0 }), 'HVC').result).toEqual(undef);
    expect(syncExceptionTarget(state({ el: 1, scr: { hce: false } }), 'HVC').result).toEqual(undef);
    expect(syncExceptionTarget(state({ el: 1 }), 'HVC').result).toEqual({
      targetEL: 2,
      undefinedInstruction: false,
      ec: 0x16,
    });
  });

  it('traps a guest SMC to EL2 with TSC=1 and sends it to EL3 otherwise', () => {
    expect(syncExceptionTarget(state({ el: 1, hcr: { tsc: true } }), 'SMC').result.targetEL).toBe(2);
    expect(syncExceptionTarget(state({ el: 1 }), 'SMC').result.targetEL).toBe(3);
    expect(syncExceptionTarget(state({ el: 0 }), 'SMC').result.undefinedInstruction).toBe(true);
  });

  it('traps a guest WFI to EL2 with TWI=1', () => {
    const got = syncExceptionTarget(state({ el: 1, hcr: { twi: true } }), 'WFI');
    expect(got.result.targetEL).toBe(2);
    expect(got.because[0]?.rule).toBe('R-WFI-TWI');
  });

  it('takes every stage 2 fault from a guest to EL2', () => {
    for (const el of [0, 1] as const) {
      expect(syncExceptionTarget(state({ el, hcr: { vm: true } }), 'Stage2Abort').result.targetEL).toBe(2);
    }
  });
});

describe('exceptionReturn', () => {
  it('forbids ERET to EL1 while HCR_EL2.TGE=1 (KVM must clear TGE to enter a guest)', () => {
    const got = exceptionReturn(state({ el: 2, hcr: { e2h: true, tge: true } }), 1);
    expect(got.result.legal).toBe(false);
    expect(got.because[0]?.rule).toBe('R-ERET-ILLEGAL-TGE');
    expect(exceptionReturn(state({ el: 2, hcr: { e2h: true, tge: false } }), 1).result.legal).toBe(true);
  });

  it('ERET at EL0 is UNDEFINED', () => {
    for (const tge of [false, true]) {
      const s = state({ el: 0, hcr: { tge } });
      const got = exceptionReturn(s, 0);
      expect(got.result).toEqual({ legal: false, undefinedInstruction: true });
      expect(got.because.map((b) => b.rule)).toEqual([
        'R-ERET-UNDEF-EL0',
        'R-UNDEF',
        tge ? 'R-SYNC-EL0-TGE' : 'R-SYNC-EL0-EL1',
      ]);
      // Routed like any EL0 exception: EL1, or EL2 when TGE=1; EC 0x00.
      expect(syncExceptionTarget(s, 'Undefined').result).toMatchObject({ targetEL: tge ? 2 : 1, ec: 0x00 });
    }
  });

  it('says an illegal return sets PSTATE.IL and stays at the current EL (R-ERET-ILLEGAL-IL)', () => {
    const got = exceptionReturn(state({ el: 1 }), 2);
    expect(got.result).toEqual({ legal: false, undefinedInstruction: false });
    expect(got.because.map((b) => b.rule)).toEqual(['R-ERET-ILLEGAL-HIGHER', 'R-ERET-ILLEGAL-IL']);
    expect(got.because[1]?.detail).toContain('ELR_EL1');
  });

  it('is legal exactly when the target is not higher, exists, and is not EL1 under TGE; UNDEFINED at EL0', () => {
    const wrong: string[] = [];
    for (const s of enumerateStates(WORLD)) {
      for (const target of [0, 1, 2, 3] as const) {
        // IllegalExceptionReturn() / ELFromSPSR(), with EL2Enabled() read from SCR_EL3.NS.
        const el2en = s.features.el2 && (!s.features.el3 || s.scr.ns || (s.features.sel2 && s.scr.eel2));
        const undefinedInstruction = s.el === 0;
        const legal =
          !undefinedInstruction &&
          target <= s.el &&
          !(target === 3 && !s.features.el3) &&
          !(target === 2 && !el2en) &&
          !(target === 1 && el2en && s.hcr.tge);
        const got = exceptionReturn(s, target).result;
        if (got.legal !== legal || got.undefinedInstruction !== undefinedInstruction) {
          wrong.push(`${describeState(s)} -> EL${target}: ${JSON.stringify(got)}`);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('the Illegal Execution state exception', () => {
  it('is taken at the current EL above EL0, with EC 0x0E', () => {
    for (const el of [1, 2, 3] as const) {
      const got = syncExceptionTarget(state({ el, hcr: { tge: el === 2 } }), 'IllegalState');
      expect(got.result).toEqual({ targetEL: el, undefinedInstruction: false, ec: 0x0e, iss: 0 });
      expect(got.because[0]?.rule).toBe('R-ILLEGAL-STATE');
    }
  });
});

describe('SMC without EL3 (IMPLEMENTATION DEFINED trap)', () => {
  const noEl3 = (tsc: boolean, trap?: boolean) =>
    state({
      el: 1,
      hcr: { tsc },
      features: trap === undefined ? { el3: false } : { el3: false, smcTrapWithoutEl3: trap },
    });

  it('SMC at EL1 with TSC=1 and no EL3 is UNDEFINED by default, naming the IMPLEMENTATION DEFINED choice', () => {
    const got = syncExceptionTarget(noEl3(true), 'SMC');
    expect(got.result).toMatchObject({ targetEL: 1, undefinedInstruction: true, ec: 0x00 });
    expect(got.because[0]?.rule).toBe('R-SMC-TSC-NOEL3-UNDEF');
    expect(got.because[0]?.source).toContain('IMPLEMENTATION DEFINED');
  });

  it('traps SMC at EL1 with TSC=1 to EL2 (EC 0x17) when the PE chooses to (features.smcTrapWithoutEl3)', () => {
    const got = syncExceptionTarget(noEl3(true, true), 'SMC', { imm16: 0 });
    expect(got.result).toEqual({ targetEL: 2, undefinedInstruction: false, ec: 0x17, iss: 0 });
    expect(got.because.map((b) => b.rule)).toEqual(['R-SMC-TSC-NOEL3-TRAP', 'R-SMC-TSC']);
  });

  it('SMC without EL3 and TSC=0 is UNDEFINED, whatever the implementation chooses', () => {
    for (const trap of [undefined, false, true]) {
      const got = syncExceptionTarget(noEl3(false, trap), 'SMC');
      expect(got.result.undefinedInstruction).toBe(true);
      expect(got.because[0]?.rule).toBe('R-SMC-UNDEF-NOEL3');
    }
  });
});

describe('SCR_EL3.NS and SCR_EL3.EEL2 act', () => {
  // Secure EL1 under EL3, without Secure EL2: EL2Enabled() is false.
  const secureEl1 = (patch: { hcr?: Partial<PeState['hcr']>; scr?: Partial<PeState['scr']> } = {}) =>
    state({ el: 1, scr: { ns: false, eel2: false, ...patch.scr }, hcr: patch.hcr ?? {} });

  it('with EL3, SCR_EL3.NS=0 and EEL2=0: HCR_EL2 routing is ignored and HVC at EL1 is UNDEFINED', () => {
    const s = secureEl1({ hcr: { imo: true, fmo: true, amo: true, tge: true, twi: true, tsc: true, vm: true } });
    for (const kind of INTERRUPT_KINDS) expect(interruptTarget(s, kind).result.targetEL).toBe(1);
    expect(syncExceptionTarget(s, 'HVC').result).toMatchObject({ targetEL: 1, undefinedInstruction: true });
    expect(syncExceptionTarget(s, 'HVC').because[0]?.rule).toBe('R-HVC-UNDEF-NOEL2');
    expect(syncExceptionTarget(s, 'WFI').result.targetEL).toBe(1);
    expect(syncExceptionTarget(s, 'SMC').result.targetEL).toBe(3);
    // An ERET to EL2 has no EL2 to return to.
    expect(exceptionReturn({ ...s, el: 3 }, 2).because[0]?.rule).toBe('R-ERET-ILLEGAL-ABSENT');
  });

  it('reads a state whose `secure` and `scr.ns` disagree below EL3 by `scr.ns`', () => {
    const nsButSecureField = state({ el: 1, secure: true, scr: { ns: true }, hcr: { imo: true } });
    expect(interruptTarget(nsButSecureField, 'IRQ').result.targetEL).toBe(2);
    const secureButNsField = state({ el: 1, secure: false, scr: { ns: false }, hcr: { imo: true } });
    expect(interruptTarget(secureButNsField, 'IRQ').result.targetEL).toBe(1);
    expect(syncExceptionTarget(secureButNsField, 'HVC').result.undefinedInstruction).toBe(true);
  });

  it('SCR_EL3.EEL2=1 with FEAT_SEL2 enables Secure EL2 again', () => {
    const s = state({ el: 1, scr: { ns: false, eel2: true }, features: { sel2: true }, hcr: { imo: true } });
    expect(interruptTarget(s, 'IRQ').result.targetEL).toBe(2);
    expect(syncExceptionTarget(s, 'HVC').result).toMatchObject({ targetEL: 2, ec: 0x16 });
  });
});

describe('every synchronous answer carries its syndrome', () => {
  it('gives ESR_ELx.EC for each kind and ISS where known', () => {
    const ns = (el: PeState['el'], hcr: Partial<PeState['hcr']> = {}) => state({ el, hcr });
    const r = (s: PeState, k: (typeof SYNC_KINDS)[number], imm16?: number) =>
      syncExceptionTarget(s, k, imm16 === undefined ? undefined : { imm16 }).result;
    expect(r(ns(0), 'SVC', 0)).toMatchObject({ ec: 0x15, iss: 0 });
    expect(r(ns(0), 'SVC').iss).toBeUndefined();
    expect(r(ns(1), 'HVC', 0x4b1d)).toMatchObject({ targetEL: 2, ec: 0x16, iss: 0x4b1d });
    expect(r(ns(1), 'SMC', 0x7)).toMatchObject({ targetEL: 3, ec: 0x17, iss: 0x7 });
    // SMC trapped by TSC keeps EC 0x17 and its imm16.
    expect(r(ns(1, { tsc: true }), 'SMC', 0x7)).toMatchObject({ targetEL: 2, ec: 0x17, iss: 0x7 });
    expect(r(ns(1, { twi: true }), 'WFI')).toMatchObject({ targetEL: 2, ec: 0x01, iss: 0x01e00000 });
    expect(r(ns(1, { twe: true }), 'WFE')).toMatchObject({ targetEL: 2, ec: 0x01, iss: 0x01e00001 });
    expect(r(ns(0), 'HVC', 1)).toMatchObject({ undefinedInstruction: true, ec: 0x00, iss: 0 });
    expect(r(ns(0), 'Stage1Abort').ec).toBe(0x24);
    expect(r(ns(1), 'Stage1Abort').ec).toBe(0x25);
    expect(r(ns(1, { vm: true }), 'Stage2Abort').ec).toBe(0x24);
    expect(r(ns(2), 'IllegalState')).toMatchObject({ targetEL: 2, ec: 0x0e });
    for (const ec of [0x00, 0x01, 0x0e, 0x15, 0x16, 0x17, 0x18, 0x24, 0x25]) expect(EC_NAMES[ec]).toBeTruthy();
  });
});
