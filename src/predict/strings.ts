// Predict mode strings: the switch, the questions, the verdicts and the score.

import type { Question } from './questions';
import { SWITCH } from './switchStrings';

type Choice = Question['choices'][number];

const INTERRUPT_EVENTS = new Set(['IRQ', 'FIQ', 'SError', 'vIRQ', 'vFIQ', 'vSError']);

export const STRINGS = {
  en: {
    ...SWITCH.en,
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
    hint: 'Before a step plays, predict what it will do. Press Next step to begin.',
    who: (actor: string, el: number, what: string) => `${actor} (EL${el}) is about to do ${what}.`,
    ask: (q: Question, instr: string): string => {
      if (q.kind === 'target-el') {
        const interrupt = INTERRUPT_EVENTS.has(q.event);
        return interrupt
          ? `Which EL takes this ${q.event}, or does it stay pending?`
          : 'Which EL takes this exception?';
      }
      if (q.kind === 'register')
        return q.choices.some((c) => c.id === 'trap')
          ? `Which register does ${instr} reach, or is it trapped?`
          : `Which register does ${instr} reach?`;
      if (q.kind === 'vmid') return 'Which VMID tags this translation in the TLB?';
      if (q.kind === 'vm-exit') return `Does ${q.event} cause a VM exit here?`;
      if (q.kind === 'dma') return 'What does the SMMU do with this DMA?';
      return 'Is this ERET legal?';
    },
    choice: (c: Choice) => CHOICE_WORDS[c.id]?.en ?? c.label,
  },
  zh: {
    ...SWITCH.zh,
    region: '预测',
    yourPrediction: '你的预测',
    check: '核对',
    next: '下一步',
    pick: '请先选择一个答案。',
    correct: '正确',
    incorrect: '不对',
    answerWas: (answer: string, chose: string) => `答案是 ${answer}；你选的是 ${chose}。`,
    answerIs: (answer: string) => `答案是 ${answer}。`,
    decidedBy: '决定它的规则',
    score: (correct: number, asked: number) => `答对 ${correct} 题，共 ${asked} 题`,
    scoreLabel: '得分',
    resetScore: '重置得分',
    hint: '每一步执行之前，先预测它会做什么。按“下一步”开始。',
    who: (actor: string, el: number, what: string) => `${actor}（EL${el}）即将执行 ${what}。`,
    ask: (q: Question, instr: string): string => {
      if (q.kind === 'target-el') {
        const interrupt = INTERRUPT_EVENTS.has(q.event);
        return interrupt ? `这个 ${q.event} 由哪个 EL 处理，还是保持挂起？` : '这个异常由哪个 EL 处理？';
      }
      if (q.kind === 'register')
        return q.choices.some((c) => c.id === 'trap')
          ? `${instr} 实际访问的是哪个寄存器，还是会被捕获？`
          : `${instr} 实际访问的是哪个寄存器？`;
      if (q.kind === 'vmid') return '这次转换在 TLB 中带有哪个 VMID 标记？';
      if (q.kind === 'vm-exit') return `这里的 ${q.event} 会引起 VM exit 吗？`;
      if (q.kind === 'dma') return 'SMMU 会如何处理这次 DMA？';
      return '这条 ERET 合法吗？';
    },
    choice: (c: Choice) => CHOICE_WORDS[c.id]?.zh ?? c.label,
  },
};

/** Choices that are words rather than EL or register names. */
const CHOICE_WORDS: Record<string, { en: string; zh: string }> = {
  pending: { en: 'stays pending', zh: '保持挂起' },
  none: { en: 'no exception', zh: '不产生异常' },
  legal: { en: 'legal', zh: '合法' },
  illegal: {
    en: 'illegal (PSTATE.IL set, same EL, then an Illegal Execution state exception)',
    zh: '非法（置位 PSTATE.IL，停在原 EL，随后引发非法执行状态异常）',
  },
  undefined: { en: 'UNDEFINED (ERET at EL0)', zh: 'UNDEFINED（在 EL0 执行 ERET）' },
  trap: { en: 'trapped to EL2 (EC 0x18)', zh: '被捕获到 EL2（EC 0x18）' },
  'no-vmid': { en: 'no VMID (no stage 2)', zh: '没有 VMID（没有第二阶段）' },
  'eret-trap': { en: 'trapped to EL2 (FEAT_NV, EC 0x1A)', zh: '陷入到 EL2（FEAT_NV，EC 0x1A）' },
  'vm-exit': { en: 'VM exit to the hypervisor', zh: 'VM exit，进入 hypervisor' },
  'no-exit': {
    en: 'no VM exit (runs in the guest, or faults there)',
    zh: '不引起 VM exit（在客户机中执行，或在那里产生异常）',
  },
  dma: { en: 'translated to a PA', zh: '转换为 PA' },
  'smmu-fault': { en: 'an SMMU fault event', zh: 'SMMU 故障事件' },
  'cpu-exception': { en: 'a CPU exception', zh: 'CPU 异常' },
};

/** The instruction as a student would write it: MRS x0, SCTLR_EL1 / MSR SCTLR_EL1, x0. */
export function instruction(q: Question, op: string): string {
  if (q.kind !== 'register') return '';
  return op === 'MSR' ? `MSR ${q.reg}, x0` : `MRS x0, ${q.reg}`;
}
