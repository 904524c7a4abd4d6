// The instruction a register question is about, as a student would write it.
import type { Question } from './questions';

/** The instruction as a student would write it: MRS x0, SCTLR_EL1 / MSR SCTLR_EL1, x0. */
export function instruction(q: Question, op: string): string {
  if (q.kind !== 'register') return '';
  return op === 'MSR' ? `MSR ${q.reg}, x0` : `MRS x0, ${q.reg}`;
}
