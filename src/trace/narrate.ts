// The words of a trace step, in English and Chinese: what QEMU logged (decoded) and what the
// rules make of it. Plain strings; the UI renders them as text, never as HTML.
import { type BitName, registerName } from './bits';
import { decodeEsrHex } from './esr';
import type { Band, BitValue, StepExplanation } from './explain';
import { TRACE_RULES, type TraceRuleId, traceSentence } from './rules';
import { type SymbolMap, symbolize } from './symbols';
import type { TraceEvent } from './types';

export type Text = { en: string; zh: string };

const KIND_NAMES: Record<string, Text> = {
  SVC: { en: 'SVC', zh: 'SVC' },
  HVC: { en: 'HVC', zh: 'HVC' },
  SMC: { en: 'SMC', zh: 'SMC' },
  WFI: { en: 'trapped WFI', zh: '被捕获的 WFI' },
  WFE: { en: 'trapped WFE', zh: '被捕获的 WFE' },
  Stage1Abort: { en: 'stage 1 abort', zh: '第一阶段中止' },
  Stage2Abort: { en: 'stage 2 abort', zh: '第二阶段中止' },
  Undefined: { en: 'undefined instruction', zh: '未定义指令' },
  IRQ: { en: 'IRQ', zh: 'IRQ' },
  FIQ: { en: 'FIQ', zh: 'FIQ' },
  SError: { en: 'SError', zh: 'SError' },
  VIRQ: { en: 'virtual IRQ', zh: '虚拟 IRQ' },
  VFIQ: { en: 'virtual FIQ', zh: '虚拟 FIQ' },
  VSError: { en: 'virtual SError', zh: '虚拟 SError' },
  ERET: { en: 'ERET', zh: 'ERET' },
};

export function kindName(kind: string): Text {
  return KIND_NAMES[kind] ?? { en: kind, zh: kind };
}

/** A Chinese phrase set between Chinese words: a space on a side where it has Latin text. */
const zhPad = (t: string) => `${/^[A-Za-z0-9]/.test(t) ? ' ' : ''}${t}${/[A-Za-z0-9]$/.test(t) ? ' ' : ''}`;

const at = (map: SymbolMap | undefined, hex: string | undefined) => {
  const s = symbolize(map, hex);
  return s ? ` (${s})` : '';
};

