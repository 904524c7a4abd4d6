// What the core says each case does, what QEMU did, and where the two differ.

import {
  EC,
  type EL,
  exceptionReturn,
  interruptTarget,
  type PeState,
  physicalTimerAccess,
  type SyncOutcome,
  syncExceptionTarget,
  sysregAccess,
  translationRegime,
  virtualCounterOffset,
  virtualInterruptTarget,
} from '../../src/core';
import { COUNTER_OFFSET, type ProbeCase, peState, regOfPair, TIMER_PROBES, VSESR } from './cases';
import { IMM16, PAIRS, VALUE } from './events';
import type { Record } from './run';

/** One outcome, in the terms both sides can be put in. */
export interface Outcome {
  /** What was taken: a synchronous exception, an interrupt, or nothing (the PE ran on). */
  taken: 'sync' | 'IRQ' | 'FIQ' | 'SError' | 'none';
  /** The EL it was taken to; for 'none', the EL the PE ran on at. */
  el: EL;
  /** ESR_ELx.EC and ISS (ISS only compared where the core gives it). */
  ec?: number;
  iss?: number;
  /** The register a system-register access reached; 'none' when it completed nothing. */
  reaches?: string;
  /** The virtual interrupt probe: HCR_EL2.VI / VF / VSE as EL3 read it back after the case. */
  stillSignalled?: boolean;
  /** The counter probe: whether CNTVCT_EL0 read CNTPCT_EL0 minus CNTVOFF_EL2, or something else. */
  offset?: 'applied' | 'not applied' | string;
}

/** ESR_ELx.EC of an Instruction Abort from a lower EL (the stage 2 fetch probe). */
const EC_IABT_LOWER = 0x20;

function syncOutcome(a: SyncOutcome): Outcome {
  const o: Outcome = { taken: 'sync', el: a.targetEL, ec: a.ec };
  if (a.iss !== undefined) o.iss = a.iss;
  return o;
}

const undefinedHere = (s: PeState): Outcome => syncOutcome(syncExceptionTarget(s, 'Undefined').result);

/** The core's answer for a case, as an Outcome. */
export function expected(c: ProbeCase, secureFromNs = false): Outcome {
  const s = peState(c, secureFromNs);
  const p = c.probe;
  switch (p.kind) {
    case 'sync': {
      const imm16 = {
        SVC: IMM16.SVC,
        HVC: IMM16.HVC,
        SMC: IMM16.SMC,
        Undefined: undefined,
        WFI: undefined,
        WFE: undefined,
      }[p.sync];
      const a = syncExceptionTarget(s, p.sync, imm16 === undefined ? undefined : { imm16 }).result;
      if (p.sync === 'WFI' || p.sync === 'WFE') {
        // Not trapped: the core answers the current EL (the instruction completes there).
        if (a.targetEL === s.el && !a.undefinedInstruction) return { taken: 'none', el: s.el };
      }
      return syncOutcome(a);
    }
    case 'eret': {
      const a = exceptionReturn(s, p.target).result;
      if (a.undefinedInstruction) return undefinedHere(s);
      if (a.legal) return { taken: 'none', el: p.target };
      // Illegal return: PSTATE.IL is set, the EL kept, and the next instruction takes the
      // Illegal Execution state exception (EC 0x0E).
      return syncOutcome(syncExceptionTarget(s, 'IllegalState').result);
    }
    case 'sysreg': {
      // The probe's MSR writes x0, its MRS reads into x1: the Rt a trapped access's ISS names.
      const r = sysregAccess(s, p.reg, p.op, p.op === 'MRS' ? 1 : 0).result;
      // Only registers with a readback pair say which register was reached (not the ID registers).
      const paired = PAIRS.some((pr) => pr.some((x) => x === regOfPair(p.reg)));
      if (r.kind === 'register')
        return paired ? { taken: 'none', el: s.el, reaches: r.reaches } : { taken: 'none', el: s.el };
      const none = paired ? { reaches: 'none' } : {};
      if (r.kind === 'undefined') return { ...undefinedHere(s), ...none };
      // FEAT_NV2: a load/store at VNCR_EL2 + offset, no exception (the probes do not set NV2).
      if (r.kind === 'memory') return { taken: 'none', el: s.el, ...none };
      return { taken: 'sync', el: r.targetEL, ec: EC.SYSREG, iss: r.iss, ...none };
    }
    case 'virtual': {
      const r = virtualInterruptTarget(s, p.interrupt, { vsesr: VSESR }).result;
      const taken = ({ vIRQ: 'IRQ', vFIQ: 'FIQ', vSError: 'SError' } as const)[p.interrupt];
      // The bit as written stays, unless taking the interrupt clears it (VSE).
      const stillSignalled = c.hcr[VIRTUAL_BIT[p.interrupt]] && !r.clearsVse;
      if (!r.taken || r.targetEL === null) return { taken: 'none', el: s.el, stillSignalled };
      const o: Outcome = { taken, el: r.targetEL, stillSignalled };
      return r.esr ? { ...o, ec: r.esr.ec, iss: r.esr.iss } : o;
    }
    case 'timer': {
      const t = TIMER_PROBES.find((x) => x.reg === p.reg && x.op === p.op);
      if (!t) throw new Error(`no timer probe ${p.op} ${p.reg}`);
      const r = physicalTimerAccess(s, t.resource, p.cnthctl, { reg: p.reg, op: p.op, rt: p.op === 'MRS' ? 1 : 0 });
      return r.result.trapped && r.result.targetEL !== null
        ? { taken: 'sync', el: r.result.targetEL, ec: r.result.ec, iss: r.result.iss }
        : { taken: 'none', el: s.el };
    }
    case 'counter':
      return { taken: 'none', el: s.el, offset: virtualCounterOffset(s).result.offset ? 'applied' : 'not applied' };
    case 'interrupt': {
      const r = interruptTarget(s, p.interrupt).result;
      return r.taken ? { taken: p.interrupt, el: r.targetEL } : { taken: 'none', el: s.el };
    }
    case 'fetch':
      // VTTBR_EL2 points at an all-invalid table: where stage 2 applies, the first fetch
      // takes a stage 2 Instruction Abort (EC 0x20), to the EL the core routes a stage 2 abort.
      return translationRegime(s).result.stage2
        ? { taken: 'sync', el: syncExceptionTarget(s, 'Stage2Abort').result.targetEL, ec: EC_IABT_LOWER }
        : { taken: 'none', el: s.el };
  }
}

