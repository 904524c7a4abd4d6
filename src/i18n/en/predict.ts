// Predict mode strings: the switch, the questions, the verdicts and the score.

import { INTERRUPT_KINDS } from '../../core';
import type { Question } from '../../predict/questions';
import { predictSwitch } from './predictSwitch';

type Choice = Question['choices'][number];

/** Physical and virtual interrupts: their question offers "stays pending". */
const INTERRUPT_EVENTS = new Set<string>([...INTERRUPT_KINDS, 'vIRQ', 'vFIQ', 'vSError']);

/** Choices that are words rather than EL or register names. */
const CHOICE_WORDS = {
  pending: 'stays pending',
  none: 'no exception',
  legal: 'legal',
  illegal: 'illegal (PSTATE.IL set, same EL, then an Illegal Execution state exception)',
  undefined: 'UNDEFINED (ERET at EL0)',
  trap: 'trapped to EL2 (EC 0x18)',
  'no-vmid': 'no VMID (no stage 2)',
  'eret-trap': 'trapped to EL2 (FEAT_NV, EC 0x1A)',
  'vm-exit': 'VM exit to the hypervisor',
  'no-exit': 'no VM exit (runs in the guest, or faults there)',
  dma: 'translated to a PA',
  'smmu-fault': 'an SMMU fault event',
  'cpu-exception': 'a CPU exception',
  'not-trapped': 'not trapped',
  translated: 'translated (stage 2 maps the IPA)',
  'stage2-abort': 'a stage 2 abort, taken to EL2 (HPFAR_EL2 holds the IPA)',
  'stage 1 off': 'stage 1 off (flat map)',
};

/** A WFx question's EL choices read as "trapped to ELn". */
const trapTo = (c: Choice) => (/^EL[123]$/.test(c.id) ? `trapped to ${c.id}` : undefined);

export const predict = {
  ...predictSwitch,
  region: 'Prediction',
  yourPrediction: 'Your prediction',
  check: 'Check',
  next: 'Next step',
  pick: 'Pick an answer first.',
  correct: 'Correct',
  incorrect: 'Not quite',
  answerWas: (answer: string, chose: string) => `The answer is ${answer}; you chose ${chose}.`,
  answerIs: (answer: string) => `The answer is ${answer}.`,
  decidedBy: 'The rule that decides it',
  score: (correct: number, asked: number) => `${correct} of ${asked} correct`,
  scoreLabel: 'Score',
  resetScore: 'Reset score',
  challenges: 'Challenges',
  challengesMet: (met: number, total: number) => `${met} of ${total} challenges met`,
  challengeIntro:
    'Flip bits in the Bits panel, at or before the step, until the rules replay the step the way the goal asks.',
  goToStep: (n: number) => `Go to step ${n}`,
  openBits: 'Open the Bits panel',
  met: 'met',
  notMet: 'not yet',
  share: 'Share my score',
  shareField: 'Link to your score',
  shareCopied: 'Link copied. It shows your score for this scenario to whoever opens it.',
  shareFailed: 'Copy the link from the field.',
  sharedTitle: 'A score shared with you',
  sharedScore: (title: string, correct: number, asked: number, met: number, total: number) =>
    `For “${title}”, the sender says: ${correct} of ${asked} predictions correct${total > 0 ? `, ${met} of ${total} challenges met` : ''}.`,
  sharedNote: 'This is the sender’s claim: the page did not check it, and your own score is unchanged.',
  dismiss: 'Dismiss',
  hint: 'Before a step plays, predict what it will do. Press Next step to begin.',
  who: (actor: string, el: number, what: string) => `${actor} (EL${el}) is about to do ${what}.`,
  ask: (q: Question, instr: string): string => {
    if (q.kind === 'target-el') {
      const interrupt = INTERRUPT_EVENTS.has(q.event);
      return interrupt ? `Which EL takes this ${q.event}, or does it stay pending?` : 'Which EL takes this exception?';
    }
    if (q.kind === 'register')
      return q.choices.some((c) => c.id === 'trap')
        ? `Which register does ${instr} reach, or is it trapped?`
        : `Which register does ${instr} reach?`;
    if (q.kind === 'vmid') return 'Which VMID tags this translation in the TLB?';
    if (q.kind === 'vm-exit') return `Does ${q.event} cause a VM exit here?`;
    if (q.kind === 'dma') return 'What does the SMMU do with this DMA?';
    if (q.kind === 'regime') return 'Which translation regime translates this access?';
    if (q.kind === 'tables') return 'Which translation tables does this access walk?';
    if (q.kind === 'stage2') return 'Does stage 2 translate this access?';
    if (q.kind === 'trapped')
      return q.what === 'WFI' || q.what === 'WFE'
        ? `Is this ${q.what} trapped, and to which EL?`
        : `Is ${q.what} trapped to EL2?`;
    return 'Is this ERET legal?';
  },
  choice: (c: Choice, q?: Question) =>
    (q?.kind === 'trapped' ? trapTo(c) : undefined) ??
    (CHOICE_WORDS as Record<string, string>)[c.id] ??
    c.label.replace('stage 1 off', CHOICE_WORDS['stage 1 off']),
};
