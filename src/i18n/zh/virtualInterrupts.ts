// The virtual interrupts' lane (src/panels/Routing/VirtualLane.tsx).
import type * as en from '../en/virtualInterrupts';
import type { Shape } from '../shape';

export const virtualInterrupts = {
  lane: '虚拟中断',
  lrs: 'GIC 列表寄存器',
  state: {
    taken: '此刻在 EL1 被接收',
    pending: '对 EL1 保持待处理',
    ignored: '已发出，但此时不会待处理',
    quiet: '未发出',
  },
  source: (gic: boolean): string => (gic ? '来自列表寄存器' : '来自 HCR_EL2'),
  cols: { reg: '寄存器', vintid: 'vINTID', state: '状态', hw: 'HW', pintid: 'pINTID' },
  lrState: { pending: '待处理', active: '活动', inactive: '非活动' },
  yes: '是',
  no: '否',
} satisfies Shape<typeof en.virtualInterrupts>;