const TYPES = ['sync', 'IRQ', 'FIQ', 'SError'] as const;

/** What QEMU did, as an Outcome (all fields filled). */
export function observed(c: ProbeCase, r: Record): Outcome {
  let o: Outcome;
  if (r.first.el !== 0xff) {
    const esr = r.first.esr;
    const taken = TYPES[(r.first.offset >> 7) & 3] ?? 'sync';
    o = { taken, el: r.first.el as EL };
    if (taken === 'sync' || taken === 'SError') {
      o.ec = Number((esr >> 26n) & 0x3fn);
      o.iss = Number(esr & 0x1ffffffn);
    }
  } else {
    // Nothing taken: the escape SVC's SPSR.M[3:2] is the EL the PE ran on at.
    o = { taken: 'none', el: Number((r.escape.spsr >> 2n) & 3n) as EL };
  }
  const p = c.probe;
  if (p.kind === 'sync' && (p.sync === 'WFI' || p.sync === 'WFE') && (o.taken === 'IRQ' || o.taken === 'FIQ')) {
    // The wake-up interrupt of an untrapped WFI: the WFI itself completed at the case's EL.
    o = { taken: 'none', el: c.el };
  }
  if (p.kind === 'sysreg') o.reaches = reachedRegister(p.reg, p.op, r);
  if (p.kind === 'counter') o.offset = counterOffset(r.readValue);
  if (p.kind === 'virtual') o.stillSignalled = ((r.readValue >> HCR_SIGNAL_BIT[p.interrupt]) & 1n) === 1n;
  return o;
}

/** The HCR_EL2 bit that signals each virtual interrupt (VI bit 7, VF bit 6, VSE bit 8). */
const VIRTUAL_BIT = { vIRQ: 'vi', vFIQ: 'vf', vSError: 'vse' } as const;
const HCR_SIGNAL_BIT = { vIRQ: 7n, vFIQ: 6n, vSError: 8n } as const;

/** A run's reads are a few hundred ticks apart at most (icount: one instruction per ns, 16 ns a tick). */
const COUNTER_SLACK = 1000n;
const U64 = 1n << 64n;

/** CNTPCT_EL0 - CNTVCT_EL0 (modulo 2^64, the later read second): the offset, less a few ticks, or about 0. */
function counterOffset(diff: bigint): string {
  if (diff === 0xdeadn) return 'none';
  if (diff <= COUNTER_OFFSET && diff > COUNTER_OFFSET - COUNTER_SLACK) return 'applied';
  if (diff === 0n || diff > U64 - COUNTER_SLACK) return 'not applied';
  return `difference 0x${diff.toString(16)}`;
}

