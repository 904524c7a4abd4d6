// Words of the virtual interrupt lane and the GIC list registers, in English and Simplified Chinese.
export const VIRTUAL_STRINGS = {
  en: {
    lane: 'Virtual interrupts',
    lrs: 'GIC list registers',
    state: {
      taken: 'taken at EL1 now',
      pending: 'pending for EL1',
      ignored: 'signalled, never pending here',
      quiet: 'not signalled',
    },
    source: (gic: boolean) => (gic ? 'from a list register' : 'from HCR_EL2'),
    cols: { reg: 'Register', vintid: 'vINTID', state: 'State', hw: 'HW', pintid: 'pINTID' },
    lrState: { pending: 'pending', active: 'active', inactive: 'inactive' },
    yes: 'yes',
    no: 'no',
  },
  zh: {
    lane: '虚拟中断',
    lrs: 'GIC 列表寄存器',
    state: {
      taken: '此刻在 EL1 被接收',
      pending: '对 EL1 保持待处理',
      ignored: '已发出，但此时不会待处理',
      quiet: '未发出',
    },
    source: (gic: boolean) => (gic ? '来自列表寄存器' : '来自 HCR_EL2'),
    cols: { reg: '寄存器', vintid: 'vINTID', state: '状态', hw: 'HW', pintid: 'pINTID' },
    lrState: { pending: '待处理', active: '活动', inactive: '非活动' },
    yes: '是',
    no: '否',
  },
} as const;
