// Predict mode: before a step plays, the question it raises, with choices; the answer is
// what the rules computed for that step (never written in the scenario).
import { type EL, INTERRUPT_KINDS, SYNC_KINDS } from '../core';
import { TID3_REGISTERS, TVM_REGISTERS, VIRTUAL_ID_REGISTERS } from '../core/encodings';
import { VNCR_OFFSET } from '../core/nv';
import { ownerEL, REDIRECTS } from '../core/sysregs';
import type { StepResult } from '../machine/types';
import type { Step } from '../scenario/schema';

export type Question =
  | { kind: 'target-el'; event: string; choices: Choice[]; answer: string }
  | { kind: 'register'; reg: string; choices: Choice[]; answer: string }
  | { kind: 'eret'; choices: Choice[]; answer: string }
  /** x86: does this instruction or event leave the guest (VM exit)? */
  | { kind: 'vm-exit'; event: string; choices: Choice[]; answer: string }
  /** A device's DMA: translated by the SMMU, an SMMU fault event, or a CPU exception? */
  | { kind: 'dma'; choices: Choice[]; answer: string }
  /** An Access step: which VMID tags the translation (none outside a guest's EL1&0 regime). */
  | { kind: 'vmid'; choices: Choice[]; answer: string }
  /** An Access step: the translation regime the walk uses. */
  | { kind: 'regime'; choices: Choice[]; answer: string }
  /** An Access step: the translation tables each stage walks (TTBRn_ELx, VTTBR_EL2). */
  | { kind: 'tables'; choices: Choice[]; answer: string }
  /** An Access step with stage 2: does stage 2 translate the IPA, or abort to EL2? */
  | { kind: 'stage2'; choices: Choice[]; answer: string }
  /**
   * A trap control decides (HCR_EL2.TVM/TRVM/TID3/TWI/TWE, CNTHCTL_EL2): trapped, and to which
   * EL, or not. `what` is the instruction as written (MRS x0, TTBR0_EL1 / WFI).
   */
  | { kind: 'trapped'; what: string; choices: Choice[]; answer: string };

export interface Choice {
  id: string;
  /** Display text; language-neutral (EL numbers and register names). */
  label: string;
}

// The exception kinds are the core's own lists (and the virtual interrupts), so a kind the
// core learns is asked about too. ERET is a sync kind only for its FEAT_NV trap; predict mode
// asks its own ERET question.
const VIRTUAL = ['vIRQ', 'vFIQ', 'vSError'];
const INTERRUPTS = new Set<string>([...INTERRUPT_KINDS, ...VIRTUAL]);
const EXCEPTIONS = new Set<string>([...SYNC_KINDS.filter((k) => k !== 'ERET'), ...INTERRUPTS]);

const elChoice = (el: EL): Choice => ({ id: `EL${el}`, label: `EL${el}` });

/** Physical counter / timer registers CNTHCTL_EL2 may trap from EL0/EL1 (src/core/timers.ts). */
const TIMER_TRAPPED = new Set(['CNTPCT_EL0', 'CNTP_CTL_EL0', 'CNTP_CVAL_EL0', 'CNTP_TVAL_EL0']);

/**
 * Whether a trap control covers this access, from the name and direction alone (so asking
 * gives nothing away): TVM (writes) / TRVM (reads) of the EL1 VM controls, TID3 (reads of ID
 * group 3), CNTHCTL_EL2 (the physical counter and timer).
 */
function trapControlled(reg: string, op: 'MRS' | 'MSR'): boolean {
  if (reg in TVM_REGISTERS || TIMER_TRAPPED.has(reg)) return true;
  return op === 'MRS' && reg in TID3_REGISTERS;
}

/** The tables a walk uses, as one answer: "TTBR0_EL1, TTBR1_EL1 + VTTBR_EL2". */
export function tablesOf(stage1: readonly string[], stage2: string | null): string {
  const first = stage1.length ? stage1.join(', ') : 'stage 1 off';
  return stage2 ? `${first} + ${stage2}` : first;
}

