// The two-stage walk and the TLB (src/panels/AddressSpaces/TwoStageWalk.tsx).
import type * as en from '../en/walk';
import type { Shape } from '../shape';

export const walk = {
  walk: '两阶段转换',
  tables: '当前遍历的页表',
  stage1: '第一阶段',
  stage2: '第二阶段',
  flat: '第一阶段关闭（平坦映射）',
  noStage2: '没有第二阶段',
  fault: '第二阶段错误：HPFAR_EL2 保存 IPA',
  hit: 'TLB 命中',
  tlb: 'TLB',
  cols: { va: 'VA', pa: 'PA', regime: '转换机制', asid: 'ASID', vmid: 'VMID' },
  none: '-',
  walkLabel: (parts: string) => `转换：${parts}`,
  tablesText: (s1: string, s2: string, tags: string) => `第一阶段：${s1}。第二阶段：${s2}。标记：${tags}。`,
} satisfies Shape<typeof en.walk>;
