// “QEMU trace”标签页的文字（随打开对话框加载）。
import type { TraceResult } from '../../custom/trace';
import type { TraceProblem } from '../../trace/types';
import type { trace as en } from '../en/trace';

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

export const trace: typeof en = {
  tabScenario: '场景（JSON）',
  pasted: '粘贴的日志',
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
};
