// The probe cases, generated from a table: for each event, the PE states it is tried in.
// A case is one ERET from EL3 into a state, one event, and the record of what was taken.

import {
  type EL,
  exceptionReturn,
  HCR_BIT_POSITION,
  HCR_ZERO,
  type Hcr,
  type PeState,
  SCR_BIT_POSITION,
  type Scr,
} from '../../src/core';
import { eventIndex, PAIRS, PROBED_REGISTERS, READ_ONLY_PROBES, VALUE } from './events';

/**
 * SCR_EL3 and HCR_EL2 bits a case sets (the rest are 0 but SCR_EL3.RW and HCR_EL2.RW, always
 * 1; FEAT_NV's bits are not probed).
 */
export type CaseScr = Omit<Scr, 'ea' | 'rw'>;
export type CaseHcr = Required<Omit<Hcr, 'rw' | 'nv' | 'nv1' | 'nv2'>>;

export type Probe =
  | { kind: 'sync'; sync: 'SVC' | 'HVC' | 'SMC' | 'Undefined' | 'WFI' | 'WFE' }
  | { kind: 'eret'; target: EL }
  | { kind: 'sysreg'; reg: string; op: 'MRS' | 'MSR' }
  | { kind: 'interrupt'; interrupt: 'IRQ' | 'FIQ' }
  /** HCR_EL2.VI / VF / VSE set, no physical interrupt pending: taken at EL1 or left pending. */
  | { kind: 'virtual'; interrupt: 'vIRQ' | 'vFIQ' | 'vSError' }
  /** An access to the physical counter or timer with CNTHCTL_EL2 = `cnthctl`: trapped to EL2 or not. */
  | { kind: 'timer'; reg: TimerRegister; op: 'MRS' | 'MSR'; cnthctl: number }
  /** CNTPCT_EL0 - CNTVCT_EL0 read back to back with CNTVOFF_EL2 = COUNTER_OFFSET: is the offset seen? */
  | { kind: 'counter' }
  | { kind: 'fetch' };

/** The physical counter and timer registers the CNTHCTL_EL2 probes access. */
export const TIMER_PROBES = [
  { reg: 'CNTPCT_EL0', op: 'MRS', resource: 'counter' },
  { reg: 'CNTP_CTL_EL0', op: 'MRS', resource: 'timer' },
  { reg: 'CNTP_TVAL_EL0', op: 'MRS', resource: 'timer' },
  { reg: 'CNTP_CVAL_EL0', op: 'MSR', resource: 'timer' },
] as const;
export type TimerRegister = (typeof TIMER_PROBES)[number]['reg'];

/** CNTVOFF_EL2 for the counter probes: far above any count a run reaches. */
export const COUNTER_OFFSET = 1n << 40n;
/** VSESR_EL2 in every case: EA=1, DFSC=0x11 ("asynchronous SError"), the syndrome a vSError carries. */
export const VSESR = 0x211;
/** CNTHCTL_EL2 of every case that does not set its own: all EL0/EL1 accesses allowed in both E2H layouts. */
export const CNTHCTL_OPEN = 0xf03;

export interface ProbeCase {
  id: number;
  el: EL;
  scr: CaseScr;
  hcr: CaseHcr;
  /** PSTATE.I, F and A at the case's EL (D stays masked; A is masked unless a vSError case clears it). */
  pstate: { i: boolean; f: boolean; a?: boolean };
  probe: Probe;
}

/** The core's view of a case: EL2, EL3, FEAT_VHE and FEAT_SEL2 as QEMU's `-cpu max` has them. */
export function peState(c: ProbeCase, secureFromNs = false): PeState {
  return {
    el: c.el,
    // Below EL3 the Security state is SCR_EL3.NS (EL2Enabled() reads it), and that is all the
    // probe sets: `secure` stays at its Non-secure default, as after a what-if that flips
    // only SCR_EL3.NS; `secureFromNs` gives the state with both in agreement (the core must
    // answer both alike: probes.test.ts).
    secure: c.el === 3 || (secureFromNs && !c.scr.ns),
    features: { el2: true, el3: true, vhe: true, sel2: true, nv: false },
    hcr: { ...c.hcr, rw: true },
    scr: { ...c.scr, ea: false, rw: true },
    pstate: { d: true, a: c.pstate.a ?? true, i: c.pstate.i, f: c.pstate.f },
  };
}

