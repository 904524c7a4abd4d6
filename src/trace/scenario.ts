// A parsed trace as a scenario file (src/scenario/schema.ts): actors are "code at ELn" (named
// by symbol when a map is given), steps are the exceptions and returns, narration is the
// decoded log plus the explanation. The same data plays on the panels, is shared in links
// like any custom scenario, and is what "Download as a scenario" saves for editing.
import { type EL, type SyncKind, syncExceptionTarget } from '../core';
import { BITS, type BitName, bitOf, HCR_MASK, PSTATE_MASK, SCR_MASK, stateOf } from './bits';
import { classify } from './classify';
import type { TraceExplanation } from './explain';
import { changeText, explanationText, loggedText, type Text } from './narrate';
import { type SymbolMap, symbolize } from './symbols';
import type { ParsedTrace, TraceEvent } from './types';

/** The scenario schema's limit on steps per flow. */
export const MAX_SCENARIO_STEPS = 200;

export interface ConvertOptions {
  /** The file name (or "pasted text"), shown in the title. */
  name: string;
  map?: SymbolMap;
  /** The scenario id; by default one derived from the log's content. */
  id?: string;
}

export interface Converted {
  /** Scenario data: validate it with the scenario schema before use. */
  scenario: Record<string, unknown>;
  /** How many trace events the scenario covers (from the first). */
  events: number;
  /** Why it stops before the end of the trace, if it does. */
  stopped?: { line: number; reason: 'limit' | 'not-playable' };
}

const ACTOR_IDS = ['el0-code', 'el1-code', 'el2-code', 'el3-code'] as const;
const KINDS = ['app', 'kernel', 'hypervisor', 'firmware'] as const;
const WORLD_KINDS = ['host', 'guest', 'hypervisor', 'firmware'] as const;
const actorOf = (el: EL) => ACTOR_IDS[el];

/** A short stable id from the log text (FNV-1a), so two logs do not replace each other. */
export function traceId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `qemu-trace-${h.toString(36)}`;
}

/** The ELs an event leaves and enters. */
function els(ev: TraceEvent): { from?: EL; to?: EL } {
  if (ev.type === 'illegal-return') return { from: ev.at, to: ev.at };
  return { from: ev.from, to: ev.to };
}

/** Symbols seen at each EL (where control arrived: vectors and return addresses). */
function symbolsByEL(events: readonly TraceEvent[], map?: SymbolMap): string[][] {
  const out: string[][] = [[], [], [], []];
  const add = (el: EL | undefined, hex: string | undefined) => {
    const s = symbolize(map, hex)?.replace(/\+0x[0-9a-f]+$/, '');
    if (el === undefined || !s) return;
    const list = out[el] as string[];
    if (!list.includes(s)) list.push(s);
  };
  for (const ev of events) {
    if (ev.type === 'return') add(ev.to, ev.pc);
    else if (ev.type === 'exception') {
      add(ev.to, ev.pc);
      add(ev.from, ev.elr);
    }
  }
  return out;
}

function actorName(el: EL, symbols: string[]): Text {
  const list = symbols.slice(0, 3).join(', ') + (symbols.length > 3 ? ', …' : '');
  return list
    ? { en: `Code at EL${el} (${list})`, zh: `EL${el} 上的代码（${list}）` }
    : { en: `Code at EL${el}`, zh: `EL${el} 上的代码` };
}

/** Bits of `mask` in vector `v`, as a patch of the scenario's state. */
function patchOf(
  mask: number,
  v: number,
): { hcr?: Record<string, boolean>; scr?: Record<string, boolean>; pstate?: Record<string, boolean> } {
  const out: { hcr?: Record<string, boolean>; scr?: Record<string, boolean>; pstate?: Record<string, boolean> } = {};
  for (const b of BITS) {
    if (!(mask & bitOf(b))) continue;
    const [group, field] = b.split('.') as ['hcr' | 'scr' | 'pstate', string];
    out[group] ??= {};
    (out[group] as Record<string, boolean>)[field] = (v & bitOf(b)) !== 0;
  }
  return out;
}

function changes(mask: number, before: number, after: number): { bit: BitName; value: boolean }[] {
  return BITS.filter((b) => mask & bitOf(b) && ((before ^ after) & bitOf(b)) !== 0).map((bit) => ({
    bit,
    value: (after & bitOf(bit)) !== 0,
  }));
}

