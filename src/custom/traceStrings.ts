// The words of the "QEMU trace" tab of the Open dialog (loaded with it).
import type { TraceProblem } from '../trace/types';
import type { TraceResult } from './trace';

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

export const TRACE_STRINGS = {
  en: {
    tabScenario: 'Scenario (JSON)',
    tabTrace: 'QEMU trace',
    intro:
      'Open a log written by qemu-system-aarch64 -d int (add -D file.log to write it to a file): each exception and exception return becomes a step, explained by the rules. Add the nm output of your ELF to name addresses.',
    logFile: 'Trace file (-d int log)',
    mapFile: 'Symbol map (nm output, optional)',
    paste: 'Or paste the log',
    placeholder: 'Taking exception 11 [Hypervisor Call] on CPU 0\n...from EL1 to EL2\n...',
    drop: 'Drop the log to open it',
    open: 'Open trace',
    sample: 'Open the sample: mini hypervisor under QEMU',
    reading: (lines: number, pct: number) => `Reading line ${lines.toLocaleString('en')} (${pct}%)…`,
    explaining: (lines: number) => `Explaining ${lines.toLocaleString('en')} lines…`,
    progress: 'Progress',
    download: 'Download as a scenario file',
    show: 'Show it',
    failed: (r: Extract<TraceResult, { ok: false }>): string => {
      switch (r.reason) {
        case 'too-big':
          return `“${r.name}” is ${mb(r.bytes ?? 0)} MB; the lab opens QEMU logs up to ${mb(r.limit ?? 0)} MB. Keep the part you need (for example: tail -n 200000 qemu.log > part.log) or trace a shorter run. Nothing was changed.`;
        case 'map-too-big':
          return `The symbol map is ${mb(r.bytes ?? 0)} MB; maps up to ${mb(r.limit ?? 0)} MB are read. Nothing was changed.`;
        case 'empty':
          return `“${r.name}” is empty. Nothing was changed.`;
        case 'not-a-trace':
          return `No QEMU exception lines were found in “${r.name}”${r.problems[0]?.text ? ` (line 1: “${r.problems[0].text}”)` : ''}. Is it a log of qemu-system-aarch64 -d int? Nothing was changed.`;
        case 'nothing-playable':
          return `“${r.name}” has exception lines, but none the lab can play. Nothing was changed.`;
        case 'unreadable':
          return `“${r.name}” could not be read: ${'message' in r ? (r.message ?? '') : ''}. Nothing was changed.`;
        case 'invalid-scenario':
          return `The scenario made from “${r.name}” did not pass the scenario checks: ${r.message}. Nothing was changed.`;
      }
    },
    opened: (r: Extract<TraceResult, { ok: true }>): string => {
      const c = r.counts;
      const parts = [`the rules explain ${c.explained}`];
      if (c.unexplained) parts.push(`cannot explain ${c.unexplained}`);
      if (c['not-modelled']) parts.push(`do not model ${c['not-modelled']}`);
      if (c.incomplete) parts.push(`cannot check ${c.incomplete} cut-short records`);
      const qemu = c['not-architectural'] ? `; ${c['not-architectural']} were QEMU's own calls (not exceptions)` : '';
      const other = r.unknown ? ` ${r.unknown.toLocaleString('en')} other lines were set aside.` : '';
      return `Opened “${r.name}”: ${r.lines.toLocaleString('en')} lines, ${r.events.toLocaleString('en')} exceptions and returns; ${parts.join(', ')}${qemu}.${other} Playing ${r.covered} of them as steps.`;
    },
    stopped: (r: Extract<TraceResult, { ok: true }>): string =>
      r.stopped?.reason === 'limit'
        ? `A scenario holds at most 200 steps, so it stops at line ${r.stopped.line}.`
        : r.stopped
          ? `The steps stop at line ${r.stopped.line}: the lab's machine cannot replay that kind of exception.`
          : '',
    problems: (n: number) => (n === 1 ? '1 line needs a look:' : `${n} lines need a look:`),
    problem: (p: TraceProblem): string => {
      switch (p.code) {
        case 'crlf':
          return `Line ${p.line}: Windows line ends (CR LF), read as ordinary line ends.`;
        case 'binary':
          return `Line ${p.line}: binary data or text that is not UTF-8, skipped: “${p.text}”.`;
        case 'truncated':
          return `Line ${p.line}: looks like a QEMU line but is cut short or altered, skipped: “${p.text}”.`;
        case 'orphan':
          return `Line ${p.line}: a “...” line with no “Taking exception” line before it, skipped.`;
        case 'incomplete':
          return `Line ${p.line}: this exception's record does not say where it went (no “...from ELx to ELy” line).`;
        case 'too-long':
          return `Line ${p.line}: longer than 4096 characters, skipped.`;
        case 'not-a-trace':
          return `Line ${p.line}: “${p.text}” is not a QEMU exception line.`;
      }
    },
    more: (n: number) => `…and ${n.toLocaleString('en')} more.`,
  },
  zh: {
    tabScenario: '场景（JSON）',
    tabTrace: 'QEMU 跟踪',
    intro:
      '打开 qemu-system-aarch64 -d int 输出的日志（加上 -D file.log 可写入文件）：每次异常和异常返回都成为一个步骤，并由规则加以解释。再加上 ELF 文件的 nm 输出，即可用函数名显示地址。',
    logFile: '跟踪文件（-d int 日志）',
    mapFile: '符号表（nm 输出，可选）',
    paste: '或者粘贴日志',
    placeholder: 'Taking exception 11 [Hypervisor Call] on CPU 0\n...from EL1 to EL2\n...',
    drop: '松开鼠标即可打开这个日志',
    open: '打开跟踪',
    sample: '打开示例：QEMU 下的迷你虚拟机监控器',
    reading: (lines: number, pct: number) => `正在读取第 ${lines.toLocaleString('zh')} 行（${pct}%）…`,
    explaining: (lines: number) => `正在解释 ${lines.toLocaleString('zh')} 行…`,
    progress: '进度',
    download: '下载为场景文件',
    show: '查看',
    failed: (r: Extract<TraceResult, { ok: false }>): string => {
      switch (r.reason) {
        case 'too-big':
          return `“${r.name}”大小为 ${mb(r.bytes ?? 0)} MB；实验室最多打开 ${mb(r.limit ?? 0)} MB 的 QEMU 日志。请只保留需要的部分（例如：tail -n 200000 qemu.log > part.log），或跟踪更短的运行过程。当前内容没有任何改变。`;
        case 'map-too-big':
          return `符号表大小为 ${mb(r.bytes ?? 0)} MB；最多读取 ${mb(r.limit ?? 0)} MB。当前内容没有任何改变。`;
        case 'empty':
          return `“${r.name}”是空的。当前内容没有任何改变。`;
        case 'not-a-trace':
          return `在“${r.name}”中没有找到 QEMU 异常行${r.problems[0]?.text ? `（第 1 行：“${r.problems[0].text}”）` : ''}。它是 qemu-system-aarch64 -d int 的日志吗？当前内容没有任何改变。`;
        case 'nothing-playable':
          return `“${r.name}”中有异常行，但没有实验室能够播放的。当前内容没有任何改变。`;
        case 'unreadable':
          return `无法读取“${r.name}”：${'message' in r ? (r.message ?? '') : ''}。当前内容没有任何改变。`;
        case 'invalid-scenario':
          return `由“${r.name}”生成的场景没有通过场景检查：${r.message}。当前内容没有任何改变。`;
      }
    },
    opened: (r: Extract<TraceResult, { ok: true }>): string => {
      const c = r.counts;
      const parts = [`规则能解释 ${c.explained} 次`];
      if (c.unexplained) parts.push(`无法解释 ${c.unexplained} 次`);
      if (c['not-modelled']) parts.push(`未建模 ${c['not-modelled']} 次`);
      if (c.incomplete) parts.push(`有 ${c.incomplete} 条记录不完整，无法核对`);
      const qemu = c['not-architectural'] ? `；${c['not-architectural']} 次是 QEMU 自己处理的调用（不是异常）` : '';
      const other = r.unknown ? `另有 ${r.unknown.toLocaleString('zh')} 行其他内容被搁置。` : '';
      return `已打开“${r.name}”：共 ${r.lines.toLocaleString('zh')} 行，${r.events.toLocaleString('zh')} 次异常和返回；${parts.join('，')}${qemu}。${other}其中 ${r.covered} 次作为步骤播放。`;
    },
    stopped: (r: Extract<TraceResult, { ok: true }>): string =>
      r.stopped?.reason === 'limit'
        ? `一个场景最多 200 个步骤，因此在第 ${r.stopped.line} 行停止。`
        : r.stopped
          ? `步骤在第 ${r.stopped.line} 行停止：实验室的状态机无法重放那一类异常。`
          : '',
    problems: (n: number) => `有 ${n} 行需要注意：`,
    problem: (p: TraceProblem): string => {
      switch (p.code) {
        case 'crlf':
          return `第 ${p.line} 行：Windows 换行符（CR LF），按普通换行读取。`;
        case 'binary':
          return `第 ${p.line} 行：二进制数据或非 UTF-8 文本，已跳过：“${p.text}”。`;
        case 'truncated':
          return `第 ${p.line} 行：看起来像 QEMU 的输出，但被截断或改动过，已跳过：“${p.text}”。`;
        case 'orphan':
          return `第 ${p.line} 行：前面没有 “Taking exception” 行的 “...” 行，已跳过。`;
        case 'incomplete':
          return `第 ${p.line} 行：这个异常的记录没有写明去向（缺少 “...from ELx to ELy” 行）。`;
        case 'too-long':
          return `第 ${p.line} 行：超过 4096 个字符，已跳过。`;
        case 'not-a-trace':
          return `第 ${p.line} 行：“${p.text}”不是 QEMU 异常行。`;
      }
    },
    more: (n: number) => `……还有 ${n.toLocaleString('zh')} 处。`,
  },
};
