// Rule reasons, blocked steps, outcomes and event labels in the UI language. English comes
// from the core; the Chinese rule table (rules.ts) arrives with the Chinese messages and
// registers itself here, so the first view carries no Chinese rule text.
import type { Because } from '../core/rules';
import type { BlockCode, Outcome } from '../machine/types';
import type { ScenarioEvent } from '../scenario/schema';
import type { Lang } from './lang';

export type { Lang };

export interface ZhRule {
  detail: string;
  /** Omitted when the English source is only names (registers, functions, files). */
  source?: string;
}

let ZH_RULES: Record<string, ZhRule> = {};
/** Param values that are English words in the core; everything else (names, numbers) stays. */
let ZH_VALUES: Record<string, string> = {};

/** Called by rules.ts when the Chinese table loads. */
export function setZhRules(rules: Record<string, ZhRule>, values: Record<string, string>): void {
  ZH_RULES = rules;
  ZH_VALUES = values;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill {placeholders} from params; unknown ones stay visible rather than vanish. */
export function fill(template: string, params: Record<string, string | number> | undefined, lang: Lang): string {
  if (!template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const v = params?.[key];
    if (v === undefined) return whole;
    const s = String(v);
    return lang === 'zh' ? (ZH_VALUES[s] ?? s) : s;
  });
}

/** A reason's sentence and source in the UI language. */
export function ruleText(b: Because, lang: Lang): { detail: string; source: string } {
  if (lang === 'en') return { detail: b.detail, source: b.source };
  const zh: ZhRule | undefined = (ZH_RULES as Record<string, ZhRule>)[b.rule];
  if (!zh) return { detail: b.detail, source: b.source };
  return { detail: fill(zh.detail, b.params, 'zh'), source: zh.source ? fill(zh.source, b.params, 'zh') : b.source };
}

// Why a step could not run. Students meet these after a what-if changed the flow, so each says
// what changed and why the scenario's next step no longer fits.
export const BLOCKED: Record<BlockCode, Record<Lang, string>> = {
  'not-running': {
    en: '{actor} cannot do this step: {running} is running now. A change earlier in the flow sent control elsewhere.',
    zh: '{actor} 无法执行这一步：此刻运行的是 {running}。前面的改动让控制流走向了别处。',
  },
  'no-handler': {
    en: 'The exception now goes to EL{el}, but no software in this scenario runs at EL{el} to handle it.',
    zh: '异常现在被送往 EL{el}，但本场景中没有任何软件运行在 EL{el} 来处理它。',
  },
  'handler-wrong-el': {
    en: 'The exception now goes to EL{el}, but its handler in the scenario, {handler}, does not run at EL{el}.',
    zh: '异常现在被送往 EL{el}，但场景中为它安排的处理者 {handler} 并不运行在 EL{el}。',
  },
  'call-other-el': {
    en: '{to} runs at EL{el} but the caller is at EL{current}: a function call cannot change EL (only an exception or ERET can).',
    zh: '{to} 运行在 EL{el}，而调用者在 EL{current}：函数调用不能改变 EL（只有异常或 ERET 可以）。',
  },
  'bits-need-el2': {
    en: 'Writing HCR_EL2 needs EL2 or higher, but the code is now at EL{el}.',
    zh: '写 HCR_EL2 需要在 EL2 或更高的 EL，但代码此刻在 EL{el}。',
  },
  'bits-need-el3': {
    en: 'Writing SCR_EL3 needs EL3, but the code is now at EL{el}.',
    zh: '写 SCR_EL3 需要在 EL3，但代码此刻在 EL{el}。',
  },
  'nothing-to-return-to': {
    en: 'ERET has nothing to return to: no exception is outstanding.',
    zh: 'ERET 无处可返回：当前没有尚未返回的异常。',
  },
  'after-blocked': {
    en: 'An earlier step could not run, so the flow stops here.',
    zh: '前面有一步无法执行，所以流程在此停止。',
  },
};

/**
 * Why a step was blocked. Params are the machine's (actor ids); pass display names in
 * their place to show names instead.
 */
