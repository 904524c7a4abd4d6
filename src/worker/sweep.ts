// A full sweep of the rule engine: every modelled combination through every public core
// function. The bench times it in Node and inside the worker; the two counts and checksums
// must agree, which also proves the worker runs the same rules as Node.
import {
  defaultState,
  type EL,
  effectiveHcr,
  gicCpuInterface,
  INTERRUPT_KINDS,
  interruptTarget,
  linuxBootMode,
  type PeState,
  physicalTimerAccess,
  SYNC_KINDS,
  syncExceptionTarget,
  sysregAccess,
  TID3_REGISTERS,
  TVM_REGISTERS,
  translationRegime,
  VIRTUAL_INTERRUPT_KINDS,
  virtualCounterOffset,
  virtualInterruptTarget,
} from '../core';
import { bootInputs } from '../core/bootInputs';

export interface SweepResult {
  /** Decisions the core returned. */
  decisions: number;
  /** Calls that threw (e.g. a state the core rejects as impossible). Counted, not hidden. */
  errors: number;
  /** Order-dependent digest of the results, so the work cannot be optimised away. */
  checksum: number;
  ms: number;
}

const ELS: readonly EL[] = [0, 1, 2, 3];

// Names from architecture.md section 4: redirected EL1/EL0 names, their EL2 twins, the
// _EL12/_EL02 aliases and registers that are never redirected.
// biome-ignore format: one line per register family, like the spec's table
export const SWEEP_SYSREGS: readonly string[] = [
  'SCTLR_EL1', 'SCTLR_EL2', 'SCTLR_EL12',
  'CPACR_EL1', 'CPTR_EL2', 'CPACR_EL12',
  'TTBR0_EL1', 'TTBR0_EL2', 'TTBR0_EL12',
  'TTBR1_EL1', 'TTBR1_EL2', 'TTBR1_EL12',
  'TCR_EL1', 'TCR_EL2', 'TCR_EL12',
  'ESR_EL1', 'ESR_EL2', 'ESR_EL12',
  'FAR_EL1', 'FAR_EL2', 'FAR_EL12',
  'MAIR_EL1', 'MAIR_EL2', 'MAIR_EL12',
  'VBAR_EL1', 'VBAR_EL2', 'VBAR_EL12',
  'CONTEXTIDR_EL1', 'CONTEXTIDR_EL2', 'CONTEXTIDR_EL12',
  'CNTKCTL_EL1', 'CNTHCTL_EL2', 'CNTKCTL_EL12',
  'SPSR_EL1', 'SPSR_EL2', 'SPSR_EL12',
  'ELR_EL1', 'ELR_EL2', 'ELR_EL12',
  'CNTP_CTL_EL0', 'CNTHP_CTL_EL2', 'CNTP_CTL_EL02',
  'CNTV_CTL_EL0', 'CNTHV_CTL_EL2', 'CNTV_CTL_EL02',
  'TPIDR_EL0', 'TPIDRRO_EL0', 'HCR_EL2', 'VTTBR_EL2',
];

type Bits = Record<string, boolean>;

/** Every assignment of true/false to `names` (2^n objects). */
function combos(names: readonly string[]): Bits[] {
  const out: Bits[] = [];
  for (let m = 0; m < 1 << names.length; m++) {
    const bits: Bits = {};
    names.forEach((n, i) => {
      bits[n] = ((m >> i) & 1) === 1;
    });
    out.push(bits);
  }
  return out;
}

function withBits(
  base: PeState,
  el: EL,
  secure: boolean,
  hcr: Bits,
  scr: Bits,
  extra: Partial<Pick<PeState, 'pstate' | 'features'>> = {},
): PeState {
  return {
    ...base,
    el,
    secure,
    hcr: { ...base.hcr, ...hcr },
    scr: { ...base.scr, ...scr },
    pstate: extra.pstate ?? base.pstate,
    features: extra.features ?? base.features,
  };
}

