// Every word the Exception routing panel shows, in English and Simplified Chinese.
type Fill = Record<string, string | number>;

export interface RoutingStrings {
  title: string;
  kindLabel: string;
  asyncGroup: string;
  syncGroup: string;
  kinds: Record<string, string>;
  target: string;
  taken: string;
  pending: string;
  undefinedInstr: string;
  maskNote: (mask: string, value: boolean) => string;
  yes: string;
  no: string;
  litMark: string;
  chartTitle: (kind: string) => string;
  pathSummary: string;
  waiting: string;
  ifNow: (kind: string, el: number) => string;
  box: Record<string, (p: Fill) => string>;
  cases: Record<string, string>;
}

const RULE_CASES_EN: Record<string, string> = {
  'R-SYNC-EL0-TGE': 'From EL0 with HCR_EL2.TGE=1?',
  'R-SYNC-EL0-EL1': 'From EL0?',
  'R-SYNC-SAME-EL': 'From EL1 or higher: same EL',
  'R-HVC-UNDEF-EL0': 'At EL0? (UNDEFINED)',
  'R-HVC-UNDEF-NOEL2': 'No enabled EL2? (UNDEFINED)',
  'R-HVC-UNDEF-HCE': 'SCR_EL3.HCE=0? (UNDEFINED)',
  'R-HVC-EL3': 'At EL3?',
  'R-HVC': 'Otherwise: to EL2',
  'R-SMC-UNDEF-EL0': 'At EL0? (UNDEFINED)',
  'R-SMC-TSC-NOEL3-TRAP': 'No EL3, EL1, TSC=1, and the PE traps? (IMPLEMENTATION DEFINED)',
  'R-SMC-TSC-NOEL3-UNDEF': 'No EL3, EL1, TSC=1, and the PE does not trap? (UNDEFINED)',
  'R-SMC-UNDEF-NOEL3': 'No EL3? (UNDEFINED)',
  'R-SMC-TSC': 'At EL1 with HCR_EL2.TSC=1?',
  'R-SMC': 'Otherwise: to EL3',
  'R-WFI-TWI': 'EL0/EL1 with HCR_EL2.TWI=1?',
  'R-WFE-TWE': 'EL0/EL1 with HCR_EL2.TWE=1?',
  'R-WFX-NOTRAP': 'Not trapped: runs here',
  'R-ABT-S1-TGE': 'EL0/EL1 with HCR_EL2.TGE=1?',
  'R-ABT-S2-NOREGIME': 'At EL2/EL3 (no stage 2)?',
  'R-ABT-S2': 'From EL0/EL1, EL2 enabled?',
  'R-ABT-S2-OFF': 'EL2 not enabled: no stage 2',
};

const RULE_CASES_ZH: Record<string, string> = {
  'R-SYNC-EL0-TGE': '来自 EL0 且 HCR_EL2.TGE=1？',
  'R-SYNC-EL0-EL1': '来自 EL0？',
  'R-SYNC-SAME-EL': '来自 EL1 及以上：同级处理',
  'R-HVC-UNDEF-EL0': '在 EL0？（UNDEFINED）',
  'R-HVC-UNDEF-NOEL2': '没有启用的 EL2？（UNDEFINED）',
  'R-HVC-UNDEF-HCE': 'SCR_EL3.HCE=0？（UNDEFINED）',
  'R-HVC-EL3': '在 EL3？',
  'R-HVC': '否则：进入 EL2',
  'R-SMC-UNDEF-EL0': '在 EL0？（UNDEFINED）',
  'R-SMC-TSC-NOEL3-TRAP': '没有 EL3、在 EL1、TSC=1，且该 PE 选择陷入？（由实现定义）',
  'R-SMC-TSC-NOEL3-UNDEF': '没有 EL3、在 EL1、TSC=1，且该 PE 不陷入？（UNDEFINED）',
  'R-SMC-UNDEF-NOEL3': '没有 EL3？（UNDEFINED）',
  'R-SMC-TSC': '在 EL1 且 HCR_EL2.TSC=1？',
  'R-SMC': '否则：进入 EL3',
  'R-WFI-TWI': 'EL0/EL1 且 HCR_EL2.TWI=1？',
  'R-WFE-TWE': 'EL0/EL1 且 HCR_EL2.TWE=1？',
  'R-WFX-NOTRAP': '不陷入：就地执行',
  'R-ABT-S1-TGE': 'EL0/EL1 且 HCR_EL2.TGE=1？',
  'R-ABT-S2-NOREGIME': '在 EL2/EL3（没有第二阶段）？',
  'R-ABT-S2': '来自 EL0/EL1，EL2 已启用？',
  'R-ABT-S2-OFF': 'EL2 未启用：没有第二阶段',
};

