// Predict mode's challenges: a goal for one step of a scenario ("make QEMU's SVC land at
// EL1") that the student reaches by flipping what-if bits in the Bits panel. Whether it is
// met is read from the recomputed run, never decided here. Each goal is tested reachable by
// some bit and not met at the start (challenges.test.ts).
import type { StepResult } from '../machine/types';

export type Goal =
  /** The step's exception (or interrupt) is taken at this EL. */
  | { kind: 'taken-at'; el: 1 | 2 | 3 }
  /** The step's interrupt (physical or virtual) is left pending. */
  | { kind: 'pending' }
  /** The step's access or WFx is not trapped: it runs where it is. */
  | { kind: 'not-trapped' }
  /** The step's MRS/MSR reaches this register. */
  | { kind: 'reaches'; reg: string };

export interface Challenge {
  /** Unique within its scenario; kept in the score. */
  id: string;
  scenario: string;
  flow: number;
  /** The 0-based index of the step whose result is checked; bits flipped at or before it count. */
  step: number;
  goal: Goal;
  text: { en: string; zh: string };
}

export const CHALLENGES: readonly Challenge[] = [
  {
    id: 'qemu-svc-el1',
    scenario: 'type2-kvm-vhe',
    flow: 0,
    step: 18,
    goal: { kind: 'taken-at', el: 1 },
    text: {
      en: 'Make QEMU\u2019s SVC (ioctl KVM_RUN) land at EL1 instead of EL2.',
      zh: '让 QEMU 的 SVC（ioctl KVM_RUN）由 EL1 处理，而不是 EL2。',
    },
  },
  {
    id: 'irq-el3',
    scenario: 'exception-routing',
    flow: 0,
    step: 3,
    goal: { kind: 'taken-at', el: 3 },
    text: { en: 'Make this IRQ go to EL3.', zh: '让这个 IRQ 由 EL3 处理。' },
  },
  {
    id: 'timer-irq-el2',
    scenario: 'bare-metal',
    flow: 0,
    step: 3,
    goal: { kind: 'taken-at', el: 2 },
    text: { en: 'Make the timer IRQ go to EL2 instead of EL1.', zh: '让定时器 IRQ 由 EL2 处理，而不是 EL1。' },
  },
  {
    id: 'virq-pending',
    scenario: 'virtual-interrupts',
    flow: 0,
    step: 4,
    goal: { kind: 'pending' },
    text: {
      en: 'Keep the guest\u2019s vIRQ pending instead of being taken at EL1.',
      zh: '让客户机的 vIRQ 保持挂起，而不是在 EL1 被处理。',
    },
  },
  {
    id: 'id-read-untrapped',
    scenario: 'trap-and-emulate',
    flow: 0,
    step: 0,
    goal: { kind: 'not-trapped' },
    text: {
      en: 'Let the guest read ID_AA64PFR0_EL1 without a trap to EL2.',
      zh: '让客户机读取 ID_AA64PFR0_EL1 时不陷入到 EL2。',
    },
  },
  {
    id: 'sctlr-el1-direct',
    scenario: 'register-redirection',
    flow: 0,
    step: 9,
    goal: { kind: 'reaches', reg: 'SCTLR_EL1' },
    text: {
      en: 'Make the host kernel\u2019s MRS x0, SCTLR_EL1 reach SCTLR_EL1 itself, not SCTLR_EL2.',
      zh: '让宿主机内核的 MRS x0, SCTLR_EL1 访问到 SCTLR_EL1 本身，而不是 SCTLR_EL2。',
    },
  },
];

export function challengesFor(scenario: string | undefined): Challenge[] {
  return CHALLENGES.filter((c) => c.scenario === scenario);
}

/** Whether the core's result for the challenge's step meets its goal. */
export function goalMet(goal: Goal, result: StepResult | undefined): boolean {
  if (!result || result.outcome === 'blocked') return false;
  switch (goal.kind) {
    case 'taken-at':
      return result.outcome === 'exception' && result.to.el === goal.el;
    case 'pending':
      return result.outcome === 'pending';
    case 'not-trapped':
      // It ran: a register reached, or a WFx that waits (an UNDEFINED access does not count).
      return result.outcome === 'register' || result.outcome === 'executed';
    case 'reaches':
      return result.outcome === 'register' && result.registers?.[0]?.reaches === goal.reg;
  }
}
