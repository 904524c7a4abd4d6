import { describe, expect, it } from 'vitest';
import { enumerateStates, type StateInput } from './enumerate';
import { oracleInterrupt, oracleSync } from './oracle.test-helpers';
import { exceptionReturn, INTERRUPT_KINDS, interruptTarget, SYNC_KINDS, syncExceptionTarget } from './routing';
import { RULES } from './rules';
import { defaultState, type PeState } from './state';

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
    it(`agrees with the synchronous exception table for every ${kind} input`, () => {
      const wrong: string[] = [];
      for (const s of enumerateStates(inputs)) {
        const got = syncExceptionTarget(s, kind);
        const want = oracleSync(s, kind);
        if (
          got.result.targetEL !== want.targetEL ||
          got.result.undefinedInstruction !== want.undefinedInstruction ||
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
    const s = state({ el: 1, secure: true, scr: { ns: false }, hcr: { imo: true } });
    expect(interruptTarget(s, 'IRQ').result.targetEL).toBe(1);
    const sel2 = state({ ...s, features: { sel2: true }, scr: { ns: false, eel2: true } });
    expect(interruptTarget(sel2, 'IRQ').result.targetEL).toBe(2);
  });

  it('sends a host application syscall to EL2 under VHE and to EL1 under nVHE', () => {
    expect(syncExceptionTarget(state({ el: 0, hcr: { e2h: true, tge: true } }), 'SVC').result.targetEL).toBe(2);
    expect(syncExceptionTarget(state({ el: 0 }), 'SVC').result.targetEL).toBe(1);
  });

  it('makes HVC UNDEFINED at EL0 and when SCR_EL3.HCE=0', () => {
    expect(syncExceptionTarget(state({ el: 0 }), 'HVC').result).toEqual({ targetEL: 1, undefinedInstruction: true });
    expect(syncExceptionTarget(state({ el: 1, scr: { hce: false } }), 'HVC').result).toEqual({
      targetEL: 1,
      undefinedInstruction: true,
    });
    expect(syncExceptionTarget(state({ el: 1 }), 'HVC').result).toEqual({ targetEL: 2, undefinedInstruction: false });
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

  it('is legal exactly when the target is not higher, exists, and is not EL1 under TGE', () => {
    const wrong: string[] = [];
    for (const s of enumerateStates(WORLD)) {
      for (const target of [0, 1, 2, 3] as const) {
        const secureBelow = s.el === 3 && s.features.el3 ? !s.scr.ns : s.secure;
        const el2en = s.features.el2 && (!s.features.el3 || !secureBelow || (s.features.sel2 && s.scr.eel2));
        const legal =
          target <= s.el &&
          !(target === 3 && !s.features.el3) &&
          !(target === 2 && !el2en) &&
          !(target === 1 && el2en && s.hcr.tge);
        if (exceptionReturn(s, target).result.legal !== legal) wrong.push(`${describeState(s)} -> EL${target}`);
      }
    }
  });
});
