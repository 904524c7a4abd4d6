// Predict mode: before a step plays, the question it raises, with choices; the answer is
// what the rules computed for that step (never written in the scenario).
import type { EL } from '../core';
import { REDIRECTS } from '../core/sysregs';
import type { StepResult } from '../machine/types';
import type { Step } from '../scenario/schema';

export type Question =
  | { kind: 'target-el'; event: string; choices: Choice[]; answer: string }
  | { kind: 'register'; reg: string; choices: Choice[]; answer: string }
  | { kind: 'eret'; choices: Choice[]; answer: string };

export interface Choice {
  id: string;
  /** Display text; language-neutral (EL numbers and register names). */
  label: string;
}

const EXCEPTIONS = new Set([
  'SVC',
  'HVC',
  'SMC',
  'WFI',
  'WFE',
  'Stage1Abort',
  'Stage2Abort',
  'Undefined',
  'IRQ',
  'FIQ',
  'SError',
]);

const elChoice = (el: EL): Choice => ({ id: `EL${el}`, label: `EL${el}` });

/** The question a step raises, given what the rules computed for it; null if it raises none. */
export function questionFor(step: Step, result: StepResult | undefined): Question | null {
  // A step pre-empted by an Illegal Execution state exception never ran its own event.
  if (!result || result.outcome === 'blocked' || result.outcome === 'illegal-state') return null;
  const e = step.event;
  if (EXCEPTIONS.has(e.type)) {
    const interrupt = e.type === 'IRQ' || e.type === 'FIQ' || e.type === 'SError';
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
    const choices: Choice[] = [...names].map((n) => ({ id: n, label: n }));
    choices.push({ id: 'UNDEFINED', label: 'UNDEFINED' });
    const reaches = result.registers?.[0]?.reaches ?? null;
    return { kind: 'register', reg, choices, answer: reaches ?? 'UNDEFINED' };
  }
  if (e.type === 'ERET') {
    return {
      kind: 'eret',
      choices: [
        { id: 'legal', label: 'legal' },
        { id: 'illegal', label: 'illegal' },
        { id: 'undefined', label: 'UNDEFINED' },
      ],
      // ERET at EL0 is UNDEFINED: the machine takes an Undefined Instruction exception.
      answer: result.outcome === 'illegal-eret' ? 'illegal' : result.outcome === 'exception' ? 'undefined' : 'legal',
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
