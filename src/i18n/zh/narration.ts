// Narration panel strings.

import type { Counters } from '../../machine/types';
import type * as en from '../en/narration';
import type { Shape } from '../shape';

type CounterNames = Record<keyof Counters, string>;

export const narration = {
  title: '讲解',
  stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
  atStart: '第一步之前',
  summary: '这个场景讲什么',
  outcome: '结果',
  blocked: '这一步无法执行',
  expectMissed: '场景在这里预期的是另一种结果',
  whatIfs: (n: number) => `已应用 ${n} 个“假如”修改。`,
  clearWhatIfs: '清除“假如”修改',
  counters: '计数器',
  counterCaption: (n: number) => `截至第 ${n} 步的累计`,
  difference: '差值',
  counter: '计数项',
  names: {
    elChanges: 'EL 切换次数',
    exceptions: '进入的异常',
    erets: 'ERET 次数',
    contextSaves: 'EL1 上下文保存',
    contextRestores: 'EL1 上下文恢复',
    sysregAccesses: '系统寄存器访问',
    redirected: '被重定向的访问（FEAT_VHE）',
    aliased: '通过别名的访问（_EL12/_EL02）',
    pending: '保持挂起的中断',
    vmExits: 'VM exit 次数（x86）',
    vmEntries: 'VM entry 次数（x86）',
    dmas: '经 SMMU 转换的 DMA',
    smmuFaults: 'SMMU 故障事件',
  } satisfies CounterNames,
  measurements: '公开发表的测量数据',
  // The source is cited by its own title, in 《》.
  measuredOn: (hardware: string, source: string) => `${hardware}；出处：《${source}》`,
  sources: '这一步的出处',
  scenarioSources: '这个场景的出处',
  reaches: (name: string, reaches: string | null) => (reaches ? `${name} → ${reaches}` : `${name}：UNDEFINED`),
  registers: '访问到达的寄存器',
  registerSummary: (n: number, moved: number, aliased: number, wrong: number) =>
    `${n} 个寄存器：${moved} 个被重定向，${aliased} 个通过别名${wrong ? `，${wrong} 个不属于该世界` : ''}`,
  viaNote: { redirect: '被重定向', alias: '别名', direct: '', virtual: 'EL2 提供的虚拟 ID' },
  wrong: '不是该世界的 EL1 寄存器',
  loading: '加载中…',
  flowStep: (title: string) => title,
  finished: (n: number) => `已在第 ${n} 步结束。`,
  finishedCost: (el: number, saves: number, restores: number) =>
    `共 ${el} 次 EL 切换，${saves} 次 EL1 上下文保存，${restores} 次恢复。`,
} satisfies Shape<typeof en.narration>;
