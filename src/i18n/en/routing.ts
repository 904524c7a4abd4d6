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

export const routing: RoutingStrings = {
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
};
