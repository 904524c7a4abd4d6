// Predict mode: before a step plays, the question it raises, with choices; the answer is
// what the rules computed for that step (never written in the scenario).
import { type EL, INTERRUPT_KINDS, SYNC_KINDS } from '../core';
import { ENCODINGS, VIRTUAL_ID_REGISTERS } from '../core/encodings';
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
  | { kind: 'vmid'; choices: Choice[]; answer: string };

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

/**
 * The question a step raises, given what the rules computed for it; null if it raises none.
 * `el2Software`: the flow has software at EL2 (a hypervisor a trap could go to).
 */
export function questionFor(step: Step, result: StepResult | undefined, el2Software = false): Question | null {
  // A step pre-empted by an Illegal Execution state exception never ran its own event.
  if (!result || result.outcome === 'blocked' || result.outcome === 'illegal-state') return null;
  const e = step.event;
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
    const trappable = result.outcome === 'exception' || (el2Software && reg in ENCODINGS && result.from.el <= 1);
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
  if (e.type === 'Access' && result.walk && !result.walk.fault) {
    const vmid = result.walk.vmid;
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
