// Predict mode strings: the switch, the questions, the verdicts and the score.

import { INTERRUPT_KINDS } from '../../core';
import type { Question } from '../../predict/questions';
import type * as en from '../en/predict';
import type { Shape } from '../shape';
import { predictSwitch } from './predictSwitch';

type Choice = Question['choices'][number];

/** Physical and virtual interrupts: their question offers "stays pending". */
const INTERRUPT_EVENTS = new Set<string>([...INTERRUPT_KINDS, 'vIRQ', 'vFIQ', 'vSError']);

/** Choices that are words rather than EL or register names. */
const CHOICE_WORDS = {
  pending: '保持挂起',
  none: '不产生异常',
  legal: '合法',
  illegal: '非法（置位 PSTATE.IL，停在原 EL，随后引发非法执行状态异常）',
  undefined: 'UNDEFINED（在 EL0 执行 ERET）',
  trap: '陷入到 EL2（EC 0x18）',
  'no-vmid': '没有 VMID（没有 stage 2）',
  'eret-trap': '陷入到 EL2（FEAT_NV，EC 0x1A）',
  'vm-exit': 'VM exit，进入 hypervisor',
  'no-exit': '不引起 VM exit（在客户机中执行，或在那里产生异常）',
  dma: '转换为 PA',
  'smmu-fault': 'SMMU 故障事件',
  'cpu-exception': 'CPU 异常',
  'not-trapped': '不陷入',
  translated: '转换成功（stage 2 映射了该 IPA）',
  'stage2-abort': 'stage 2 abort，由 EL2 处理（HPFAR_EL2 保存该 IPA）',
  'stage 1 off': 'stage 1 关闭（平坦映射）',
};

/** WFx 问题中的 EL 选项读作“陷入到 ELn”。 */
const trapTo = (c: Choice) => (/^EL[123]$/.test(c.id) ? `陷入到 ${c.id}` : undefined);

export const predict = {
  ...predictSwitch,
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
  challenges: '挑战',
  challengesMet: (met: number, total: number) => `完成 ${met} 个挑战，共 ${total} 个`,
  challengeIntro: '在这一步（或更早）翻转“控制位”面板中的位，直到规则重放这一步的结果符合目标。',
  goToStep: (n: number) => `转到第 ${n} 步`,
  openBits: '打开“控制位”面板',
  met: '已完成',
  notMet: '未完成',
  share: '分享我的得分',
  shareField: '你的得分链接',
  shareCopied: '链接已复制。打开它的人会看到你在这个场景中的得分。',
  shareFailed: '请从输入框中复制链接。',
  sharedTitle: '别人分享给你的得分',
  sharedScore: (title: string, correct: number, asked: number, met: number, total: number) =>
    `在“${title}”中，发送者称：预测答对 ${correct} 题，共 ${asked} 题${total > 0 ? `；完成 ${met} 个挑战，共 ${total} 个` : ''}。`,
  sharedNote: '这是发送者自己的说法：本页面没有核实，你自己的得分不受影响。',
  dismiss: '关闭',
  hint: '每一步执行之前，先预测它会做什么。按“下一步”开始。',
  who: (actor: string, el: number, what: string) => `${actor}（EL${el}）即将执行 ${what}。`,
  ask: (q: Question, instr: string): string => {
    if (q.kind === 'target-el') {
      const interrupt = INTERRUPT_EVENTS.has(q.event);
      return interrupt ? `这个 ${q.event} 由哪个 EL 处理，还是保持挂起？` : '这个异常由哪个 EL 处理？';
    }
    if (q.kind === 'register')
      return q.choices.some((c) => c.id === 'trap')
        ? `${instr} 实际访问的是哪个寄存器，还是会被陷入？`
        : `${instr} 实际访问的是哪个寄存器？`;
    if (q.kind === 'vmid') return '这次转换在 TLB 中带有哪个 VMID 标记？';
    if (q.kind === 'vm-exit') return `这里的 ${q.event} 会引起 VM exit 吗？`;
    if (q.kind === 'dma') return 'SMMU 会如何处理这次 DMA？';
    if (q.kind === 'regime') return '这次访问由哪个转换体制转换？';
    if (q.kind === 'tables') return '这次访问遍历哪些转换表？';
    if (q.kind === 'stage2') return 'stage 2 能转换这次访问吗？';
    if (q.kind === 'trapped')
      return q.what === 'WFI' || q.what === 'WFE'
        ? `这条 ${q.what} 会被陷入吗？陷入到哪个 EL？`
        : `${q.what} 会陷入到 EL2 吗？`;
    return '这条 ERET 合法吗？';
  },
  choice: (c: Choice, q?: Question) =>
    (q?.kind === 'trapped' ? trapTo(c) : undefined) ??
    (CHOICE_WORDS as Record<string, string>)[c.id] ??
    c.label.replace('stage 1 off', CHOICE_WORDS['stage 1 off']),
} satisfies Shape<typeof en.predict>;