/** SPSR.M[3:0] for ELxh (EL0t at EL0). */
const MODE: Record<EL, bigint> = { 0: 0n, 1: 5n, 2: 9n, 3: 13n };

/** A register's value from its bits (absent ones 0) and their positions. */
function bits<T extends string>(value: Partial<Record<T, boolean>>, at: Record<T, number>): bigint {
  let v = 0n;
  for (const k of Object.keys(at) as T[]) if (value[k]) v |= 1n << BigInt(at[k]);
  return v;
}

export function spsr(el: EL, i: boolean, f: boolean, a = true): bigint {
  // D (bit 9) masked; A bit 8, I bit 7, F bit 6.
  return MODE[el] | (1n << 9n) | (a ? 1n << 8n : 0n) | (i ? 1n << 7n : 0n) | (f ? 1n << 6n : 0n);
}

/**
 * Case flags (runtime.S): bits 0-2 as below, bit 3 CNTHCTL_EL2 from bits 63:32, bit 4
 * CNTVOFF_EL2, bit 5 HCR_EL2 read back after the case (in place of an MRS probe's value).
 */
const FLAG = { irq: 1n, fiq: 2n, wfiTimer: 4n, cnthctl: 8n, cntvoff: 16n, readHcr: 32n } as const;

/** The 64-byte record the firmware reads (runtime.S: id, SCR, HCR, SPSR, event, arg, flags, pair). */
export function encodeCase(c: ProbeCase): bigint[] {
  const p = c.probe;
  // The registers the firmware writes are the core's view of the case, RW bits and all.
  const { hcr, scr } = peState(c);
  let event: string;
  let arg = 0n;
  let flags = 0n;
  let pair = 0;
  switch (p.kind) {
    case 'sync':
      event = { SVC: 'svc', HVC: 'hvc', SMC: 'smc', Undefined: 'udf', WFI: 'wfi', WFE: 'wfe' }[p.sync];
      // An untrapped WFI sleeps: the Secure physical timer wakes it ~1 ms later.
      if (p.sync === 'WFI') flags |= FLAG.wfiTimer;
      break;
    case 'eret':
      event = `eret_el${c.el}`;
      arg = spsr(p.target, true, true);
      break;
    case 'sysreg':
      event = `${p.op.toLowerCase()}_${p.reg.toLowerCase()}`;
      arg = VALUE.written;
      pair = 1 + PAIRS.findIndex((pr) => pr.some((r) => r === regOfPair(p.reg)));
      break;
    case 'virtual':
      // Nothing physical is made pending: only HCR_EL2.VI/VF/VSE can interrupt the wait.
      // HCR_EL2 is read back after it: taking a vSError clears VSE, VI and VF stay.
      event = 'wait';
      flags |= FLAG.readHcr;
      break;
    case 'interrupt':
      event = 'wait';
      flags |= p.interrupt === 'IRQ' ? FLAG.irq : FLAG.fiq;
      break;
    case 'timer':
      event = `${p.op.toLowerCase()}_${p.reg.toLowerCase()}`;
      arg = VALUE.written;
      flags |= FLAG.cnthctl | (BigInt(p.cnthctl) << 32n);
      break;
    case 'counter':
      event = 'counter_offset';
      flags |= FLAG.cntvoff;
      break;
    case 'fetch':
      event = 'fetch';
      break;
  }
  return [
    BigInt(c.id),
    bits(scr, SCR_BIT_POSITION),
    bits(hcr, HCR_BIT_POSITION),
    spsr(c.el, c.pstate.i, c.pstate.f, c.pstate.a ?? true),
    BigInt(eventIndex(event)),
    arg,
    flags,
    BigInt(pair),
  ];
}

