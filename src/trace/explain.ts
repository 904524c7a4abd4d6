// Explaining a trace with the rules: for each step, every setting of the bits that step reads
// is tried against the core, and the ones under which the core agrees with what QEMU saw
// (source EL, target EL, kind, and EC when the core gives one) are kept. Bits that are the
// same in all of them are what the trace implies. Across steps, HCR_EL2 can only change while
// EL2 or EL3 runs and SCR_EL3 only while EL3 runs, so the steps in between must agree on one
// value: those stretches are the bands of implied bits.
import { el2Enabled, exceptionReturn, interruptTarget, syncExceptionTarget } from '../core';
import { type BitName, bitValues, HCR_MASK, maskOf, SCR_MASK, stateOf, subsets } from './bits';
import { type Checkable, classify, type Observed, relevantBits } from './classify';
import type { TraceEvent } from './types';
import { virtualInterruptTarget } from './virtual';

export type StepStatus = 'explained' | 'unexplained' | 'not-modelled' | 'not-architectural' | 'incomplete';

export interface BitValue {
  bit: BitName;
  value: boolean;
}

export interface StepExplanation {
  status: StepStatus;
  /** Bits every explaining setting agrees on (this step alone). */
  implied: BitValue[];
  /** The kinds that explain it (a data abort may be a stage 1 or a stage 2 fault). */
  kinds: string[];
  /** Rule ids (core and trace) behind the first explaining setting. */
  rules: string[];
  /** When nothing explains it: the nearest rule and where it sends the exception. */
  closest?: { rule: string; predicted: number };
  /** Some possible settings do not explain it (even if no single bit is implied). */
  narrows?: boolean;
}

export interface Band {
  /** Event indexes [first, last] that share one HCR_EL2 value. */
  first: number;
  last: number;
  /** HCR_EL2 bits the whole stretch implies (given the SCR_EL3 band's chosen value). */
  implied: BitValue[];
  /** False when no single HCR_EL2 value explains all of its steps together. */
  consistent: boolean;
  /** One HCR_EL2 + SCR_EL3 value that explains the stretch (for replay), as a bit vector. */
  witness: number;
}

export interface TraceExplanation {
  /** One per event; events observed alike share one (frozen) object. */
  steps: readonly StepExplanation[];
  /** The band (stretch of steps sharing HCR_EL2) each event is in. */
  bandOf: Int32Array;
  bands: Band[];
  counts: Record<StepStatus, number>;
}

interface Analysis {
  mask: number;
  /** Bits of `mask` that are the same in every possible setting (fixed by the observation). */
  given: number;
  narrows: boolean;
  /** Values of the `mask` bits under which the core agrees with the trace. */
  allowed: number[];
  kindsOf: Map<number, string>;
  rulesOf: Map<number, string[]>;
  closest?: { rule: string; predicted: number };
}

/** Whether the core, in state `v`, agrees with the observation; the kind and rules if so. */
function check(o: Checkable, v: number): { ok: boolean; kind: string; rules: string[]; predicted: number } {
  const s = stateOf(v, o.from);
  switch (o.family) {
    case 'eret': {
      const d = exceptionReturn(s, o.to);
      return {
        ok: d.result.legal,
        kind: 'ERET',
        rules: d.because.map((b) => b.rule),
        predicted: d.result.legal ? o.to : o.from,
      };
    }
    case 'interrupt': {
      const d = interruptTarget(s, o.kind);
      return {
        ok: d.result.taken && d.result.targetEL === o.to,
        kind: o.kind,
        rules: d.because.map((b) => b.rule),
        predicted: d.result.targetEL,
      };
    }
    case 'virtual': {
      const d = virtualInterruptTarget(s, o.kind);
      return { ok: d.taken && d.targetEL === o.to, kind: o.kind, rules: d.rules, predicted: d.targetEL };
    }
    case 'sync': {
      let first: { ok: boolean; kind: string; rules: string[]; predicted: number } | undefined;
      for (const kind of o.kinds) {
        const d = syncExceptionTarget(s, kind);
        const rules = d.because.map((b) => b.rule);
        // Compare the EC the core computes, when it gives one. The core answers an abort as
        // a data abort (0x24/0x25); an instruction abort (0x20/0x21) routes the same way.
        const given = (d.result as { ec?: number }).ec;
        const ec =
          given !== undefined && (o.ec === 0x20 || o.ec === 0x21) && (given === 0x24 || given === 0x25)
            ? given - 4
            : given;
        const stage2Off = kind === 'Stage2Abort' && rules.includes('R-ABT-S2-OFF');
        const ok =
          d.result.targetEL === o.to &&
          d.result.undefinedInstruction === (o.ec === 0x00) &&
          (ec === undefined || ec === o.ec) &&
          // A real stage 2 fault needs stage 2 on (HCR_EL2.VM acting as 1).
          !stage2Off;
        const r = { ok, kind, rules, predicted: d.result.targetEL };
        if (ok) return r;
        first ??= r;
      }
      return first ?? { ok: false, kind: o.kinds[0] ?? '', rules: [], predicted: o.from };
    }
  }
}