/** The sync kind the chosen state explains (a data abort: stage 2 or stage 1). */
function syncKindFor(kinds: SyncKind[], v: number, from: EL, to: EL): SyncKind {
  for (const k of kinds) {
    const d = syncExceptionTarget(stateOf(v, from), k);
    if (d.result.targetEL === to && !d.because.some((b) => b.rule === 'R-ABT-S2-OFF')) return k;
  }
  return kinds[0] as SyncKind;
}

export function traceToScenario(trace: ParsedTrace, x: TraceExplanation, opts: ConvertOptions): Converted {
  const { events } = trace;
  const symbols = symbolsByEL(events, opts.map);
  const usedELs = new Set<EL>();
  for (const ev of events) {
    const { from, to } = els(ev);
    if (from !== undefined) usedELs.add(from);
    if (to !== undefined) usedELs.add(to);
  }
  const first = events.find((e) => els(e).from !== undefined);
  const startEL = (first ? els(first).from : 1) as EL;
  usedELs.add(startEL);
  const elList = [...usedELs].sort();
  const hasEL2 = usedELs.has(2);

  const worlds = elList.map((el) => ({
    id: `el${el}`,
    name: { en: `EL${el}`, zh: `EL${el}` },
    kind: el === 1 && !hasEL2 ? 'host' : WORLD_KINDS[el],
  }));
  const actors = elList.map((el) => ({
    id: actorOf(el),
    name: actorName(el, symbols[el] ?? []),
    el,
    world: `el${el}`,
    kind: KINDS[el],
  }));

  const steps: Record<string, unknown>[] = [];
  let state = x.bands[0]?.witness ?? 0;
  let runningEL: EL = startEL;
  let covered = 0;
  let stopped: Converted['stopped'];
  const source = (line: number) => [{ kind: 'qemu', ref: `${opts.name}, line ${line}` }];

  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as TraceEvent;
    const ex = x.steps[i];
    if (!ex) break;
    const band = x.bands[x.bandOf[i] ?? 0];
    const o = classify(ev);
    const pending: Record<string, unknown>[] = [];

    // The band's HCR_EL2 / SCR_EL3 value, set by EL2 / EL3 before this step if it differs.
    const want = band?.witness ?? state;
    for (const [mask, minEL] of [
      [SCR_MASK, 3],
      [HCR_MASK, 2],
    ] as const) {
      const diff = changes(mask, state, want);
      if (diff.length === 0) continue;
      const changed = diff.reduce((m, d) => m | bitOf(d.bit), 0);
      pending.push({
        actor: actorOf(runningEL),
        event: { type: 'SetBits', ...patchOf(changed, want), ...(runningEL < minEL ? { setup: true } : {}) },
        narration: changeText(diff),
        expect: { outcome: 'bits' },
      });
      state = (state & ~mask) | (want & mask);
    }

    const { from, to } = els(ev);
    let step: Record<string, unknown> | undefined;
    const narration = (kind: string): Text => {
      const logged = loggedText(ev, opts.map);
      const why = explanationText(ev, ex, kind, band);
      return { en: `${logged.en} ${why.en}`, zh: `${logged.zh} ${why.zh}` };
    };
    if (o.family === 'eret' && from !== undefined && to !== undefined) {
      step = {
        actor: actorOf(from),
        event: { type: 'ERET', to: actorOf(to) },
        narration: narration('ERET'),
        sources: source(ev.line),
        expect: { el: to, actor: actorOf(to), outcome: 'eret' },
      };
    } else if (o.family === 'sync') {
      const kind = syncKindFor(o.kinds, state, o.from, o.to);
      const imm =
        ev.type === 'exception' && ev.esr && ['SVC', 'HVC', 'SMC'].includes(kind)
          ? `#0x${(Number.parseInt(ev.esr.slice(-4), 16) & 0xffff).toString(16)}`
          : undefined;
      step = {
        actor: actorOf(o.from),
        event: { type: kind, ...(imm ? { label: imm } : {}), handler: actorOf(o.to) },
        narration: narration(kind),
        sources: source(ev.line),
        expect: { el: o.to, actor: actorOf(o.to), outcome: 'exception' },
      };
    } else if (o.family === 'interrupt') {
      // PSTATE can change at any EL (MSR DAIFClr): set what this step needs.
      const need = ex.implied.filter((b) => b.bit.startsWith('pstate.'));
      if (need.length) {
        let v = 0;
        for (const b of need) if (b.value) v |= bitOf(b.bit);
        const m = need.reduce((acc, b) => acc | bitOf(b.bit), 0);
        pending.push({
          actor: actorOf(o.from),
          event: { type: 'SetBits', ...patchOf(m & PSTATE_MASK, v) },
          narration: {
            en: `The interrupt was taken at EL${o.from}, so the code there had unmasked it: ${need.map((b) => `PSTATE.${b.bit.slice(7).toUpperCase()}=${b.value ? 1 : 0}`).join(', ')}.`,
            zh: `中断在 EL${o.from} 被处理，说明那里的代码已经解除了屏蔽：${need.map((b) => `PSTATE.${b.bit.slice(7).toUpperCase()}=${b.value ? 1 : 0}`).join('，')}。`,
          },
          expect: { outcome: 'bits' },
        });
      }
      step = {
        actor: actorOf(o.from),
        event: { type: o.kind, handler: actorOf(o.to) },
        narration: narration(o.kind),
        sources: source(ev.line),
        expect: { el: o.to, actor: actorOf(o.to), outcome: 'exception' },
      };
    } else if ((o.family === 'virtual' || o.family === 'qemu') && from !== undefined && from === to) {
      // The machine has no virtual interrupts (and QEMU's own calls are not exceptions):
      // shown as control passing within the EL, which is what the PE did.
      const fn =
        o.family === 'virtual'
          ? `${o.kind} → ${symbolize(opts.map, ev.type === 'exception' ? ev.pc : undefined) ?? `EL${to} vector`}`
          : `QEMU ${o.what}`;
      const note: Text =
        o.family === 'virtual'
          ? {
              en: " The lab's machine does not model virtual interrupts, so this step shows control passing to the EL1 vector without an exception arrow.",
              zh: ' 实验室的状态机没有为虚拟中断建模，因此这一步只显示控制转到 EL1 的异常向量，不画异常箭头。',
            }
          : { en: '', zh: '' };
      const kindKey = o.family === 'virtual' ? o.kind : 'QEMU';
      const t = narration(kindKey);
      step = {
        actor: actorOf(from),
        event: { type: 'Call', to: actorOf(from), fn },
        narration: { en: t.en + note.en, zh: t.zh + note.zh },
        sources: source(ev.line),
        expect: { el: from, outcome: 'call' },
      };
    }
    if (!step) {
      stopped = { line: ev.line, reason: 'not-playable' };
      break;
    }
    if (steps.length + pending.length + 1 > MAX_SCENARIO_STEPS) {
      stopped = { line: ev.line, reason: 'limit' };
      break;
    }
    steps.push(...pending, step);
    covered = i + 1;
    const after = (step.expect as { el?: EL }).el;
    if (after !== undefined) runningEL = after;
  }

  const initialBits = x.bands[0]?.witness ?? 0;
  const initial = patchOf(HCR_MASK | SCR_MASK, initialBits);
  const shown = `${covered} of ${events.length}`;
  const c = x.counts;
  const scenario = {
    format: 1,
    id: opts.id ?? traceId(JSON.stringify(events.slice(0, 2000))),
    title: { en: `QEMU trace: ${opts.name}`, zh: `QEMU 跟踪：${opts.name}` },
    summary: {
      en: `A QEMU -d int log (${trace.lines} lines): ${events.length} exceptions and returns, of which the rules explain ${c.explained}${c.unexplained ? `, cannot explain ${c.unexplained}` : ''}${c['not-modelled'] ? `, do not model ${c['not-modelled']}` : ''}${c['not-architectural'] ? `; ${c['not-architectural']} were QEMU's own calls` : ''}. Steps show ${shown}. Assumes EL2, EL3 and FEAT_VHE are implemented (QEMU virt with virtualization=on, secure=on, -cpu max).`,
      zh: `一份 QEMU -d int 日志（${trace.lines} 行）：共 ${events.length} 次异常和返回，规则能解释 ${c.explained} 次${c.unexplained ? `，无法解释 ${c.unexplained} 次` : ''}${c['not-modelled'] ? `，未建模 ${c['not-modelled']} 次` : ''}${c['not-architectural'] ? `；${c['not-architectural']} 次是 QEMU 自己处理的调用` : ''}。步骤显示其中 ${covered}/${events.length} 个。假设实现了 EL2、EL3 和 FEAT_VHE（QEMU virt，virtualization=on、secure=on、-cpu max）。`,
    },
    flows: [
      {
        id: 'trace',
        title: { en: opts.name, zh: opts.name },
        design: hasEL2 ? 'type1' : 'bare-metal',
        worlds,
        actors,
        initial: {
          actor: actorOf(startEL),
          state: { ...initial, secure: false, features: { el2: true, el3: true, vhe: true, sel2: false } },
        },
        steps,
      },
    ],
  };
  const out: Converted = { scenario, events: covered };
  if (stopped) out.stopped = stopped;
  return out;
}
