// Pure layout of the routing flowchart: which boxes, where, and which are lit. The rule ids
// the core returned decide the lit path; no routing rule is re-implemented here.
import type { EL } from '../../core';
import type { InterruptKind, SyncKind } from '../../core/routing';
// The kinds are the core's own lists (plain data, no rule code).
import { INTERRUPT_KINDS, SYNC_KINDS } from '../../core/routing';

export type { InterruptKind, SyncKind };
export type ExceptionKind = InterruptKind | SyncKind;
export const INTERRUPTS: readonly InterruptKind[] = INTERRUPT_KINDS;
export const SYNCS: readonly SyncKind[] = SYNC_KINDS;
export const isInterrupt = (k: string): k is InterruptKind => (INTERRUPTS as readonly string[]).includes(k);

/** A box's text: a key the panel translates, with values to fill in. */
export interface Label {
  key: string;
  params?: Record<string, string | number>;
}

export interface FlowNode {
  id: string;
  kind: 'start' | 'decision' | 'terminal' | 'stage';
  x: number;
  y: number;
  w: number;
  h: number;
  label: Label;
  lit: boolean;
  /** Terminals that are an EL take its colour. */
  el?: EL;
}

export interface FlowEdge {
  id: string;
  points: [number, number][];
  /** "yes"/"no" on a decision's way out. */
  answer?: 'yes' | 'no';
  lit: boolean;
}

