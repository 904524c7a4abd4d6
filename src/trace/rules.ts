// The trace's own rule ids and sentences (en + zh), by id like the core's (src/core/rules.ts).
// {placeholders} are filled by explain.ts / narrate.ts.

export interface TraceRule {
  source: string;
  en: string;
  zh: string;
}

export const TRACE_RULES = {
  'T-VIRT-TAKEN': {
    source: 'AArch64.TakeVirtualIRQException / FIQ / SError; HCR_EL2.{IMO,FMO,AMO}, HCR_EL2.TGE',
    en: 'A virtual interrupt is taken at EL1 from EL0 or EL1 when EL2 is enabled, HCR_EL2.TGE=0, its HCR_EL2 routing bit (IMO, FMO, AMO) is 1 and PSTATE does not mask it.',
    zh: '当 EL2 已启用、HCR_EL2.TGE=0、对应的 HCR_EL2 路由位（IMO、FMO、AMO）为 1 且 PSTATE 未屏蔽时，虚拟中断从 EL0 或 EL1 进入 EL1。',
  },
  'T-VIRT-DISABLED': {
    source: 'HCR_EL2.{IMO,FMO,AMO}, HCR_EL2.TGE',
    en: 'Virtual interrupts are disabled: HCR_EL2.TGE=1 or the routing bit is 0.',
    zh: '虚拟中断被禁用：HCR_EL2.TGE=1，或对应的路由位为 0。',
  },
  'T-VIRT-NOEL2': {
    source: 'EL2Enabled()',
    en: 'EL2 is not enabled, so there are no virtual interrupts.',
    zh: 'EL2 未启用，因此没有虚拟中断。',
  },
  'T-VIRT-ABOVE': {
    source: 'AArch64.TakeVirtualIRQException: PSTATE.EL IN {EL0, EL1}',
    en: 'Virtual interrupts are only taken at EL0 or EL1.',
    zh: '虚拟中断只会在 EL0 或 EL1 被处理。',
  },
  'T-VIRT-MASKED': {
    source: 'PSTATE.{I,F,A}',
    en: 'The virtual interrupt is masked by PSTATE and stays pending.',
    zh: '虚拟中断被 PSTATE 屏蔽，保持挂起。',
  },
  'T-QEMU-SEMIHOSTING': {
    source: 'QEMU semihosting (HLT #0xF000)',
    en: 'Not an architectural exception: QEMU itself handled a semihosting call (HLT #0xF000), so no rule routes it.',
    zh: '这不是体系结构意义上的异常：QEMU 自己处理了一次半主机调用（HLT #0xF000），因此没有路由规则。',
  },
  'T-QEMU-PSCI': {
    source: 'QEMU PSCI emulation',
    en: 'Not an architectural exception: QEMU emulated a PSCI firmware call itself (there is no firmware at EL3 in this run).',
    zh: '这不是体系结构意义上的异常：QEMU 自己模拟了一次 PSCI 固件调用（这次运行中 EL3 没有固件）。',
  },
  'T-NOT-MODELLED': {
    source: 'ESR_ELx.EC',
    en: 'The lab does not model this exception class ({ec}), so it cannot say which settings sent it to EL{to}.',
    zh: '实验室没有为这种异常类别（{ec}）建模，因此无法判断是哪些设置把它送到了 EL{to}。',
  },
  'T-IMPLIES': {
    source: 'enumeration of HCR_EL2, SCR_EL3 and PSTATE',
    en: 'This {kind} from EL{from} went to EL{to}: {bits}.',
    zh: '这次{kind}从 EL{from} 到了 EL{to}：{bits}。',
  },
  'T-ERET-IMPLIES': {
    source: 'IllegalExceptionReturn(); enumeration of HCR_EL2 and SCR_EL3',
    en: 'This ERET from EL{from} to EL{to} was legal, so {bits}.',
    zh: '这次从 EL{from} 到 EL{to} 的 ERET 是合法的，因此 {bits}。',
  },
  'T-ERET-ANY': {
    source: 'IllegalExceptionReturn()',
    en: 'An ERET from EL{from} to EL{to} is legal under every setting checked: it implies nothing about them.',
    zh: '在检查的所有设置下，从 EL{from} 到 EL{to} 的 ERET 都是合法的：它不说明这些设置的取值。',
  },
  'T-NO-SINGLE-BIT': {
    source: 'enumeration of HCR_EL2, SCR_EL3 and PSTATE',
    en: 'This {kind} from EL{from} to EL{to} rules out some settings, but on its own it fixes no single bit.',
    zh: '这次{kind}从 EL{from} 到 EL{to}，排除了一些设置，但单凭它不能确定任何一位的取值。',
  },
  'T-ANY-STATE': {
    source: 'enumeration of HCR_EL2, SCR_EL3 and PSTATE',
    en: 'This {kind} from EL{from} to EL{to} is what the rules give under every setting checked: it implies nothing about them.',
    zh: '这次{kind}从 EL{from} 到 EL{to}，在检查的所有设置下规则都会如此：它不说明这些设置的取值。',
  },
  'T-UNEXPLAINED': {
    source: 'enumeration of HCR_EL2, SCR_EL3 and PSTATE',
    en: 'No modelled state explains this {kind} from EL{from} to EL{to}. The closest rule, {rule}, sends it to EL{predicted}.',
    zh: '没有任何已建模的状态能解释这次从 EL{from} 到 EL{to} 的{kind}。最接近的规则 {rule} 会把它送到 EL{predicted}。',
  },
  'T-INCOMPLETE': {
    source: 'QEMU -d int',
    en: 'The log does not say where this exception came from or went to (its record is cut short), so it cannot be checked.',
    zh: '日志没有写明这个异常从哪里来、到哪里去（记录不完整），因此无法核对。',
  },
} as const satisfies Record<string, TraceRule>;

export type TraceRuleId = keyof typeof TRACE_RULES;

/** A rule sentence with its placeholders filled. */
export function traceSentence(
  id: TraceRuleId,
  lang: 'en' | 'zh',
  params: Record<string, string | number> = {},
): string {
  return TRACE_RULES[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
