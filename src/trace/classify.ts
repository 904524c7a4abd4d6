// What kind of architectural event each trace record is, in the core's terms. QEMU's
// exception number is its own bookkeeping (a trapped WFI is EXCP_UDEF "Undefined
// Instruction", a trapped SMC EXCP_HYP_TRAP "Hypervisor Trap"): the EC in ESR decides.
import type { EL, InterruptKind, SyncKind } from '../core';
import type { BitName } from './bits';
import type { TraceEvent } from './types';
import type { VirtualKind } from './virtual';

export type Checkable =
  | { family: 'sync'; kinds: SyncKind[]; from: EL; to: EL; ec: number }
  | { family: 'interrupt'; kind: InterruptKind; from: EL; to: EL }
  | { family: 'virtual'; kind: VirtualKind; from: EL; to: EL }
  | { family: 'eret'; from: EL; to: EL };

export type Observed =
  | Checkable
  | { family: 'qemu'; what: 'semihosting' | 'psci'; from?: EL; to?: EL }
  | { family: 'unmodelled'; ec?: number; name: string; from: EL; to: EL }
  | { family: 'incomplete' };

const WFX_KIND: Record<number, SyncKind | undefined> = { 0: 'WFI', 1: 'WFE' };

export function classify(ev: TraceEvent): Observed {
  if (ev.type === 'return') {
    if (ev.aarch32) return { family: 'unmodelled', name: 'ERET to AArch32', from: ev.from, to: ev.to };
    return { family: 'eret', from: ev.from, to: ev.to };
  }
  if (ev.type === 'illegal-return') return { family: 'incomplete' };
  if (ev.handledBy) {
    const q: Observed = { family: 'qemu', what: ev.handledBy };
    if (ev.from !== undefined) q.from = ev.from;
    if (ev.to !== undefined) q.to = ev.to;
    return q;
  }
  if (ev.from === undefined || ev.to === undefined) return { family: 'incomplete' };
  const { from, to } = ev;
  switch (ev.name) {
    case 'IRQ':
      return { family: 'interrupt', kind: 'IRQ', from, to };
    case 'FIQ':
      return { family: 'interrupt', kind: 'FIQ', from, to };
    case 'Virtual IRQ':
      return { family: 'virtual', kind: 'VIRQ', from, to };
    case 'Virtual FIQ':
      return { family: 'virtual', kind: 'VFIQ', from, to };
    case 'Virtual SERR':
      return { family: 'virtual', kind: 'VSError', from, to };
  }
  const ec = ev.ec;
  if (ec === undefined) return { family: 'unmodelled', name: ev.name, from, to };
  const iss = ev.esr ? Number.parseInt(ev.esr.slice(-8), 16) & 0x1ffffff : 0;
  let kinds: SyncKind[] | undefined;
  switch (ec) {
    case 0x00:
      kinds = ['Undefined'];
      break;
    case 0x01: {
      const k = WFX_KIND[iss & 3];
      kinds = k ? [k] : undefined;
      break;
    }
    case 0x15:
      kinds = ['SVC'];
      break;
    case 0x16:
      kinds = ['HVC'];
      break;
    case 0x17:
      kinds = ['SMC'];
      break;
    case 0x20:
    case 0x21:
    case 0x24:
    case 0x25:
      kinds = ['Stage2Abort', 'Stage1Abort'];
      break;
    case 0x2f:
      return { family: 'interrupt', kind: 'SError', from, to };
  }
  if (!kinds) return { family: 'unmodelled', ec, name: ev.name, from, to };
  return { family: 'sync', kinds, from, to, ec };
}

/** The inputs each kind of event reads (the rest cannot change its answer). */
export function relevantBits(o: Checkable): BitName[] {
  const world: BitName[] = ['hcr.tge', 'hcr.e2h', 'scr.ns'];
  switch (o.family) {
    case 'eret':
      return world;
    case 'interrupt': {
      const b = {
        IRQ: ['scr.irq', 'hcr.imo', 'pstate.i'],
        FIQ: ['scr.fiq', 'hcr.fmo', 'pstate.f'],
        SError: ['scr.ea', 'hcr.amo', 'pstate.a'],
      } as const;
      return [...b[o.kind], ...world];
    }
    case 'virtual': {
      const b = {
        VIRQ: ['hcr.imo', 'pstate.i'],
        VFIQ: ['hcr.fmo', 'pstate.f'],
        VSError: ['hcr.amo', 'pstate.a'],
      } as const;
      return [...b[o.kind], ...world];
    }
    case 'sync': {
      const extra = new Set<BitName>();
      for (const k of o.kinds) {
        if (k === 'HVC') extra.add('scr.hce');
        if (k === 'SMC') extra.add('hcr.tsc');
        if (k === 'WFI') extra.add('hcr.twi');
        if (k === 'WFE') extra.add('hcr.twe');
        if (k === 'Stage1Abort' || k === 'Stage2Abort') extra.add('hcr.vm');
      }
      return [...extra, ...world];
    }
  }
}