export function sweep(): SweepResult {
  const t0 = performance.now();
  const base = defaultState();
  let decisions = 0;
  let errors = 0;
  let checksum = 0;
  // A tiny rolling hash; cheap, order-dependent, stays a 32-bit integer.
  const mix = (v: number) => {
    checksum = (Math.imul(checksum, 31) + v) | 0;
  };
  const run = (f: () => number) => {
    try {
      mix(f());
      decisions++;
    } catch {
      errors++;
    }
  };

  const masks = [
    { d: false, a: false, i: false, f: false },
    { d: true, a: true, i: true, f: true },
  ];

  // Asynchronous exceptions: routing bits, TGE/E2H, SCR_EL3 routing, PSTATE masks.
  for (const el of ELS)
    for (const secure of [false, true])
      for (const hcr of combos(['e2h', 'tge', 'imo', 'fmo', 'amo']))
        for (const scr of combos(['ns', 'irq', 'fiq', 'ea']))
          for (const pstate of masks) {
            const s = withBits(base, el, secure, hcr, scr, { pstate });
            for (const kind of INTERRUPT_KINDS)
              run(() => {
                const d = interruptTarget(s, kind);
                return d.result.targetEL * 2 + (d.result.taken ? 1 : 0) + d.because.length;
              });
          }

  // Synchronous exceptions: trap bits, stage 2, SCR_EL3.HCE/NS.
  for (const el of ELS)
    for (const secure of [false, true])
      for (const hcr of combos(['e2h', 'tge', 'vm', 'tsc', 'twi', 'twe']))
        for (const scr of combos(['ns', 'hce'])) {
          const s = withBits(base, el, secure, hcr, scr);
          for (const kind of SYNC_KINDS)
            run(() => {
              const d = syncExceptionTarget(s, kind);
              return d.result.targetEL * 2 + (d.result.undefinedInstruction ? 1 : 0);
            });
        }

  // Translation regimes and the effective HCR_EL2: E2H/TGE/VM, FEAT_VHE, NS/EEL2.
  for (const el of ELS)
    for (const secure of [false, true])
      for (const hcr of combos(['e2h', 'tge', 'vm']))
        for (const scr of combos(['ns', 'eel2']))
          for (const vhe of [false, true]) {
            const s = withBits(base, el, secure, hcr, scr, {
              features: { ...base.features, vhe },
            });
            run(() => {
              const h = effectiveHcr(s);
              return (h.e2h ? 1 : 0) + (h.tge ? 2 : 0) + (h.imo ? 4 : 0) + (h.vm ? 8 : 0);
            });
            run(() => {
              const d = translationRegime(s);
              return d.result.regime.length + d.result.ranges + (d.result.stage2 ? 8 : 0);
            });
          }

  // Register redirection: every listed name under E2H/TGE, FEAT_VHE, NS/EEL2.
  for (const el of ELS)
    for (const secure of [false, true])
      for (const hcr of combos(['e2h', 'tge']))
        for (const scr of combos(['ns', 'eel2']))
          for (const vhe of [false, true]) {
            const s = withBits(base, el, secure, hcr, scr, {
              features: { ...base.features, vhe },
            });
            for (const name of SWEEP_SYSREGS)
              run(() => {
                const r = sysregAccess(s, name).result;
                if (r.kind === 'register') return r.reaches.length;
                return r.kind === 'trap' ? 100 + r.targetEL : 200;
              });
          }

  // Virtual interrupts: VI/VF/VSE, routing bits, TGE/E2H, NS, PSTATE masks, with and without the GIC.
  for (const el of ELS)
    for (const hcr of combos(['e2h', 'tge', 'imo', 'fmo', 'amo', 'vi', 'vf', 'vse']))
      for (const scr of combos(['ns']))
        for (const pstate of masks) {
          const s = withBits(base, el, false, hcr, scr, { pstate });
          for (const kind of VIRTUAL_INTERRUPT_KINDS)
            for (const gic of [false, true])
              run(() => {
                const r = virtualInterruptTarget(s, kind, { gic }).result;
                return (r.signalled ? 1 : 0) + (r.taken ? 2 : 0) + (r.targetEL ?? 0) * 4;
              });
          // Which GIC CPU interface an EL1 ICC_* access reaches (ICV under IMO/FMO).
          for (const group of [0, 1] as const) run(() => (gicCpuInterface(s, group).result.iface === 'ICV' ? 1 : 0));
        }

  // EL1 traps (TVM, TRVM, TID3) and the virtual ID registers, reads and writes.
  const trapped = [...Object.keys(TVM_REGISTERS), ...Object.keys(TID3_REGISTERS), 'MIDR_EL1', 'MPIDR_EL1'];
  for (const el of ELS)
    for (const hcr of combos(['e2h', 'tge', 'tvm', 'trvm', 'tid3']))
      for (const scr of combos(['ns'])) {
        const s = withBits(base, el, false, hcr, scr);
        for (const name of trapped)
          for (const op of ['MRS', 'MSR'] as const)
            run(() => {
              const r = sysregAccess(s, name, op).result;
              return r.kind === 'trap' ? (r.iss ?? 0) : r.kind === 'register' ? r.reaches.length : 200;
            });
      }

  // Timers: CNTHCTL_EL2 enables under E2H/TGE and the virtual offset.
  for (const el of ELS)
    for (const hcr of combos(['e2h', 'tge']))
      for (const scr of combos(['ns'])) {
        const s = withBits(base, el, false, hcr, scr);
        for (const what of ['counter', 'timer'] as const)
          for (const cnthctl of [0, 0x3, 0xc00, 0xfff])
            run(() => {
              const r = physicalTimerAccess(s, what, cnthctl).result;
              return (r.trapped ? 1 : 0) + (r.bit ?? 31) * 2;
            });
        run(() => (virtualCounterOffset(s).result.offset ? 1 : 0));
      }

  // Linux boot decision: every input.
  for (const input of bootInputs())
    run(() => {
      const d = linuxBootMode(input);
      return d.result.kernelEL + d.result.kvm.length;
    });

  return { decisions, errors, checksum, ms: performance.now() - t0 };
}
