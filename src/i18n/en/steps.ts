// One sentence per step (the narration's outcome line, the EL diagram's screen-reader text).
/** The step's parts, already in the UI language: event, actors and their ELs. */
export interface StepWords {
  ev: string;
  from: string;
  to: string;
  fe: string;
  te: string;
  target: string;
}

export const steps = {
  gic: (w: StepWords, what: string, deactivated?: number) =>
    `${w.from} (${w.fe}): ${w.ev} reaches ${what}${deactivated !== undefined ? `; physical INTID ${deactivated} deactivated too` : ''}`,
  access: (w: StepWords, path: string) => `${w.from} (${w.fe}): ${w.ev} via ${path}`,
  tlbHit: ' (TLB hit)',
  wasPending: (line: string) => `${line} (the pending interrupt, taken now)`,
  exception: (w: StepWords, ec: string) =>
    `${w.ev} from ${w.from} (${w.fe}) taken to ${w.te}, ${w.to}${ec ? ` (${ec})` : ''}`,
  illegalState: (w: StepWords) =>
    `PSTATE.IL=1: the next instruction of ${w.from} (${w.fe}) takes an Illegal Execution state exception (ESR EC 0x0E) to ${w.te}, ${w.to}; this step's ${w.ev} never ran`,
  pending: (w: StepWords) => `${w.ev} left pending: its target is EL${w.target}; ${w.from} keeps running at ${w.fe}`,
  eret: (w: StepWords) => `ERET from ${w.from} (${w.fe}) back to ${w.to} (${w.te})`,
  illegalEret: (w: StepWords) =>
    `Illegal exception return to EL${w.target}: PSTATE.IL is set, ${w.from} stays at ${w.fe} and goes on at ELR_${w.fe}; the next instruction takes an Illegal Execution state exception`,
  reaches: (reg: string, how: string) => `reaches ${reg}${how}`,
  via: { redirect: ' (redirected)', alias: ' (alias)' },
  register: (w: StepWords, reach: string) => `${w.from} (${w.fe}): ${w.ev} ${reach}`,
  bits: (w: StepWords) => `${w.from} (${w.fe}) sets ${w.ev}`,
  context: (w: StepWords) => `${w.from} (${w.fe}): ${w.ev}`,
  call: (w: StepWords) => `${w.from} calls ${w.to} (${w.te})`,
  /** "Boot decision (Linux 6.12): the kernel runs at EL1, protected KVM (pKVM), ...". */
  boot: (w: StepWords, release: string, parts: string[]) =>
    `Boot decision${release ? ` (Linux ${release})` : ''}: the kernel runs at EL${w.target}${parts.map((p) => `, ${p}`).join('')}`,
  hVhe: 'its hypervisor runs with E2H=1 (hVHE)',
  malformed: 'kvm-arm.mode rejected as malformed',
  executes: (w: StepWords) => `${w.from} (${w.fe}) executes ${w.ev}`,
  kvmModes: {
    vhe: 'KVM in VHE mode',
    nvhe: 'KVM in nVHE mode',
    protected: 'protected KVM (pKVM)',
    nested: 'KVM with nested virtualization',
    none: 'no KVM',
  },
  pasted: 'pasted scenario',
};