export interface Flowchart {
  width: number;
  height: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export const WIDTH = 560;
const ROW = 58;
const BOX_H = 40;
const MAIN_X = 12;
const MAIN_W = 330;
const SIDE_X = 400;
const SIDE_W = 148;
const TOP = 8;

const BITS = {
  IRQ: { scr: 'IRQ', hcr: 'IMO', mask: 'I', prefix: 'R-IRQ', hcrRule: 'R-IRQ-IMO' },
  FIQ: { scr: 'FIQ', hcr: 'FMO', mask: 'F', prefix: 'R-FIQ', hcrRule: 'R-FIQ-FMO' },
  SError: { scr: 'EA', hcr: 'AMO', mask: 'A', prefix: 'R-SERROR', hcrRule: 'R-SERROR-AMO' },
} as const;

class Builder {
  nodes: FlowNode[] = [];
  edges: FlowEdge[] = [];
  rowY = (row: number) => TOP + row * ROW;
  main(id: string, row: number, kind: FlowNode['kind'], label: Label, lit: boolean, el?: EL): FlowNode {
    const n: FlowNode = { id, kind, x: MAIN_X, y: this.rowY(row), w: MAIN_W, h: BOX_H, label, lit };
    if (el !== undefined) n.el = el;
    this.nodes.push(n);
    return n;
  }
  side(id: string, row: number, label: Label, lit: boolean, el?: EL): FlowNode {
    const n: FlowNode = { id, kind: 'terminal', x: SIDE_X, y: this.rowY(row), w: SIDE_W, h: BOX_H, label, lit };
    if (el !== undefined) n.el = el;
    this.nodes.push(n);
    return n;
  }
  /** Down the main column, from one box's bottom to the next one's top. */
  down(a: FlowNode, b: FlowNode, lit: boolean, answer?: 'yes' | 'no') {
    const x = a.x + a.w / 2;
    const e: FlowEdge = {
      id: `${a.id}-${b.id}`,
      points: [
        [x, a.y + a.h],
        [x, b.y],
      ],
      lit,
    };
    if (answer) e.answer = answer;
    this.edges.push(e);
  }
  /** Right, from a decision to the terminal on its row. */
  right(a: FlowNode, b: FlowNode, lit: boolean, answer: 'yes' | 'no') {
    const y = a.y + a.h / 2;
    this.edges.push({
      id: `${a.id}-${b.id}`,
      points: [
        [a.x + a.w, y],
        [b.x, y],
      ],
      lit,
      answer,
    });
  }
  done(rows: number): Flowchart {
    return { width: WIDTH, height: TOP + rows * ROW - (ROW - BOX_H) + TOP, nodes: this.nodes, edges: this.edges };
  }
}

export interface InterruptInput {
  kind: InterruptKind;
  ruleIds: readonly string[];
  /** EL2 is enabled: tells apart the two ways an interrupt reaches EL1. */
  el2Enabled: boolean;
  targetEL: EL;
  currentEL: EL;
  taken: boolean;
}

/** SCR_EL3 bit? EL2 enabled? TGE? IMO/FMO/AMO? then the target vs current EL and the mask. */
export function layoutInterrupt(i: InterruptInput): Flowchart {
  const b = BITS[i.kind];
  const has = (id: string) => i.ruleIds.includes(id);
  const toEl3 = has(`${b.prefix}-SCR`);
  const byTge = has(`${b.prefix}-TGE`);
  const byHcr = has(b.hcrRule);
  const el1 = has(`${b.prefix}-EL1`);
  const el1NoEl2 = el1 && !i.el2Enabled;
  const el1ByHcr = el1 && i.el2Enabled;

  const f = new Builder();
  const start = f.main('start', 0, 'start', { key: 'start', params: { kind: i.kind } }, true);
  const qScr = f.main('q-scr', 1, 'decision', { key: 'qScr', params: { bit: b.scr } }, true);
  const t3 = f.side('t-el3', 1, { key: 'el', params: { el: 3 } }, toEl3, 3);
  const qEl2 = f.main('q-el2', 2, 'decision', { key: 'qEl2' }, !toEl3);
  const t1a = f.side('t-el1-noel2', 2, { key: 'el', params: { el: 1 } }, el1NoEl2, 1);
  const qTge = f.main('q-tge', 3, 'decision', { key: 'qTge' }, byTge || byHcr || el1ByHcr);
  const t2a = f.side('t-el2-tge', 3, { key: 'el', params: { el: 2 } }, byTge, 2);
  const qHcr = f.main('q-hcr', 4, 'decision', { key: 'qHcr', params: { bit: b.hcr } }, byHcr || el1ByHcr);
  const t2b = f.side('t-el2-hcr', 4, { key: 'el', params: { el: 2 } }, byHcr, 2);
  const t1b = f.main('t-el1', 5, 'terminal', { key: 'el', params: { el: 1 } }, el1ByHcr, 1);
  f.down(start, qScr, true);
  f.right(qScr, t3, toEl3, 'yes');
  f.down(qScr, qEl2, !toEl3, 'no');
  f.right(qEl2, t1a, el1NoEl2, 'no');
  f.down(qEl2, qTge, qTge.lit, 'yes');
  f.right(qTge, t2a, byTge, 'yes');
  f.down(qTge, qHcr, qHcr.lit, 'no');
  f.right(qHcr, t2b, byHcr, 'yes');
  f.down(qHcr, t1b, el1ByHcr, 'no');

  // The second question: is it taken now, or left pending?
  const lower = has('R-INT-PENDING-LOWER');
  const up = has('R-INT-EL3-UNMASKED') || has('R-INT-EL2-UNMASKED');
  const masked = has('R-INT-PSTATE-MASKED');
  const unmasked = has('R-INT-PSTATE-UNMASKED');
  const stage = f.main(
    'stage',
    6,
    'stage',
    { key: 'stage', params: { target: i.targetEL, current: i.currentEL } },
    true,
  );
  const mLower = f.main(
    'm-lower',
    7,
    'decision',
    { key: 'mLower', params: { target: i.targetEL, current: i.currentEL } },
    true,
  );
  const pLower = f.side('p-lower', 7, { key: 'pending' }, lower);
  const mUp = f.main('m-up', 8, 'decision', { key: 'mUp' }, !lower);
  const tUp = f.side('t-up', 8, { key: 'taken' }, up);
  const mMask = f.main('m-mask', 9, 'decision', { key: 'mMask', params: { mask: b.mask } }, masked || unmasked);
  const pMask = f.side('p-mask', 9, { key: 'pending' }, masked);
  const tMask = f.main('t-mask', 10, 'terminal', { key: 'taken' }, unmasked);
  f.down(stage, mLower, true);
  f.right(mLower, pLower, lower, 'yes');
  f.down(mLower, mUp, !lower, 'no');
  f.right(mUp, tUp, up, 'yes');
  f.down(mUp, mMask, mMask.lit, 'no');
  f.right(mMask, pMask, masked, 'yes');
  f.down(mMask, tMask, unmasked, 'no');
  return f.done(11);
}

/** The cases the Arm ARM checks for each synchronous kind, in priority order. */
export const SYNC_CASES: Record<SyncKind, readonly string[]> = {
  SVC: ['R-SYNC-EL0-TGE', 'R-SYNC-EL0-EL1', 'R-SYNC-SAME-EL'],
  HVC: ['R-HVC-UNDEF-EL0', 'R-HVC-UNDEF-NOEL2', 'R-HVC-UNDEF-HCE', 'R-HVC-EL3', 'R-HVC'],
  SMC: ['R-SMC-UNDEF-EL0', 'R-SMC-TSC-NOEL3-TRAP', 'R-SMC-TSC-NOEL3-UNDEF', 'R-SMC-UNDEF-NOEL3', 'R-SMC-TSC', 'R-SMC'],
  WFI: ['R-WFI-TWI', 'R-WFX-NOTRAP'],
  WFE: ['R-WFE-TWE', 'R-WFX-NOTRAP'],
  Stage1Abort: ['R-ABT-S1-TGE', 'R-SYNC-EL0-EL1', 'R-SYNC-SAME-EL'],
  Stage2Abort: ['R-ABT-S2-NOREGIME', 'R-ABT-S2', 'R-ABT-S2-OFF'],
  Undefined: ['R-SYNC-EL0-TGE', 'R-SYNC-EL0-EL1', 'R-SYNC-SAME-EL'],
  IllegalState: ['R-SYNC-EL0-TGE', 'R-SYNC-EL0-EL1', 'R-SYNC-SAME-EL'],
  ERET: ['R-NV-ERET-TRAP', 'R-ERET-UNDEF-EL0', 'R-ERET-NOTRAP'],
};

export interface SyncInput {
  kind: SyncKind;
  ruleIds: readonly string[];
  targetEL: EL;
  undefinedInstruction: boolean;
}

/** A checklist: each case the architecture considers, the one that applied lit, then the result. */
export function layoutSync(i: SyncInput): Flowchart {
  const f = new Builder();
  const cases = SYNC_CASES[i.kind];
  const firstLit = cases.findIndex((id) => i.ruleIds.includes(id));
  const start = f.main('start', 0, 'start', { key: 'start', params: { kind: i.kind } }, true);
  let prev = start;
  cases.forEach((id, row) => {
    const lit = row === firstLit;
    const node = f.main(`c-${id}`, row + 1, 'decision', { key: 'case', params: { rule: id } }, row <= firstLit);
    f.down(prev, node, row <= firstLit, row === 0 ? undefined : 'no');
    if (lit) {
      const label: Label = i.undefinedInstruction
        ? { key: 'undefTo', params: { el: i.targetEL } }
        : { key: 'el', params: { el: i.targetEL } };
      const t = f.side('t-result', row + 1, label, true, i.targetEL);
      f.right(node, t, true, 'yes');
    }
    prev = node;
  });
  return f.done(cases.length + 1);
}