// The alternatives offered for the walk questions: every regime, and each regime's tables
// with and without stage 2 (src/core/regimes.ts TABLES), so the choices never hint.
const REGIMES = ['EL1&0', 'EL2&0', 'EL2', 'EL3'];
const TABLE_CHOICES = [
  tablesOf(['TTBR0_EL1', 'TTBR1_EL1'], null),
  tablesOf(['TTBR0_EL1', 'TTBR1_EL1'], 'VTTBR_EL2'),
  tablesOf(['TTBR0_EL2', 'TTBR1_EL2'], null),
  tablesOf(['TTBR0_EL2'], null),
];
const withAnswer = (ids: readonly string[], answer: string): Choice[] =>
  [...ids, ...(ids.includes(answer) ? [] : [answer])].map((id) => ({ id, label: id }));

/** Which question an Access step raises: the regime, its tables or its VMID, in turn by step. */
const ACCESS_KINDS = ['vmid', 'regime', 'tables'] as const;

/**
 * The question a step raises, given what the rules computed for it; null if it raises none.
 * `el2Software`: the flow has software at EL2 (a hypervisor a trap could go to).
 */
export function questionFor(step: Step, result: StepResult | undefined, el2Software = false): Question | null {
  // A step pre-empted by an Illegal Execution state exception never ran its own event.
  if (!result || result.outcome === 'blocked' || result.outcome === 'illegal-state') return null;
  const e = step.event;
  // WFI / WFE at EL0/EL1: trapped (HCR_EL2.TWI/TWE, SCTLR_EL1.nTWI/nTWE, SCR_EL3.TWI/TWE) or not.
  if ((e.type === 'WFI' || e.type === 'WFE') && result.from.el <= 1) {
    const choices: Choice[] = [elChoice(1), elChoice(2), elChoice(3), { id: 'not-trapped', label: 'not trapped' }];
    const answer = result.outcome === 'exception' ? `EL${result.to.el}` : 'not-trapped';
    return { kind: 'trapped', what: e.type, choices, answer };
  }
  if (EXCEPTIONS.has(e.type)) {
    const interrupt = INTERRUPTS.has(e.type);
    const choices: Choice[] = [elChoice(1), elChoice(2), elChoice(3)];
    if (interrupt) choices.push({ id: 'pending', label: 'pending' });
    else choices.push({ id: 'none', label: 'no exception' });
    let answer: string;
    if (result.outcome === 'pending') answer = 'pending';
    else if (result.outcome === 'executed') answer = 'none';
    else answer = `EL${result.to.el}`;
    return { kind: 'target-el', event: e.type, choices, answer };
  }
  if (e.type === 'MRS' || e.type === 'MSR') {
    const reg = e.reg.toUpperCase();
    // Under a hypervisor, an EL0/EL1 access a trap control covers asks "trapped or not?".
    if (el2Software && result.from.el <= 1 && trapControlled(reg, e.type)) {
      const what = e.type === 'MSR' ? `MSR ${reg}, x0` : `MRS x0, ${reg}`;
      const choices: Choice[] = [
        { id: 'trap', label: 'trap to EL2' },
        { id: 'not-trapped', label: 'not trapped' },
      ];
      return { kind: 'trapped', what, choices, answer: result.outcome === 'exception' ? 'trap' : 'not-trapped' };
    }
    const row = REDIRECTS.find((r) => r.from === reg || r.alias === reg || r.to === reg);
    const names = new Set<string>([reg]);
    if (row) {
      names.add(row.from);
      names.add(row.to);
    }
    // MIDR_EL1 / MPIDR_EL1: the virtual ID register EL2 set may answer.
    const vid = VIRTUAL_ID_REGISTERS[reg as keyof typeof VIRTUAL_ID_REGISTERS];
    if (vid) names.add(vid.virtual);
    const choices: Choice[] = [...names].map((n) => ({ id: n, label: n }));
    choices.push({ id: 'UNDEFINED', label: 'UNDEFINED' });
    // EL2 names and _EL12/_EL02 aliases are what FEAT_NV traps or NV2 maps to the VNCR page:
    // offer those answers for every such name (from the name alone, so they give nothing away).
    if (ownerEL(reg) === 2) {
      choices.push({ id: 'trap', label: 'trap to EL2' });
      const offset = VNCR_OFFSET[row && row.alias === reg ? row.from : reg];
      if (offset !== undefined) {
        const at = `VNCR_EL2+0x${offset.toString(16).toUpperCase().padStart(3, '0')}`;
        choices.push({ id: at, label: at });
      }
    }
    // Where software runs at EL2 to trap to, an EL0/EL1 access of a register a trap bit covers
    // (TVM/TRVM/TID3, CNTHCTL_EL2) also offers "trapped".
    const trappable =
      result.outcome === 'exception' || (el2Software && reg in VIRTUAL_ID_REGISTERS && result.from.el <= 1);
    if (trappable && !choices.some((c) => c.id === 'trap')) choices.push({ id: 'trap', label: 'trap to EL2' });
    if (result.outcome === 'exception') return { kind: 'register', reg, choices, answer: 'trap' };
    const reaches = result.registers?.[0]?.reaches ?? null;
    return { kind: 'register', reg, choices, answer: reaches ?? 'UNDEFINED' };
  }
  if (e.type === 'VMX' && e.op !== 'VMLAUNCH' && e.op !== 'VMRESUME') {
    return {
      kind: 'vm-exit',
      event: e.op,
      choices: [
        { id: 'vm-exit', label: 'VM exit' },
        { id: 'no-exit', label: 'no VM exit' },
      ],
      answer: result.outcome === 'vm-exit' ? 'vm-exit' : 'no-exit',
    };
  }
  if (e.type === 'DMA') {
    return {
      kind: 'dma',
      choices: [
        { id: 'dma', label: 'translated' },
        { id: 'smmu-fault', label: 'SMMU event' },
        { id: 'cpu-exception', label: 'CPU exception' },
      ],
      answer: result.outcome === 'smmu-fault' ? 'smmu-fault' : 'dma',
    };
  }
  if (e.type === 'Access' && result.walk) {
    const walk = result.walk;
    // A walk that aborts at stage 2 (the IPA unmapped) asks about that; the others ask, in
    // turn by step, its regime, its tables or its VMID.
    if (walk.fault) {
      return {
        kind: 'stage2',
        choices: [
          { id: 'translated', label: 'translated' },
          { id: 'stage2-abort', label: 'stage 2 abort to EL2' },
        ],
        answer: result.outcome === 'exception' ? 'stage2-abort' : 'translated',
      };
    }
    const kind = ACCESS_KINDS[result.index % ACCESS_KINDS.length] ?? 'vmid';
    if (kind === 'regime') return { kind, choices: withAnswer(REGIMES, walk.regime), answer: walk.regime };
    if (kind === 'tables') {
      const answer = tablesOf(walk.stage1Tables, walk.stage2Table);
      return { kind, choices: withAnswer(TABLE_CHOICES, answer), answer };
    }
    const vmid = walk.vmid;
    const choices: Choice[] = [
      { id: 'no-vmid', label: 'no VMID' },
      ...[1, 2, 3].map((n) => ({ id: `VMID ${n}`, label: `VMID ${n}` })),
    ];
    if (vmid !== undefined && !choices.some((c) => c.id === `VMID ${vmid}`))
      choices.push({ id: `VMID ${vmid}`, label: `VMID ${vmid}` });
    return { kind: 'vmid', choices, answer: vmid === undefined ? 'no-vmid' : `VMID ${vmid}` };
  }
  if (e.type === 'ERET') {
    return {
      kind: 'eret',
      choices: [
        { id: 'legal', label: 'legal' },
        { id: 'illegal', label: 'illegal' },
        { id: 'undefined', label: 'UNDEFINED' },
        { id: 'eret-trap', label: 'trapped to EL2' },
      ],
      // ERET at EL0 is UNDEFINED: the machine takes an Undefined Instruction exception. Under
      // FEAT_NV an ERET at EL1 is trapped to EL2 instead (ESR_EL2.EC 0x1A).
      answer:
        result.outcome === 'illegal-eret'
          ? 'illegal'
          : result.outcome === 'exception'
            ? result.ec === 0x1a
              ? 'eret-trap'
              : 'undefined'
            : 'legal',
    };
  }
  return null;
}

export interface Score {
  asked: number;
  correct: number;
}

/** Scores by scenario id, kept as answers per (flow, step) so re-answering does not double count. */
export function scoreOf(answers: Record<string, boolean>): Score {
  const values = Object.values(answers);
  return { asked: values.length, correct: values.filter(Boolean).length };
}