export const STRINGS: Record<'en' | 'zh', RoutingStrings> = {
  en: {
    title: 'Exception routing',
    kindLabel: 'Exception kind',
    asyncGroup: 'Asynchronous (interrupts)',
    syncGroup: 'Synchronous',
    kinds: {
      IRQ: 'IRQ',
      FIQ: 'FIQ',
      SError: 'SError',
      SVC: 'SVC (system call)',
      HVC: 'HVC (hypervisor call)',
      SMC: 'SMC (firmware call)',
      WFI: 'WFI',
      WFE: 'WFE',
      Stage1Abort: 'Stage 1 abort',
      Stage2Abort: 'Stage 2 abort',
      Undefined: 'Undefined instruction',
      IllegalState: 'Illegal Execution state (PSTATE.IL=1)',
    },
    target: 'Target',
    taken: 'taken',
    pending: 'pending',
    undefinedInstr: 'UNDEFINED: an Undefined Instruction exception',
    maskNote: (mask, v) => `PSTATE.${mask}=${v ? 1 : 0}`,
    yes: 'yes',
    no: 'no',
    litMark: '◀ this way',
    chartTitle: (kind) => `How the architecture decides where ${kind} goes`,
    pathSummary: 'Path taken',
    waiting: 'Asking the rules…',
    ifNow: (kind, el) => `If ${kind} happened now, at EL${el}:`,
    box: {
      start: (p) => `${p.kind} at EL${p.current ?? '?'}`,
      qScr: (p) => `SCR_EL3.${p.bit}=1?`,
      qEl2: () => 'EL2 enabled?',
      qTge: () => 'HCR_EL2.TGE=1?',
      qHcr: (p) => `HCR_EL2.${p.bit}=1 (effective)?`,
      el: (p) => `EL${p.el}`,
      undefTo: (p) => `UNDEFINED → EL${p.el}`,
      stage: (p) => `Taken now? EL${p.target} target, at EL${p.current}`,
      mLower: (p) => `EL${p.target} lower than EL${p.current}?`,
      mUp: () => 'Up from a guest, or to EL3?',
      mMask: (p) => `PSTATE.${p.mask}=1 (masked)?`,
      taken: () => 'taken',
      pending: () => 'pending',
    },
    cases: RULE_CASES_EN,
  },
  zh: {
    title: '异常路由',
    kindLabel: '异常类型',
    asyncGroup: '异步（中断）',
    syncGroup: '同步',
    kinds: {
      IRQ: 'IRQ',
      FIQ: 'FIQ',
      SError: 'SError',
      SVC: 'SVC（系统调用）',
      HVC: 'HVC（虚拟机监控器调用）',
      SMC: 'SMC（固件调用）',
      WFI: 'WFI',
      WFE: 'WFE',
      Stage1Abort: '第一阶段中止',
      Stage2Abort: '第二阶段中止',
      Undefined: '未定义指令',
      IllegalState: '非法执行状态（PSTATE.IL=1）',
    },
    target: '目标',
    taken: '立即处理',
    pending: '挂起',
    undefinedInstr: 'UNDEFINED：产生未定义指令异常',
    maskNote: (mask, v) => `PSTATE.${mask}=${v ? 1 : 0}`,
    yes: '是',
    no: '否',
    litMark: '◀ 走这条',
    chartTitle: (kind) => `架构如何决定 ${kind} 去往哪里`,
    pathSummary: '实际路径',
    waiting: '正在询问规则…',
    ifNow: (kind, el) => `如果此刻（在 EL${el}）发生 ${kind}：`,
    box: {
      start: (p) => `EL${p.current ?? '?'} 发生 ${p.kind}`,
      qScr: (p) => `SCR_EL3.${p.bit}=1？`,
      qEl2: () => 'EL2 已启用？',
      qTge: () => 'HCR_EL2.TGE=1？',
      qHcr: (p) => `HCR_EL2.${p.bit}=1（实际生效值）？`,
      el: (p) => `EL${p.el}`,
      undefTo: (p) => `UNDEFINED → EL${p.el}`,
      stage: (p) => `现在处理吗？目标 EL${p.target}，当前 EL${p.current}`,
      mLower: (p) => `EL${p.target} 低于 EL${p.current}？`,
      mUp: () => '从客户机向上，或去 EL3？',
      mMask: (p) => `PSTATE.${p.mask}=1（已屏蔽）？`,
      taken: () => '立即处理',
      pending: () => '挂起',
    },
    cases: RULE_CASES_ZH,
  },
};