const cache = new Map<string, Analysis>();

/** A short key naming an observation (what makes two steps explained alike). */
function observationKey(o: Observed): string {
  switch (o.family) {
    case 'sync':
      return `s${o.kinds.join('/')}:${o.from}${o.to}:${o.ec}`;
    case 'interrupt':
    case 'virtual':
      return `${o.family[0]}${o.kind}:${o.from}${o.to}`;
    case 'eret':
      return `e${o.from}${o.to}`;
    case 'qemu':
      return `q${o.what}:${o.from}${o.to}`;
    case 'unmodelled':
      return `u${o.name}:${o.ec}:${o.from}${o.to}`;
    case 'incomplete':
      return 'i';
  }
}

function analyse(o: Checkable, key = observationKey(o)): Analysis {
  const hit = cache.get(key);
  if (hit) return hit;
  const mask = maskOf(relevantBits(o));
  const allowed: number[] = [];
  const kindsOf = new Map<number, string>();
  const rulesOf = new Map<number, string[]>();
  let closest: Analysis['closest'];
  let closestDistance = Number.POSITIVE_INFINITY;
  const possible: number[] = [];
  for (const v of subsets(mask)) {
    // A PE running at EL2 has EL2 enabled in its Security state: other settings cannot be.
    if (o.from === 2 && !el2Enabled(stateOf(v, 2))) continue;
    possible.push(v);
    const r = check(o, v);
    if (r.ok) {
      allowed.push(v);
      kindsOf.set(v, r.kind);
      rulesOf.set(v, r.rules);
    } else {
      const distance = Math.abs(r.predicted - o.to);
      const rule = r.rules[r.rules.length - 1];
      if (rule && distance < closestDistance) {
        closestDistance = distance;
        closest = { rule, predicted: r.predicted };
      }
    }
  }
  // Bits every possible setting shares say nothing about this step: not implied by it.
  const given = constantBits(mask, possible);
  const a: Analysis = { mask, allowed, kindsOf, rulesOf, given: given.mask, narrows: allowed.length < possible.length };
  if (allowed.length === 0 && closest) a.closest = closest;
  cache.set(key, a);
  return a;
}

/** Bits of `mask` equal across all `values` (none when there are no values). */
function constantBits(mask: number, values: readonly number[]): { mask: number; value: number } {
  const [first] = values;
  if (first === undefined) return { mask: 0, value: 0 };
  let same = mask;
  for (const v of values) same &= ~(v ^ first);
  return { mask: same, value: first & same };
}