function reachedRegister(reg: string, op: 'MRS' | 'MSR', r: Record): string {
  const pair = PAIRS.find((pr) => pr.some((x) => x === regOfPair(reg)));
  if (!pair) return '?';
  if (reg === 'MIDR_EL1' || reg === 'MPIDR_EL1') {
    // EL3 wrote 0x1100 to VPIDR_EL2 and 0x2200 to VMPIDR_EL2: another value is the real register.
    if (r.readValue === VALUE.el1) return 'VPIDR_EL2';
    if (r.readValue === VALUE.el2) return 'VMPIDR_EL2';
    return r.readValue === 0xdeadn ? 'none' : reg;
  }
  if (op === 'MSR') {
    if (r.el1Value === VALUE.written) return pair[0];
    if (r.el2Value === VALUE.written) return pair[1];
    return 'none';
  }
  if (r.readValue === VALUE.el1) return pair[0];
  if (r.readValue === VALUE.el2) return pair[1];
  return r.readValue === 0xdeadn ? 'none' : `value 0x${r.readValue.toString(16)}`;
}

/** The fields where QEMU and the core differ (only fields the core gives are compared). */
export function differences(exp: Outcome, obs: Outcome): string[] {
  const d: string[] = [];
  if (exp.taken !== obs.taken) d.push(`taken: core ${exp.taken}, QEMU ${obs.taken}`);
  if (exp.el !== obs.el) d.push(`EL: core EL${exp.el}, QEMU EL${obs.el}`);
  if (exp.taken === obs.taken && exp.ec !== undefined && exp.ec !== obs.ec) {
    d.push(`EC: core 0x${exp.ec.toString(16)}, QEMU 0x${obs.ec?.toString(16)}`);
  }
  if (exp.taken === obs.taken && exp.iss !== undefined && exp.iss !== obs.iss) {
    d.push(`ISS: core 0x${exp.iss.toString(16)}, QEMU 0x${obs.iss?.toString(16)}`);
  }
  if (exp.reaches !== undefined && exp.reaches !== obs.reaches)
    d.push(`reaches: core ${exp.reaches}, QEMU ${obs.reaches}`);
  if (exp.stillSignalled !== undefined && exp.stillSignalled !== obs.stillSignalled)
    d.push(`signal bit after: core ${exp.stillSignalled ? 1 : 0}, QEMU ${obs.stillSignalled ? 1 : 0}`);
  if (exp.offset !== undefined && exp.offset !== obs.offset)
    d.push(`CNTVOFF_EL2: core ${exp.offset}, QEMU ${obs.offset}`);
  return d;
}

export function describeCase(c: ProbeCase): string {
  const p = c.probe;
  const what =
    p.kind === 'sync'
      ? p.sync
      : p.kind === 'eret'
        ? `ERET to EL${p.target}`
        : p.kind === 'sysreg'
          ? `${p.op} ${p.reg}`
          : p.kind === 'interrupt' || p.kind === 'virtual'
            ? `pending ${p.interrupt}`
            : p.kind === 'timer'
              ? `${p.op} ${p.reg} with CNTHCTL_EL2=0x${p.cnthctl.toString(16)}`
              : p.kind === 'counter'
                ? `CNTPCT_EL0 - CNTVCT_EL0 with CNTVOFF_EL2=0x${COUNTER_OFFSET.toString(16)}`
                : 'fetch with HCR_EL2.VM=1';
  const on = (o: object) =>
    Object.entries(o)
      .filter(([, v]) => v)
      .map(([k]) => k.toUpperCase())
      .join(',') || '-';
  return `#${c.id} ${what} at EL${c.el}; SCR_EL3{${on(c.scr)}} HCR_EL2{${on(c.hcr)}} PSTATE{${on(c.pstate)}}`;
}

export function describeRecord(r: Record): string {
  const s = r.first;
  if (s.el === 0xff)
    return `nothing taken; ran on at EL${(r.escape.spsr >> 2n) & 3n}; readbacks ${r.el1Value.toString(16)}/${r.el2Value.toString(16)} read ${r.readValue.toString(16)}`;
  const kind = TYPES[(s.offset >> 7) & 3];
  const from = s.offset >= 0x400 ? `lower EL (EL${(s.spsr >> 2n) & 3n})` : 'current EL';
  return `${kind} at EL${s.el} vector 0x${s.offset.toString(16)} from ${from}, ESR 0x${s.esr.toString(16)} SPSR 0x${s.spsr.toString(16)} ELR 0x${s.elr.toString(16)}`;
}