/** The pair register an alias names (TTBR0_EL12 -> TTBR0_EL1), or the name itself. */
export function regOfPair(reg: string): string {
  // MIDR_EL1 / MPIDR_EL1 are read back through VPIDR_EL2 / VMPIDR_EL2 (what EL2 set).
  if (reg === 'MIDR_EL1') return 'VPIDR_EL2';
  if (reg === 'MPIDR_EL1') return 'VMPIDR_EL2';
  return reg.replace(/_EL(12|02)$/, (_, s: string) => `_EL${s[0]}`);
}

export function caseBlob(cases: readonly ProbeCase[]): Buffer {
  const buf = Buffer.alloc(64 * (cases.length + 1));
  buf.writeBigUInt64LE(BigInt(cases.length), 0);
  cases.forEach((c, i) => {
    encodeCase(c).forEach((q, j) => {
      buf.writeBigUInt64LE(q, 64 * (i + 1) + 8 * j);
    });
  });
  return buf;
}

// --- The table -------------------------------------------------------------------------

const B = [false, true] as const;
/** Security configurations below EL3: Non-secure; Secure without EL2; Secure with EL2 (FEAT_SEL2). */
const WORLDS = [
  { ns: true, eel2: false },
  { ns: false, eel2: false },
  { ns: false, eel2: true },
] as const;
const { rw: _rw, ...hcrZero } = HCR_ZERO;
/** The bits a case sets, before it sets them: every HCR_EL2 bit 0; SCR_EL3 Non-secure with HVC enabled. */
export const NO_HCR: CaseHcr = hcrZero;
export const NO_SCR: CaseScr = { ns: true, irq: false, fiq: false, hce: true, eel2: false };