/** "HCR_EL2.TGE must have been 1 and SCR_EL3.NS must have been 1". */
export function bitsPhrase(bits: readonly BitValue[]): Text {
  const en = bits.map((b) => `${registerName(b.bit)} must have been ${b.value ? 1 : 0}`);
  const zh = bits.map((b) => `${registerName(b.bit)} 必定为 ${b.value ? 1 : 0}`);
  const join = (xs: string[], last: string, sep: string) =>
    xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(sep)}${last}${xs[xs.length - 1]}`;
  return { en: join(en, ' and ', ', '), zh: join(zh, '，且 ', '，') };
}

/** The explanation of one step, as a sentence. */
export function explanationText(ev: TraceEvent, x: StepExplanation, kindOf: string, band?: Band): Text {
  const from = ev.type === 'illegal-return' ? ev.at : ev.from;
  const to = ev.type === 'illegal-return' ? ev.at : ev.to;
  const named = kindName(kindOf);
  const kind = { en: named.en, zh: zhPad(named.zh) };
  const both = (id: TraceRuleId, p: Record<string, string | number> = {}, pz: Record<string, string | number> = p) => ({
    en: traceSentence(id, 'en', p),
    zh: traceSentence(id, 'zh', pz),
  });
  let main: Text;
  switch (x.status) {
    case 'explained':
      if (x.implied.length === 0)
        main = both(
          x.narrows ? 'T-NO-SINGLE-BIT' : kindOf === 'ERET' ? 'T-ERET-ANY' : 'T-ANY-STATE',
          { kind: kind.en, from: from ?? '?', to: to ?? '?' },
          { kind: kind.zh, from: from ?? '?', to: to ?? '?' },
        );
      else {
        const bits = bitsPhrase(x.implied);
        main = both(
          kindOf === 'ERET' ? 'T-ERET-IMPLIES' : 'T-IMPLIES',
          { kind: kind.en, from: from ?? '?', to: to ?? '?', bits: bits.en },
          { kind: kind.zh, from: from ?? '?', to: to ?? '?', bits: bits.zh },
        );
      }
      if (x.kinds.length > 1) {
        const names = x.kinds.map(kindName);
        main.en += ` It fits a ${names.map((n) => n.en).join(' or a ')}.`;
        main.zh += `它符合${names.map((n) => n.zh).join('或')}。`;
      }
      break;
    case 'unexplained':
      main = both(
        'T-UNEXPLAINED',
        {
          kind: kind.en,
          from: from ?? '?',
          to: to ?? '?',
          rule: x.closest?.rule ?? '—',
          predicted: x.closest?.predicted ?? '?',
        },
        {
          kind: kind.zh,
          from: from ?? '?',
          to: to ?? '?',
          rule: x.closest?.rule ?? '—',
          predicted: x.closest?.predicted ?? '?',
        },
      );
      break;
    case 'not-modelled': {
      const ec =
        ev.type === 'exception' && ev.ec !== undefined
          ? `EC 0x${ev.ec.toString(16)}`
          : ev.type === 'return'
            ? 'AArch32'
            : '?';
      main = both('T-NOT-MODELLED', { ec, to: to ?? '?' });
      break;
    }
    case 'not-architectural':
      main = {
        en: TRACE_RULES[x.rules[0] as TraceRuleId]?.en ?? '',
        zh: TRACE_RULES[x.rules[0] as TraceRuleId]?.zh ?? '',
      };
      break;
    case 'incomplete':
      main = both('T-INCOMPLETE');
      break;
  }
  const extra = band?.consistent ? band.implied.filter((b) => !x.implied.some((i) => i.bit === b.bit)) : [];
  if (extra.length && band) {
    const p = bitsPhrase(extra);
    main.en += ` With the other steps from here to the next time EL2 runs, ${p.en}.`;
    main.zh += ` 结合从这里到 EL2 下一次运行之间的其他步骤，${p.zh}。`;
  }
  if (band && !band.consistent) {
    main.en += ' But no single HCR_EL2 value explains all the steps between two runs of EL2 around here.';
    main.zh += ' 但在这附近两次 EL2 运行之间，没有哪一个 HCR_EL2 取值能同时解释所有步骤。';
  }
  if (x.rules.length) {
    main.en += ` (Rules: ${x.rules.join(', ')}.)`;
    main.zh += `（规则：${x.rules.join('、')}。）`;
  }
  return main;
}

/** What QEMU logged for a step, decoded. */
export function loggedText(ev: TraceEvent, map?: SymbolMap): Text {
  if (ev.type === 'return') {
    const to32 = ev.aarch32 ? ' (AArch32)' : '';
    return {
      en: `Line ${ev.line}: exception return (ERET) from EL${ev.from} to EL${ev.to}${to32}, at PC 0x${ev.pc}${at(map, ev.pc)}.`,
      zh: `第 ${ev.line} 行：异常返回（ERET），从 EL${ev.from} 回到 EL${ev.to}${to32}，PC 为 0x${ev.pc}${at(map, ev.pc)}。`,
    };
  }
  if (ev.type === 'illegal-return') {
    return {
      en: `Line ${ev.line}: an illegal exception return at EL${ev.at} (PSTATE.IL set); execution resumed at 0x${ev.pc}${at(map, ev.pc)}.`,
      zh: `第 ${ev.line} 行：EL${ev.at} 上的非法异常返回（PSTATE.IL 置位）；从 0x${ev.pc}${at(map, ev.pc)} 继续执行。`,
    };
  }
  const en: string[] = [];
  const zh: string[] = [];
  const cpu = ev.cpu !== undefined ? ` on CPU ${ev.cpu}` : '';
  const cpuZh = ev.cpu !== undefined ? `（CPU ${ev.cpu}）` : '';
  en.push(
    `Line ${ev.line}: QEMU took exception ${ev.number} [${ev.name}]${cpu}, from EL${ev.from ?? '?'} to EL${ev.to ?? '?'}.`,
  );
  zh.push(
    `第 ${ev.line} 行：QEMU 处理异常 ${ev.number} [${ev.name}]${cpuZh}，从 EL${ev.from ?? '?'} 到 EL${ev.to ?? '?'}。`,
  );
  const interrupt = /IRQ|FIQ|SERR|NMI/.test(ev.name);
  if (ev.esr !== undefined && !interrupt && !ev.handledBy) {
    const d = decodeEsrHex(ev.esr);
    const fEn = d.fields.map((f) => `${f.name}=${f.value}${f.meaning ? ` (${f.meaning.en})` : ''}`).join(', ');
    const fZh = d.fields.map((f) => `${f.name}=${f.value}${f.meaning ? `（${f.meaning.zh}）` : ''}`).join('，');
    en.push(
      `ESR_EL${ev.to} = 0x${ev.esr}: EC 0x${d.ec.toString(16)} "${d.ecName.en}", IL=${d.il}${fEn ? `; ${fEn}` : ''}.`,
    );
    zh.push(
      `ESR_EL${ev.to} = 0x${ev.esr}：EC 0x${d.ec.toString(16)}“${d.ecName.zh}”，IL=${d.il}${fZh ? `；${fZh}` : ''}。`,
    );
  } else if (interrupt && ev.esr !== undefined) {
    en.push('An interrupt does not write ESR: QEMU\'s "...with ESR" line repeats the last syndrome it recorded.');
    zh.push('中断不会写 ESR：QEMU 的 “...with ESR” 一行只是重复它记录的上一个综合征值。');
  }
  if (ev.far) {
    en.push(`FAR_EL${ev.to} = 0x${ev.far}${at(map, ev.far)}: the faulting address.`);
    zh.push(`FAR_EL${ev.to} = 0x${ev.far}${at(map, ev.far)}：出错的地址。`);
  }
  if (ev.elr) {
    en.push(`ELR_EL${ev.to} = 0x${ev.elr}${at(map, ev.elr)}: where ERET will return.`);
    zh.push(`ELR_EL${ev.to} = 0x${ev.elr}${at(map, ev.elr)}：ERET 将返回的位置。`);
  }
  if (ev.pc) {
    en.push(`The vector: PC 0x${ev.pc}${at(map, ev.pc)}, PSTATE 0x${ev.pstate ?? '?'}.`);
    zh.push(`异常向量：PC 0x${ev.pc}${at(map, ev.pc)}，PSTATE 0x${ev.pstate ?? '?'}。`);
  }
  // PSTATE.PAN (bit 22) is kept on exception entry, but set when entering EL2 with
  // HCR_EL2.{E2H,TGE} = {1,1} and SCTLR_EL2.SPAN = 0 (Arm ARM AArch64.TakeException; QEMU
  // arm_cpu_do_interrupt_aarch64 does the same). The log shows it: evidence of a VHE host.
  const pan = ev.pstate !== undefined && (Number.parseInt(ev.pstate, 16) & (1 << 22)) !== 0;
  if (pan && ev.to === 2 && ev.from !== undefined && ev.from < 2) {
    en.push(
      'PSTATE.PAN is 1 after this entry to EL2: entry to EL2 sets PAN only when HCR_EL2.{E2H,TGE} = {1,1} (with SCTLR_EL2.SPAN = 0), and otherwise keeps the value it had, so unless the code below already ran with PAN = 1 this is a VHE host (E2H = 1).',
    );
    zh.push(
      '这次进入 EL2 之后 PSTATE.PAN 为 1：进入 EL2 时只有在 HCR_EL2.{E2H,TGE} = {1,1}（且 SCTLR_EL2.SPAN = 0）时才会置位 PAN，否则保留原值；所以除非下层代码本来就在 PAN = 1 下运行，这里是一个 VHE 宿主（E2H = 1）。',
    );
  }
  return { en: en.join(' '), zh: zh.join(' ') };
}

/** "HCR_EL2: TGE 0→1, E2H 0→1" for a change of bits the scenario must make. */
export function changeText(changes: { bit: BitName; value: boolean }[]): Text {
  const list = changes.map((c) => `${registerName(c.bit)} ${c.value ? '0→1' : '1→0'}`).join(', ');
  return {
    en: `The trace implies a change here, made while EL${changes.some((c) => c.bit.startsWith('scr.')) ? 3 : 2} was running: ${list}. The steps after this need it; the log does not show the write itself.`,
    zh: `跟踪表明这里发生了变化（在 EL${changes.some((c) => c.bit.startsWith('scr.')) ? 3 : 2} 运行时写入）：${list.replace(/, /g, '，')}。后面的步骤需要这个变化；日志本身并没有记录这次写入。`,
  };
}
