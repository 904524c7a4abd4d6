// The virtualization registers of the register file, replayed from the machine's snapshots:
// the GIC list registers (ICH_LR<n>_EL2), VTTBR_EL2 with its VMID, HPFAR_EL2 (the faulting
// IPA), CNTVOFF_EL2 and CNTHCTL_EL2. A row exists only when the flow touches its register
// (anywhere in the run, so rows do not come and go while stepping). Pure data.
import { CNTHCTL_FIELDS, e2hActive } from '../../core';
import type { FlowSnapshot, ListRegister, StepResult } from '../../machine/types';
import type { Flow } from '../../scenario/schema';
import { type Owner, ownerOf } from './model';

/** CNTHCTL_EL2 before any write, as the machine assumes it (FlowSnapshot.cnthctl): both
 *  layouts' EL1 enables set, nothing trapped. */
export const CNTHCTL_ASSUMED = 0xc03;

export interface ListRegisterRow extends ListRegister {
  /** ICH_LR<n>_EL2. */
  name: string;
  /** The vCPU whose interrupt it holds. */
  owner: Owner | null;
  /** This step wrote it (WriteLR) or worked on it through the virtual CPU interface. */
  now: boolean;
}

export interface CnthctlField {
  field: string;
  bit: number;
  set: boolean;
}

export interface VirtRegisters {
  /** The list registers now (empty: none written yet); null when the flow writes none. */
  lrs: ListRegisterRow[] | null;
  /** VTTBR_EL2 with the VMID of its last write; `written` false before it. Null when untouched. */
  vttbr: { written: false } | { written: true; vmid: number; owner: Owner | null; step: number } | null;
  /** HPFAR_EL2: the IPA of the last stage 2 fault, UNKNOWN after another synchronous exception
   *  to EL2 (AArch64.ReportException), or not written yet. Null when the flow takes no stage 2 fault. */
  hpfar:
    | { kind: 'unwritten' }
    | { kind: 'unknown'; step: number }
    | { kind: 'ipa'; ipa: string; value: string; owner: Owner | null; step: number }
    | null;
  /** CNTVOFF_EL2: who its last write was for; whether this step's CNTVCT_EL0 read subtracts it. */
  cntvoff:
    | { written: false; applies?: boolean }
    | { written: true; owner: Owner | null; step: number; applies?: boolean }
    | null;
  /** CNTHCTL_EL2's value and its EL1 enables in the layout the current E2H selects. */
  cnthctl: {
    value: number;
    /** False: never written, the machine's assumed value. */
    written: boolean;
    owner: Owner | null;
    e2h: boolean;
    counter: CnthctlField;
    timer: CnthctlField;
  } | null;
}

const reaches = (r: StepResult | undefined, reg: string) =>
  (r?.registers ?? []).some((x) => x.reaches === reg || x.name === reg);

/** The guest the hypervisor prepares state for at snapshot i: the first guest that runs from
 *  then on, else the last one that ran before. */
export function guestAround(flow: Flow, snaps: readonly FlowSnapshot[], i: number): Owner | null {
  const guest = (s: FlowSnapshot | undefined) =>
    s && ownerOf(flow, s.running).kind === 'guest' ? ownerOf(flow, s.running) : null;
  for (let j = i; j < snaps.length; j++) {
    const g = guest(snaps[j]);
    if (g) return g;
  }
  for (let j = i - 1; j >= 0; j--) {
    const g = guest(snaps[j]);
    if (g) return g;
  }
  return null;
}

/** HPFAR_EL2.FIPA holds IPA[51:12] in bits [43:4] (AArch64.ReportException). */
export function hpfarValue(ipa: string): string {
  const fipa = (BigInt(ipa) >> 12n) & ((1n << 40n) - 1n);
  return `0x${(fipa << 4n).toString(16)}`;
}

function field(value: number, f: { field: string; bit: number }): CnthctlField {
  return { field: f.field, bit: f.bit, set: ((value >>> f.bit) & 1) === 1 };
}

/** The virtualization registers after `step` steps of one flow (snaps[i]: after i steps). */
export function virtRegistersAt(flow: Flow, snaps: readonly FlowSnapshot[], step: number): VirtRegisters {
  const results = snaps.map((s) => s.last);
  const touches = (test: (r: StepResult) => boolean) => results.some((r) => r !== undefined && test(r));
  const last = Math.max(0, Math.min(step, snaps.length - 1));
  const now = snaps[last];
  const here = now?.last;

  const lrs = touches((r) => r.event.type === 'WriteLR')
    ? (now?.lrs ?? []).map((l) => ({
        ...l,
        name: `ICH_LR${l.lr}_EL2`,
        owner: guestAround(flow, snaps, last),
        now: here?.gic?.lr === l.lr,
      }))
    : null;

  let vttbr: VirtRegisters['vttbr'] = touches((r) => r.event.type === 'MSR' && reaches(r, 'VTTBR_EL2'))
    ? { written: false }
    : null;
  let hpfar: VirtRegisters['hpfar'] = touches((r) => r.walk?.fault === true) ? { kind: 'unwritten' } : null;
  const cntvoffTouched = touches((r) => reaches(r, 'CNTVOFF_EL2') || r.cntvoff !== undefined);
  let cntvoff: VirtRegisters['cntvoff'] = cntvoffTouched ? { written: false } : null;
  const cnthctlTouched = touches((r) => reaches(r, 'CNTHCTL_EL2') || r.timer !== undefined);
  let cnthctlWriter: Owner | null = null;

  for (let i = 1; i <= last; i++) {
    const r = results[i];
    if (!r) continue;
    const e = r.event;
    const wrote = (reg: string) => e.type === 'MSR' && r.outcome === 'register' && r.registers?.[0]?.reaches === reg;
    if (vttbr && wrote('VTTBR_EL2') && e.type === 'MSR')
      vttbr = { written: true, vmid: e.vmid ?? 0, owner: guestAround(flow, snaps, i), step: i };
    if (cntvoff && wrote('CNTVOFF_EL2')) cntvoff = { written: true, owner: guestAround(flow, snaps, i), step: i };
    if (cnthctlTouched && wrote('CNTHCTL_EL2')) cnthctlWriter = ownerOf(flow, r.from.actor);
    // AArch64.ReportException: a synchronous exception to EL2 writes HPFAR_EL2.FIPA when the
    // fault has an IPA, and leaves it UNKNOWN otherwise; IRQ/FIQ report nothing.
    if (hpfar && r.outcome === 'exception' && r.targetEL === 2 && e.type !== 'IRQ' && e.type !== 'FIQ') {
      const ipa = r.walk?.fault ? r.walk.ipa : undefined;
      hpfar = ipa
        ? { kind: 'ipa', ipa, value: hpfarValue(ipa), owner: ownerOf(flow, r.from.actor), step: i }
        : { kind: 'unknown', step: i };
    }
  }
  if (cntvoff && here?.cntvoff !== undefined) cntvoff = { ...cntvoff, applies: here.cntvoff };

  let cnthctl: VirtRegisters['cnthctl'] = null;
  if (cnthctlTouched && now) {
    const value = now.cnthctl ?? CNTHCTL_ASSUMED;
    const e2h = e2hActive(now.pe);
    const layout = CNTHCTL_FIELDS[e2h ? 'e2h1' : 'e2h0'];
    cnthctl = {
      value,
      written: now.cnthctl !== undefined,
      owner: cnthctlWriter,
      e2h,
      counter: field(value, layout.counter),
      timer: field(value, layout.timer),
    };
  }
  return { lrs, vttbr, hpfar, cntvoff, cnthctl };
}
