// The two-stage walk and the TLB (src/panels/AddressSpaces/TwoStageWalk.tsx).
import type * as en from '../en/walk';
import type { Shape } from '../shape';

export const walk = {
  walk: '两阶段转换',
  tables: '当前遍历的页表',
  stage1: 'stage 1',
  stage2: 'stage 2',
  flat: 'stage 1 关闭（平坦映射）',
  noStage2: '没有 stage 2',
  fault: 'stage 2 错误：HPFAR_EL2 保存 IPA',
  hit: 'TLB 命中',
  tlb: 'TLB',
  cols: { va: 'VA', pa: 'PA', regime: '转换体制', asid: 'ASID', vmid: 'VMID' },
  none: '-',
  walkLabel: (parts: string) => `转换：${parts}`,
  tablesText: (s1: string, s2: string, tags: string) => `stage 1：${s1}。stage 2：${s2}。标记：${tags}。`,
} satisfies Shape<typeof en.walk>;
