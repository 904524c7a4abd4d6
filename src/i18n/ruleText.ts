// Rule reasons, blocked steps, outcomes and event labels in the UI language. English comes
// from the core; the Chinese rule table (rules.ts) arrives with the Chinese messages and
// registers itself here, so the first view carries no Chinese rule text.
import type { Because } from '../core/rules';
import type { BlockCode, Outcome } from '../machine/types';
import type { Label, ScenarioEvent } from '../scenario/schema';
import type { Lang } from './lang';

export type { Lang };

export interface ZhRule {
  detail: string;
  /** Omitted when the English source is only names (registers, functions, files). */
  source?: string;
}

/** The words of blocked steps, outcomes and event labels, per language. */
export interface RuleWords {
  blocked: Record<BlockCode, string>;
  outcomes: Record<Outcome, string>;
  events: Record<EventWord, string>;
}
type EventWord =
  | 'Stage1Abort'
  | 'Stage2Abort'
  | 'Undefined'
  | 'save'
  | 'restore'
  | 'call'
  | 'boot'
  | 'setup'
  | 'ack'
  | 'eoi'
  | 'load'
  | 'store';

const WORDS: Partial<Record<Lang, RuleWords>> = {};
const words = (lang: Lang): RuleWords =>
  WORDS[lang] ?? { blocked: BLOCKED_EN, outcomes: OUTCOMES_EN, events: EVENT_WORDS_EN };

let ZH_RULES: Record<string, ZhRule> = {};
/** Param values that are English words in the core; everything else (names, numbers) stays. */
let ZH_VALUES: Record<string, string> = {};

/** Called by rules.ts when the Chinese table loads. */
export function setZhRules(rules: Record<string, ZhRule>, values: Record<string, string>, zh: RuleWords): void {
  ZH_RULES = rules;
  ZH_VALUES = values;
  WORDS.zh = zh;
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
export const BLOCKED_EN: Record<BlockCode, string> = {
  'not-running':
    '{actor} cannot do this step: {running} is running now. A change earlier in the flow sent control elsewhere.',
  'no-handler': 'The exception now goes to EL{el}, but no software in this scenario runs at EL{el} to handle it.',
  'handler-wrong-el':
    'The exception now goes to EL{el}, but its handler in the scenario, {handler}, does not run at EL{el}.',
  'call-other-el':
    '{to} runs at EL{el} but the caller is at EL{current}: a function call cannot change EL (only an exception or ERET can).',
  'bits-need-el2': 'Writing HCR_EL2 needs EL2 or higher, but the code is now at EL{el}.',
  'bits-need-el3': 'Writing SCR_EL3 needs EL3, but the code is now at EL{el}.',
  'nothing-to-return-to': 'ERET has nothing to return to: no exception is outstanding.',
  'not-x86': 'A VMX step needs an x86 flow (architecture "x86"): Arm has no VMX.',
  'entry-not-guest': 'The VM entry would resume {to}, but {to} is not a guest in VMX non-root operation.',
  'need-el2': 'Writing a GIC list register (ICH_LR<n>_EL2) needs EL2, but the code is now at EL{el}.',
  'after-blocked': 'An earlier step could not run, so the flow stops here.',
};

/**
 * Why a step was blocked. Params are the machine's (actor ids); pass display names in
 * their place to show names instead.
 */
export function blockedText(code: BlockCode, params: Record<string, string | number>, lang: Lang): string {
  const t = words(lang).blocked[code];
  return t ? fill(t, params, lang) : code;
}

export const OUTCOMES_EN: Record<Outcome, string> = {
  exception: 'exception taken',
  pending: 'pending',
  executed: 'executed',
  eret: 'exception return',
  'illegal-eret': 'illegal exception return (PSTATE.IL set)',
  'illegal-state': 'Illegal Execution state exception',
  register: 'register access',
  undefined: 'UNDEFINED',
  bits: 'bits set',
  context: 'context switch',
  call: 'function call',
  boot: 'boot decision',
  'vm-exit': 'VM exit',
  'vm-entry': 'VM entry',
  dma: 'DMA translated by the SMMU',
  'smmu-fault': 'SMMU fault event (no CPU exception)',
  gic: 'GIC CPU interface',
  access: 'memory access',
  blocked: 'blocked',
};

/** A short label for a step's outcome. */
export function outcomeText(outcome: Outcome, lang: Lang): string {
  return words(lang).outcomes[outcome] ?? outcome;
}

export const EVENT_WORDS_EN = {
  Stage1Abort: 'stage 1 abort',
  Stage2Abort: 'stage 2 abort',
  Undefined: 'UNDEFINED instruction',
  save: 'save EL1 context',
  restore: 'restore EL1 context',
  call: 'call',
  boot: 'boot',
  setup: 'set up',
  ack: 'acknowledge',
  eoi: 'end of interrupt',
  load: 'load',
  store: 'store',
};

/** "HCR_EL2 ← E2H=1, TGE=1": the bits a SetBits step writes, by register. */
function bitsLabel(group: string, bits: Record<string, boolean | undefined> | undefined): string | null {
  if (!bits) return null;
  const set = Object.entries(bits).filter(([, v]) => v !== undefined);
  if (set.length === 0) return null;
  return `${group} ← ${set.map(([k, v]) => `${k.toUpperCase()}=${v ? 1 : 0}`).join(', ')}`;
}

/** A scenario's label in the UI language: code and names are one string, words have both. */
export function labelText(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : label[lang];
}

const WIDE = /[\u3000-\u9fff\uff00-\uffef]/;

/** Two words with a space between, except between two Chinese runs ("调用（分区的服务）"). */
function joinWords(a: string, b: string): string {
  return WIDE.test(a.at(-1) ?? '') && WIDE.test(b[0] ?? '') ? a + b : `${a} ${b}`;
}

/** "IRQ" and its label: "IRQ timer", "IRQ 定时器". */
function withLabel(word: string, label: Label | undefined, lang: Lang): string {
  const text = label === undefined ? '' : labelText(label, lang);
  return text ? joinWords(word, text) : word;
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
    case 'vIRQ':
    case 'vFIQ':
    case 'vSError':
      return withLabel(event.type, event.label, lang);
    case 'Stage1Abort':
    case 'Stage2Abort':
    case 'Undefined': {
      return withLabel(words(lang).events[event.type], event.label, lang);
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
      return parts.length ? parts.join('; ') : words(lang).events.setup;
    }
    case 'SaveContext':
    case 'RestoreContext': {
      const word = words(lang).events[event.type === 'SaveContext' ? 'save' : 'restore'];
      return lang === 'zh' ? `${word}（${name(event.of)}）` : `${word} (${name(event.of)})`;
    }
    case 'Call':
      return joinWords(words(lang).events.call, event.fn === undefined ? name(event.to) : labelText(event.fn, lang));
    case 'Boot':
      return words(lang).events.boot;
    case 'WriteLR':
      return `MSR ICH_LR${event.lr}_EL2 (vINTID ${event.vintid}${event.hw ? `, HW, pINTID ${event.pintid ?? '?'}` : ''})`;
    case 'Ack':
      return `${words(lang).events.ack} (IAR${event.group ?? 1})`;
    case 'EOI':
      return `${words(lang).events.eoi} (EOIR${event.group ?? 1})`;
    case 'Access':
      return `${words(lang).events[event.write ? 'store' : 'load']} ${event.va}`;
    case 'VMX':
      return withLabel(event.op, event.label, lang);
    case 'DMA':
      return `DMA ${labelText(event.device, lang)} → ${event.address}`;
  }
}
