// The answers the state panels draw for one snapshot, asked of the core in the worker: they
// travel with the world's view (src/worker/world.ts), so a what-if or a step repaints every
// panel from one message instead of one round trip per panel after it. The panels read these
// for the step's own state and their default inputs, and ask the worker (this same function,
// or one rule) only for an input the reader picked that is not here.
import {
  type Decision,
  type EL,
  effectiveHcr,
  el2Enabled,
  type Hcr,
  INTERRUPT_KINDS,
  type InterruptKind,
  interruptTarget,
  type PeState,
  REDIRECTS,
  type RedirectRow,
  type RegimeInfo,
  SYNC_KINDS,
  type SyncKind,
  type SyncOutcome,
  type SysregResult,
  syncExceptionTarget,
  sysregAccess,
  translationRegime,
  VIRTUAL_INTERRUPT_KINDS,
  type VirtualInterruptKind,
  type VirtualInterruptOutcome,
  virtualInterruptTarget,
} from '../core';
import type { FlowSnapshot, ListRegister } from '../machine/types';

export type SysregOp = 'MRS' | 'MSR';

/** One row of the FEAT_VHE redirection table as it reads now. */
export interface RowNow {
  row: RedirectRow;
  /** What `row.from` reaches now (null = UNDEFINED). */
  now: string | null;
  /** What `row.alias` reaches now (null = UNDEFINED). */
  alias: string | null;
}

/** A virtual interrupt in the Routing panel's lane: what the core says, and whether the GIC signals it. */
export interface VirtualAnswer {
  kind: VirtualInterruptKind;
  outcome: VirtualInterruptOutcome;
  gic: boolean;
}

export interface StepAnswers {
  /** effectiveHcr(): the value each HCR_EL2 bit acts as (the Bits panel's "acts as" notes). */
  effectiveHcr: Hcr;
  /** EL2Enabled(): the Routing panel's interrupt chart branches on it. */
  el2Enabled: boolean;
  /** interruptTarget() of every interrupt kind the Routing panel offers. */
  interrupts: Record<InterruptKind, Decision<{ targetEL: EL; taken: boolean }>>;
  /** syncExceptionTarget() of every synchronous kind it offers. */
  syncs: Record<SyncKind, Decision<SyncOutcome>>;
  /** virtualInterruptTarget() of vIRQ, vFIQ and vSError, fed by the list registers. */
  virtual: VirtualAnswer[];
  /** translationRegime() of the current EL and of host EL0 (the Address spaces panel). */
  regimes: { current: Decision<RegimeInfo>; host: Decision<RegimeInfo> };
  /** The redirection table: MRS of every row's name and alias. */
  table: RowNow[];
  /** sysregAccess() of the names the Redirection panel opens on, by `accessKey(op, name)`. */
  access: Record<string, Decision<SysregResult>>;
}

/** The GIC signals a vIRQ (group 1) / vFIQ (group 0) while a list register holds one pending. */
const GROUP = { vIRQ: 1, vFIQ: 0 } as const;

/** The register the Redirection panel shows before the reader picks one. */
export const FIRST_REGISTER = 'SCTLR_EL1';

export const accessKey = (op: SysregOp, name: string): string => `${op}|${name}`;

const reachOf = (r: SysregResult): string | null => (r.kind === 'register' ? r.reaches : null);

/** The names the Redirection panel may open on at this step: its first one, the step's own. */
function openingNames(last: FlowSnapshot['last']): string[] {
  const ev = last?.event;
  const names = [FIRST_REGISTER];
  if (ev && (ev.type === 'MRS' || ev.type === 'MSR')) names.push(ev.reg);
  for (const r of last?.registers ?? []) names.push(r.name);
  return [...new Set(names)];
}

/** What each state panel draws for this snapshot (pe, list registers, the step that led here). */
export function stepAnswers(snap: Pick<FlowSnapshot, 'pe' | 'lrs' | 'last'>): StepAnswers {
  const { pe } = snap;
  const lrs: readonly ListRegister[] = snap.lrs ?? [];
  const interrupts = Object.fromEntries(
    INTERRUPT_KINDS.map((k) => [k, interruptTarget(pe, k)]),
  ) as StepAnswers['interrupts'];
  const syncs = Object.fromEntries(SYNC_KINDS.map((k) => [k, syncExceptionTarget(pe, k)])) as StepAnswers['syncs'];
  const virtual = VIRTUAL_INTERRUPT_KINDS.map((kind): VirtualAnswer => {
    const gic = kind !== 'vSError' && lrs.some((l) => l.state === 'pending' && l.group === GROUP[kind]);
    return { kind, outcome: virtualInterruptTarget(pe, kind, { gic }).result, gic };
  });
  const table = REDIRECTS.map((row): RowNow => {
    const now = sysregAccess(pe, row.from, 'MRS');
    const alias = sysregAccess(pe, row.alias, 'MRS');
    return { row, now: reachOf(now.result), alias: reachOf(alias.result) };
  });
  const access: Record<string, Decision<SysregResult>> = {};
  for (const name of openingNames(snap.last)) {
    for (const op of ['MRS', 'MSR'] as const) {
      // A name the core does not know is an answer about the input: the panel asks it and
      // shows the error.
      const d = tryAccess(pe, name, op);
      if (d) access[accessKey(op, name)] = d;
    }
  }
  return {
    effectiveHcr: effectiveHcr(pe),
    el2Enabled: el2Enabled(pe),
    interrupts,
    syncs,
    virtual,
    regimes: { current: translationRegime(pe), host: translationRegime({ ...pe, el: 0 }) },
    table,
    access,
  };
}

function tryAccess(pe: PeState, name: string, op: SysregOp): Decision<SysregResult> | null {
  try {
    return sysregAccess(pe, name, op);
  } catch {
    return null;
  }
}

/** Every flow's answers at a step; null for a flow whose state the core rejects (its panels ask and show why). */
export function answersOf(
  snaps: readonly (Pick<FlowSnapshot, 'pe' | 'lrs' | 'last'> | undefined)[],
): (StepAnswers | null)[] {
  return snaps.map((snap) => {
    if (!snap) return null;
    try {
      return stepAnswers(snap);
    } catch {
      return null;
    }
  });
}