function* product<T>(axes: T[][]): Generator<T[]> {
  if (axes.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = axes;
  for (const x of first ?? []) for (const tail of product(rest)) yield [x, ...tail];
}

type Draft = Omit<ProbeCase, 'id'>;
type World = (typeof WORLDS)[number];

/** In Secure state without EL2 HCR_EL2 has no effect: one E2H/TGE setting is enough. */
const hcrMoot = (world: World, e2h: unknown, tge: unknown) => !world.ns && !world.eel2 && !!(e2h || tge);

/**
 * A case at `el` in `world` with HCR_EL2.E2H and TGE as given, I and F masked; `more` sets
 * further SCR_EL3 / HCR_EL2 bits or the whole PSTATE. The axes come from `product`, untyped.
 */
function draft(
  el: unknown,
  world: unknown,
  e2h: unknown,
  tge: unknown,
  probe: Probe,
  more: { scr?: Partial<CaseScr>; hcr?: Partial<CaseHcr>; pstate?: ProbeCase['pstate'] } = {},
): Draft {
  return {
    el: el as EL,
    scr: { ...NO_SCR, ...(world as World), ...more.scr },
    hcr: { ...NO_HCR, e2h: e2h as boolean, tge: tge as boolean, ...more.hcr },
    pstate: more.pstate ?? { i: true, f: true },
    probe,
  };
}

function* syncDrafts(): Generator<Draft> {
  const trapBit = { SVC: null, Undefined: null, HVC: 'hce', SMC: 'tsc', WFI: 'twi', WFE: 'twe' } as const;
  for (const sync of ['SVC', 'HVC', 'SMC', 'Undefined', 'WFI', 'WFE'] as const) {
    for (const [el, w, e2h, tge, on] of product<unknown>([[0, 1, 2, 3], [...WORLDS], [...B], [...B], [...B]])) {
      const bit = trapBit[sync];
      if (bit === null && on) continue;
      const set = bit === null ? {} : { [bit]: on as boolean };
      yield draft(el, w, e2h, tge, { kind: 'sync', sync }, bit === 'hce' ? { scr: set } : { hcr: set });
    }
  }
}

function* eretDrafts(): Generator<Draft> {
  for (const [el, target, w, e2h, tge] of product<unknown>([[0, 1, 2, 3], [0, 1, 2, 3], [...WORLDS], [...B], [...B]])) {
    if (el === 0 && target !== 0) continue; // ERET at EL0 is UNDEFINED whatever SPSR says: one target is enough
    yield draft(el, w, e2h, tge, { kind: 'eret', target: target as EL });
  }
}

function* sysregDrafts(): Generator<Draft> {
  for (const [reg, op, el, w, e2h, tge] of product<unknown>([
    [...PROBED_REGISTERS],
    ['MSR', 'MRS'],
    [0, 1, 2, 3],
    [...WORLDS],
    [...B],
    [...B],
  ])) {
    if (hcrMoot(w as World, e2h, tge)) continue;
    yield draft(el, w, e2h, tge, { kind: 'sysreg', reg: reg as string, op: op as 'MRS' | 'MSR' });
  }
}

function* interruptDrafts(): Generator<Draft> {
  for (const [interrupt, el, w, route, e2h, tge, mo, masked] of product<unknown>([
    ['IRQ', 'FIQ'],
    [0, 1, 2, 3],
    [...WORLDS],
    [...B],
    [...B],
    [...B],
    [...B],
    [...B],
  ])) {
    // A Group 1 Non-secure SGI is an IRQ only while the PE is Non-secure below EL3.
    if (interrupt === 'IRQ' && (el === 3 || !(w as World).ns)) continue;
    const irq = interrupt === 'IRQ';
    yield draft(
      el,
      w,
      e2h,
      tge,
      { kind: 'interrupt', interrupt: interrupt as 'IRQ' | 'FIQ' },
      {
        scr: { irq: irq && (route as boolean), fiq: !irq && (route as boolean) },
        hcr: { imo: irq && (mo as boolean), fmo: !irq && (mo as boolean) },
        pstate: { i: irq && (masked as boolean), f: !irq && (masked as boolean) },
      },
    );
  }
}

// Issue 12: virtual interrupts from HCR_EL2.VI/VF/VSE, in every routing, TGE/E2H and mask setting.
const VIRTUAL_BITS = {
  vIRQ: { pend: 'vi', route: 'imo', mask: 'i' },
  vFIQ: { pend: 'vf', route: 'fmo', mask: 'f' },
  vSError: { pend: 'vse', route: 'amo', mask: 'a' },
} as const;

function* virtualDrafts(): Generator<Draft> {
  for (const [interrupt, el, w, e2h, tge, route, pend, masked] of product<unknown>([
    ['vIRQ', 'vFIQ', 'vSError'],
    [0, 1, 2, 3],
    [...WORLDS],
    [...B],
    [...B],
    [...B],
    [...B],
    [...B],
  ])) {
    // At EL3 only the state that would take it anywhere else: signalled, routed, unmasked.
    if (el === 3 && !(route && pend && !masked)) continue;
    const kind = interrupt as keyof typeof VIRTUAL_BITS;
    const b = VIRTUAL_BITS[kind];
    // Only the probed interrupt's mask varies; the other two stay masked (A too, as elsewhere).
    const pstate = { i: true, f: true, a: true };
    pstate[b.mask] = masked as boolean;
    const hcr = { [b.route]: route as boolean, [b.pend]: pend as boolean };
    yield draft(el, w, e2h, tge, { kind: 'virtual', interrupt: kind }, { hcr, pstate });
  }
}

// Issue 12: EL1 accesses HCR_EL2.TVM (writes), TRVM (reads) and TID3 (ID reads) trap, and
// MIDR_EL1 / MPIDR_EL1 answered from VPIDR_EL2 / VMPIDR_EL2. EL0 is left out of the ID reads:
// QEMU's -cpu max has FEAT_IDST (EL0 ID reads trap to EL1 with EC 0x18), which the core does
// not model.
function* el1TrapDrafts(): Generator<Draft> {
  const vmRegs = ['TTBR0_EL1', 'MAIR_EL1', 'CONTEXTIDR_EL1'];
  for (const [reg, op, el, w, e2h, tge, tvm, trvm] of product<unknown>([
    vmRegs,
    ['MSR', 'MRS'],
    [1, 2],
    [...WORLDS],
    [...B],
    [...B],
    [...B],
    [...B],
  ])) {
    if (hcrMoot(w as World, e2h, tge)) continue;
    const probe: Probe = { kind: 'sysreg', reg: reg as string, op: op as 'MRS' | 'MSR' };
    yield draft(el, w, e2h, tge, probe, { hcr: { tvm: tvm as boolean, trvm: trvm as boolean } });
  }
  for (const [reg, el, w, e2h, tge, tid3] of product<unknown>([
    [...READ_ONLY_PROBES],
    [1, 2],
    [...WORLDS],
    [...B],
    [...B],
    [...B],
  ])) {
    if (hcrMoot(w as World, e2h, tge)) continue;
    const probe: Probe = { kind: 'sysreg', reg: reg as string, op: 'MRS' };
    yield draft(el, w, e2h, tge, probe, { hcr: { tid3: tid3 as boolean } });
  }
}

// Issue 12: CNTHCTL_EL2's EL0/EL1 physical counter and timer enables. Each case opens every
// enable but one (or none), so a trap names the one bit that decides; EL2 is never trapped.
const CNTHCTL_CLEARED = [null, 0, 1, 9, 10, 11] as const;

function* timerDrafts(): Generator<Draft> {
  for (const [probe, el, w, e2h, tge, cleared] of product<unknown>([
    [...TIMER_PROBES],
    [0, 1, 2],
    [...WORLDS],
    [...B],
    [...B],
    [...CNTHCTL_CLEARED],
  ])) {
    if (hcrMoot(w as World, e2h, tge)) continue;
    const { reg, op } = probe as (typeof TIMER_PROBES)[number];
    const cnthctl = cleared === null ? CNTHCTL_OPEN : CNTHCTL_OPEN & ~(1 << (cleared as number));
    yield draft(el, w, e2h, tge, { kind: 'timer', reg, op, cnthctl });
  }
}

// Issue 12: which ELs and states see CNTVOFF_EL2 in CNTVCT_EL0.
function* counterDrafts(): Generator<Draft> {
  for (const [el, w, e2h, tge] of product<unknown>([[0, 1, 2, 3], [...WORLDS], [...B], [...B]])) {
    yield draft(el, w, e2h, tge, { kind: 'counter' });
  }
}

function* fetchDrafts(): Generator<Draft> {
  for (const [el, w, e2h, tge] of product<unknown>([[0, 1], [...WORLDS], [...B], [...B]])) {
    yield draft(el, w, e2h, tge, { kind: 'fetch' }, { hcr: { vm: true } });
  }
}

/**
 * Every case, numbered. States the firmware's own ERET cannot enter (EL1 with
 * HCR_EL2.TGE=1, EL2 where EL2 is not enabled: the core's exceptionReturn says illegal)
 * are left out: the ERET probes cover those returns.
 */
export function allCases(): ProbeCase[] {
  const drafts = [
    ...syncDrafts(),
    ...eretDrafts(),
    ...sysregDrafts(),
    ...interruptDrafts(),
    ...fetchDrafts(),
    ...virtualDrafts(),
    ...el1TrapDrafts(),
    ...timerDrafts(),
    ...counterDrafts(),
  ];
  return drafts
    .filter((d) => {
      const atEL3 = { ...peState({ ...d, id: 0 }), el: 3 as EL, secure: true };
      return d.el === 3 || exceptionReturn(atEL3, d.el).result.legal;
    })
    .map((d, id) => ({ ...d, id }));
}