/** A step's explanation on its own. */
function explainOne(o: Observed): StepExplanation {
  switch (o.family) {
    case 'qemu':
      return {
        status: 'not-architectural',
        implied: [],
        kinds: [],
        rules: [o.what === 'psci' ? 'T-QEMU-PSCI' : 'T-QEMU-SEMIHOSTING'],
      };
    case 'unmodelled':
      return { status: 'not-modelled', implied: [], kinds: [], rules: ['T-NOT-MODELLED'] };
    case 'incomplete':
      return { status: 'incomplete', implied: [], kinds: [], rules: ['T-INCOMPLETE'] };
  }
  const a = analyse(o);
  if (a.allowed.length === 0) {
    const e: StepExplanation = {
      status: 'unexplained',
      implied: [],
      kinds: [],
      rules: ['T-UNEXPLAINED'],
    };
    if (a.closest) e.closest = a.closest;
    return e;
  }
  const c = constantBits(a.mask, a.allowed);
  const first = a.allowed[0] as number;
  return {
    status: 'explained',
    implied: bitValues(c.mask & ~a.given, c.value),
    narrows: a.narrows,
    kinds: [...new Set(a.allowed.map((v) => a.kindsOf.get(v) ?? ''))],
    rules: a.rulesOf.get(first) ?? [],
  };
}

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}

/** Whether some explaining setting of a step agrees with `v` on the bits in `fixed`. */
function fits(a: Analysis | null, v: number, fixed: number): boolean {
  if (!a || a.allowed.length === 0) return true; // nothing to check, or already unexplained on its own
  const m = a.mask & fixed;
  return a.allowed.some((x) => (x & m) === (v & m));
}

/** The EL the PE is at after an event (undefined when the record does not say). */
function elAfter(ev: TraceEvent): number | undefined {
  if (ev.type === 'return') return ev.to;
  if (ev.type === 'illegal-return') return ev.at;
  return ev.handledBy ? ev.from : ev.to;
}

/**
 * Splits the events into stretches during which a register cannot change: it changes only
 * while the PE is at `minEL` or above, so a stretch ends with the event that enters such an
 * EL and the next one starts with the event that leaves it.
 */
function stretches(events: readonly TraceEvent[], minEL: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  events.forEach((ev, i) => {
    const after = elAfter(ev);
    const before = ev.type === 'return' ? ev.from : ev.type === 'exception' ? ev.from : undefined;
    // A return from EL>=minEL to below starts a stretch; entering EL>=minEL from below ends one.
    if (ev.type === 'return' && before !== undefined && before >= minEL && after !== undefined && after < minEL) {
      if (i > start) out.push([start, i - 1]);
      start = i;
    } else if (after !== undefined && after >= minEL && before !== undefined && before < minEL) {
      out.push([start, i]);
      start = i + 1;
    }
  });
  if (start < events.length) out.push([start, events.length - 1]);
  return out;
}