export function blockedText(code: BlockCode, params: Record<string, string | number>, lang: Lang): string {
  const t = BLOCKED[code];
  return t ? fill(t[lang], params, lang) : code;
}

export const OUTCOMES: Record<Outcome, Record<Lang, string>> = {
  exception: { en: 'exception taken', zh: '异常被接收' },
  pending: { en: 'pending', zh: '挂起' },
  executed: { en: 'executed', zh: '已执行' },
  eret: { en: 'exception return', zh: '异常返回' },
  'illegal-eret': { en: 'illegal exception return', zh: '非法异常返回' },
  register: { en: 'register access', zh: '寄存器访问' },
  undefined: { en: 'UNDEFINED', zh: 'UNDEFINED（未定义）' },
  bits: { en: 'bits set', zh: '位已设置' },
  context: { en: 'context switch', zh: '上下文保存/恢复' },
  call: { en: 'function call', zh: '函数调用' },
  boot: { en: 'boot decision', zh: '启动决策' },
  blocked: { en: 'blocked', zh: '受阻' },
};

/** A short label for a step's outcome. */
export function outcomeText(outcome: Outcome, lang: Lang): string {
  return OUTCOMES[outcome]?.[lang] ?? outcome;
}

const EVENT_WORDS = {
  Stage1Abort: { en: 'stage 1 abort', zh: 'stage 1 中止' },
  Stage2Abort: { en: 'stage 2 abort', zh: 'stage 2 中止' },
  Undefined: { en: 'UNDEFINED instruction', zh: 'UNDEFINED 指令' },
  save: { en: 'save EL1 context', zh: '保存 EL1 上下文' },
  restore: { en: 'restore EL1 context', zh: '恢复 EL1 上下文' },
  call: { en: 'call', zh: '调用' },
  boot: { en: 'boot', zh: '启动' },
  setup: { en: 'set up', zh: '初始设置' },
} as const;

/** "HCR_EL2 ← E2H=1, TGE=1": the bits a SetBits step writes, by register. */
function bitsLabel(group: string, bits: Record<string, boolean | undefined> | undefined): string | null {
  if (!bits) return null;
  const set = Object.entries(bits).filter(([, v]) => v !== undefined);
  if (set.length === 0) return null;
  return `${group} ← ${set.map(([k, v]) => `${k.toUpperCase()}=${v ? 1 : 0}`).join(', ')}`;
}

/**
 * A short label for a step's event, as on an arrow or in a list. `name` turns actor ids
 * into display names (identity by default).
 */
export function eventLabel(event: ScenarioEvent, lang: Lang, name: (id: string) => string = (id) => id): string {
  switch (event.type) {
    case 'SVC':
    case 'HVC':
    case 'SMC':
    case 'WFI':
    case 'WFE':
    case 'IRQ':
    case 'FIQ':
    case 'SError':
      return event.label ? `${event.type} ${event.label}` : event.type;
    case 'Stage1Abort':
    case 'Stage2Abort':
    case 'Undefined': {
      const word = EVENT_WORDS[event.type][lang];
      return event.label ? `${word} ${event.label}` : word;
    }
    case 'ERET':
      return 'ERET';
    case 'MRS':
    case 'MSR':
      return `${event.type} ${event.reg.toUpperCase()}`;
    case 'SetBits': {
      const parts = [
        bitsLabel('HCR_EL2', event.hcr),
        bitsLabel('SCR_EL3', event.scr),
        bitsLabel('PSTATE', event.pstate),
      ].filter((p): p is string => p !== null);
      return parts.length ? parts.join('; ') : EVENT_WORDS.setup[lang];
    }
    case 'SaveContext':
    case 'RestoreContext': {
      const word = EVENT_WORDS[event.type === 'SaveContext' ? 'save' : 'restore'][lang];
      return lang === 'zh' ? `${word}（${name(event.of)}）` : `${word} (${name(event.of)})`;
    }
    case 'Call':
      return `${EVENT_WORDS.call[lang]} ${event.fn ?? name(event.to)}`;
    case 'Boot':
      return EVENT_WORDS.boot[lang];
  }
}
