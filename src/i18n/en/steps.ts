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
  exception: (w: StepWords) => `${w.ev} from ${w.from} (${w.fe}) taken to ${w.te}, ${w.to}`,
  pending: (w: StepWords) => `${w.ev} left pending: its target is EL${w.target}; ${w.from} keeps running at ${w.fe}`,
  eret: (w: StepWords) => `ERET from ${w.from} (${w.fe}) back to ${w.to} (${w.te})`,
  illegalEret: (w: StepWords) => `Illegal exception return to EL${w.target}: ${w.from} stays at ${w.fe}`,
  reaches: (reg: string) => `reaches ${reg}`,
  register: (w: StepWords, reach: string) => `${w.from} (${w.fe}): ${w.ev} ${reach}`,
  bits: (w: StepWords) => `${w.from} (${w.fe}) sets ${w.ev}`,
  context: (w: StepWords) => `${w.from} (${w.fe}): ${w.ev}`,
  call: (w: StepWords) => `${w.from} calls ${w.to} (${w.te})`,
  boot: (w: StepWords, mode: string) => `Boot decision: the kernel runs at EL${w.target}${mode ? `, ${mode}` : ''}`,
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