/** The value in `candidates` nearest to `prefer` (fewest differing bits), first on ties. */
function nearest(candidates: readonly number[], prefer: number): number | undefined {
  let best: number | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = popcount(c ^ prefer);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** The feasible values of `mask` bits over the distinct steps of a stretch, given fixed bits. */
function feasible(distinct: readonly (Analysis | null)[], mask: number, base: number, fixedMask: number): number[] {
  const out: number[] = [];
  for (const v of subsets(mask)) {
    const full = (base & fixedMask) | v;
    if (distinct.every((a) => fits(a, full, mask | fixedMask))) out.push(v);
  }
  return out;
}

/** What QEMU's `virt` board starts from (and the lab's default): SCR_EL3.{NS,HCE} = 1. */
const PREFER = maskOf(['scr.ns', 'scr.hce']);

export function explainTrace(events: readonly TraceEvent[]): TraceExplanation {
  const observed = events.map(classify);
  // Steps observed alike are explained alike: number the distinct observations once.
  const ids = new Map<string, number>();
  const distinct: { o: Observed; a: Analysis | null; e: StepExplanation }[] = [];
  const idOf = new Int32Array(events.length);
  observed.forEach((o, i) => {
    const key = observationKey(o);
    let id = ids.get(key);
    if (id === undefined) {
      id = distinct.length;
      ids.set(key, id);
      const checkable =
        o.family === 'eret' || o.family === 'sync' || o.family === 'interrupt' || o.family === 'virtual';
      distinct.push({ o, a: checkable ? analyse(o, key) : null, e: Object.freeze(explainOne(o)) });
    }
    idOf[i] = id;
  });
  const steps = Array.from(idOf, (id) => (distinct[id] as (typeof distinct)[number]).e);
  /** The distinct analyses of events a..b, and a key naming that set. */
  const distinctIn = (a: number, b: number) => {
    const seen: number[] = [];
    for (let i = a; i <= b; i++) if (!seen.includes(idOf[i] as number)) seen.push(idOf[i] as number);
    seen.sort((p, q) => p - q);
    return { key: seen.join(','), list: seen.map((id) => distinct[id]?.a ?? null) };
  };

  // SCR_EL3 first (it changes least often), then HCR_EL2 within each SCR stretch's value.
  const scrOf = new Array<number>(events.length).fill(PREFER);
  let prevScr = PREFER;
  for (const [a, b] of stretches(events, 3)) {
    const vals = feasible(distinctIn(a, b).list, SCR_MASK, 0, 0);
    const pick = nearest(vals, prevScr) ?? prevScr;
    prevScr = pick;
    for (let i = a; i <= b; i++) scrOf[i] = pick;
  }

  // Each stretch's feasible HCR_EL2 values; stretches with the same steps share the work
  // (a long trace repeats a few kinds of stretch thousands of times).
  const spans = stretches(events, 2);
  type Kind = { key: string; vals: number[]; implied: BitValue[]; near: Map<number, number | undefined> };
  const kinds = new Map<string, Kind>();
  const kindOf = spans.map(([a, b]) => {
    const scr = scrOf[a] ?? PREFER;
    const d = distinctIn(a, b);
    const key = `${scr}|${d.key}`;
    let k = kinds.get(key);
    if (!k) {
      const vals = feasible(d.list, HCR_MASK, scr, SCR_MASK);
      const c = constantBits(HCR_MASK, vals);
      // Only bits some step in the stretch reads can be implied.
      const read = d.list.reduce((m, x) => m | (x?.mask ?? 0), 0);
      k = { key, vals, implied: vals.length ? bitValues(c.mask & read, c.value) : [], near: new Map() };
      kinds.set(key, k);
    }
    return k;
  });
  const nearestIn = (k: Kind | undefined, prefer: number) => {
    if (!k) return undefined;
    if (!k.near.has(prefer)) k.near.set(prefer, nearest(k.vals, prefer));
    return k.near.get(prefer);
  };
  // One value per stretch, chosen from the last stretch backwards, each nearest to the one
  // after it: a bit the trace needs later is taken as set as early as the trace allows, so
  // the value changes only where the trace forces a change (a choice, not an observation).
  const picks = new Array<number | undefined>(spans.length);
  let next = 0;
  for (let i = spans.length - 1; i >= 0; i--) {
    const pick = nearestIn(kindOf[i], next);
    picks[i] = pick;
    if (pick !== undefined) next = pick;
  }
  // Then forwards, each nearest to the one before: a bit stays as it was while the trace allows.
  for (let i = 1; i < spans.length; i++) {
    const prev = picks[i - 1];
    if (prev !== undefined) picks[i] = nearestIn(kindOf[i], prev) ?? picks[i];
  }
  const bandOf = new Int32Array(events.length);
  const bands: Band[] = spans.map(([a, b], i) => {
    const k = kindOf[i] as Kind;
    bandOf.fill(i, a, b + 1);
    return {
      first: a,
      last: b,
      implied: k.implied,
      consistent: k.vals.length > 0,
      witness: (picks[i] ?? picks[i + 1] ?? 0) | (scrOf[a] ?? PREFER),
    };
  });

  const counts: Record<StepStatus, number> = {
    explained: 0,
    unexplained: 0,
    'not-modelled': 0,
    'not-architectural': 0,
    incomplete: 0,
  };
  for (const s of steps) counts[s.status]++;
  return { steps, bandOf, bands, counts };
}

/** For tests and the scenario: whether `o` is explained in the full bit vector `v`. */
export function explainedBy(ev: TraceEvent, v: number): boolean {
  const o = classify(ev);
  if (o.family !== 'eret' && o.family !== 'sync' && o.family !== 'interrupt' && o.family !== 'virtual') return true;
  return check(o, v & analyse(o).mask).ok;
}
