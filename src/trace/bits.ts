// The PeState bits a trace step can imply, as one small bit vector (bit i = BITS[i]), and
// the PeState a vector stands for. Features are fixed at what QEMU's `virt` board with
// virtualization=on,secure=on and -cpu max has: EL2, EL3 and FEAT_VHE, no Secure EL2.
import { defaultState, type EL, type PeState } from '../core';

export const BITS = [
  'hcr.vm',
  'hcr.fmo',
  'hcr.imo',
  'hcr.amo',
  'hcr.twi',
  'hcr.twe',
  'hcr.tsc',
  'hcr.tge',
  'hcr.e2h',
  'scr.ns',
  'scr.irq',
  'scr.fiq',
  'scr.ea',
  'scr.hce',
  'pstate.i',
  'pstate.f',
  'pstate.a',
] as const;
export type BitName = (typeof BITS)[number];

export const bitOf = (name: BitName) => 1 << BITS.indexOf(name);
export const maskOf = (names: readonly BitName[]) => names.reduce((m, n) => m | bitOf(n), 0);

/** HCR_EL2 bits change only while the PE is at EL2 or EL3; SCR_EL3 bits only at EL3. */
export const HCR_MASK = maskOf(BITS.filter((b) => b.startsWith('hcr.')));
export const SCR_MASK = maskOf(BITS.filter((b) => b.startsWith('scr.')));
export const PSTATE_MASK = maskOf(BITS.filter((b) => b.startsWith('pstate.')));

/** "HCR_EL2.TGE", "SCR_EL3.NS", "PSTATE.I". */
export function registerName(bit: BitName): string {
  const [group, field] = bit.split('.') as [string, string];
  const reg = group === 'hcr' ? 'HCR_EL2' : group === 'scr' ? 'SCR_EL3' : 'PSTATE';
  return `${reg}.${field.toUpperCase()}`;
}

/** The PeState a bit vector stands for, at `el`. */
export function stateOf(vector: number, el: EL): PeState {
  const s = defaultState();
  const on = (b: BitName) => (vector & bitOf(b)) !== 0;
  s.el = el;
  s.features = { el2: true, el3: true, vhe: true, sel2: false, nv: false };
  s.hcr = {
    vm: on('hcr.vm'),
    fmo: on('hcr.fmo'),
    imo: on('hcr.imo'),
    amo: on('hcr.amo'),
    twi: on('hcr.twi'),
    twe: on('hcr.twe'),
    tsc: on('hcr.tsc'),
    tge: on('hcr.tge'),
    rw: true,
    e2h: on('hcr.e2h'),
  };
  s.scr = {
    ns: on('scr.ns'),
    irq: on('scr.irq'),
    fiq: on('scr.fiq'),
    ea: on('scr.ea'),
    hce: on('scr.hce'),
    rw: true,
    eel2: false,
  };
  s.pstate = { d: false, a: on('pstate.a'), i: on('pstate.i'), f: on('pstate.f') };
  // Below EL3 the Security state is the one SCR_EL3.NS selects; EL3 itself is Secure.
  s.secure = el === 3 ? true : !on('scr.ns');
  return s;
}

/** The bit vector of a PeState (the inverse of stateOf, for these bits). */
export function vectorOf(s: PeState): number {
  let v = 0;
  for (const b of BITS) {
    const [group, field] = b.split('.') as ['hcr' | 'scr' | 'pstate', string];
    if ((s[group] as unknown as Record<string, boolean>)[field]) v |= bitOf(b);
  }
  return v;
}

/** Every value of the bits in `mask` (others 0). */
export function* subsets(mask: number): Generator<number> {
  // Standard submask enumeration, from 0 up to mask.
  let sub = 0;
  for (;;) {
    yield sub;
    if (sub === mask) return;
    sub = (sub - mask) & mask;
  }
}

/** Bits of `mask` set in `v`, as names and values. */
export function bitValues(mask: number, v: number): { bit: BitName; value: boolean }[] {
  return BITS.filter((b) => (mask & bitOf(b)) !== 0).map((bit) => ({ bit, value: (v & bitOf(bit)) !== 0 }));
}
