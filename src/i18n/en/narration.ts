// Narration panel strings.

import type { Counters } from '../../machine/types';
import { plural } from '../plural';

type CounterNames = Record<keyof Counters, string>;

export const narration = {
  title: 'Narration',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  atStart: 'Before the first step',
  summary: 'What this scenario shows',
  outcome: 'Outcome',
  blocked: 'This step could not run',
  expectMissed: 'The scenario expected something else here',
  whatIfs: (n: number) => (n === 1 ? '1 what-if is applied.' : `${n} what-ifs are applied.`),
  clearWhatIfs: 'Clear what-ifs',
  counters: 'Counters',
  counterCaption: (n: number) => `Totals after step ${n}`,
  difference: 'Difference',
  counter: 'Counter',
  names: {
    elChanges: 'EL changes',
    exceptions: 'Exceptions taken',
    erets: 'ERETs',
    contextSaves: 'EL1 context saves',
    contextRestores: 'EL1 context restores',
    sysregAccesses: 'System-register accesses',
    redirected: 'Redirected accesses (FEAT_VHE)',
    aliased: 'Alias accesses (_EL12/_EL02)',
    pending: 'Interrupts left pending',
    vmExits: 'VM exits (x86)',
    vmEntries: 'VM entries (x86)',
    dmas: 'DMAs translated by the SMMU',
    smmuFaults: 'SMMU fault events',
  } satisfies CounterNames,
  measurements: 'Published measurements',
  measuredOn: (hardware: string, source: string) => `measured on ${hardware} by ${source}`,
  sources: 'Sources of this step',
  scenarioSources: 'Sources of this scenario',
  reaches: (name: string, reaches: string | null) => (reaches ? `${name} → ${reaches}` : `${name}: UNDEFINED`),
  registers: 'Registers reached',
  registerSummary: (n: number, moved: number, aliased: number, wrong: number) =>
    `${plural('en', n, { one: '# register', other: '# registers' })}: ${moved} redirected, ${aliased} through an alias${wrong ? `, ${wrong} not this world’s` : ''}`,
  viaNote: { redirect: 'redirected', alias: 'alias', direct: '', virtual: 'EL2\u2019s virtual ID' },
  wrong: 'not this world’s EL1 register',
  loading: 'Loading…',
  flowStep: (title: string) => title,
  /** A flow that has run all its steps (FlowFinished). */
  finished: (n: number) => `Finished at step ${n}.`,
  finishedCost: (el: number, saves: number, restores: number) =>
    `${el} EL changes, ${saves} EL1 context saves, ${restores} restores.`,
};
