// Intel VT-x (VMX), for the contrast with Arm's exception levels: x86 has two orthogonal
// axes, VMX root / non-root operation and the privilege ring (CPL 0 or 3), where Arm has one
// (EL0-EL3). A guest kernel runs at ring 0 in non-root operation; the hypervisor (the whole
// host kernel, for KVM) runs at ring 0 in root operation. Nothing here is Arm: the rules cite
// the Intel SDM Vol. 3C, chapter 26 "VMX Non-Root Operation", 27 "VM Entries", 28 "VM Exits"
// and Appendix C "VMX Basic Exit Reasons" (chapters 25, 26, 27 in editions before 2021).
import { type Because, because, type Decision } from './rules';

export type VmxMode = 'root' | 'non-root';
export type Cpl = 0 | 3;

/** The VM-execution controls the lab models (SDM 25.6 in current editions, "VM-Execution Control Fields"). */
export interface VmxControls {
  /** Pin-based control bit 0: external interrupts cause VM exits (RFLAGS.IF no longer blocks them). */
  externalInterruptExiting: boolean;
  /** Primary processor-based control bit 7. */
  hltExiting: boolean;
  /** Primary processor-based control bit 28: RDMSR/WRMSR consult the MSR bitmaps. */
  useMsrBitmaps: boolean;
  /** The accessed MSR's bit in the read (RDMSR) or write (WRMSR) bitmap; its ECX is in a bitmap range. */
  msrBitmapBit: boolean;
  /** Secondary processor-based control bit 1: guest-physical addresses go through EPT. */
  enableEpt: boolean;
}

export interface VmxState {
  mode: VmxMode;
  cpl: Cpl;
  /** RFLAGS.IF: 1 lets maskable external interrupts in (the x86 twin of PSTATE.I=0). */
  rflagsIf: boolean;
  /** CR4.SMXE: GETSEC is #UD without it. */
  cr4Smxe: boolean;
  controls: VmxControls;
}

/** Instructions and events the lab plays on x86 (the scenario schema's VMX ops too). */
export const VMX_EVENTS = [
  'CPUID',
  'GETSEC',
  'INVD',
  'XSETBV',
  'VMCALL',
  'VMREAD',
  'VMWRITE',
  'VMLAUNCH',
  'VMRESUME',
  'HLT',
  'RDMSR',
  'WRMSR',
  'ExternalInterrupt',
  'EPTViolation',
] as const;
export type VmxEvent = (typeof VMX_EVENTS)[number];

/** Basic exit reasons, SDM Vol. 3C Appendix C (Linux arch/x86/include/uapi/asm/vmx.h EXIT_REASON_*). */
export const EXIT_REASON: Record<VmxEvent, number> = {
  ExternalInterrupt: 1,
  CPUID: 10,
  GETSEC: 11,
  HLT: 12,
  INVD: 13,
  VMCALL: 18,
  VMLAUNCH: 20,
  VMREAD: 23,
  VMRESUME: 24,
  VMWRITE: 25,
  RDMSR: 31,
  WRMSR: 32,
  EPTViolation: 48,
  XSETBV: 55,
};

/**
 * What an event does:
 * - `vm-exit`: non-root to root; the processor saves guest state in the VMCS guest-state area
 *   and loads the host state from the host-state area (the hypervisor's handler runs);
 * - `vm-entry`: root to non-root (VMLAUNCH / VMRESUME), loading the guest-state area;
 * - `executes`: the instruction runs where it is (no change of mode);
 * - `fault`: an exception delivered in the current mode through its own IDT (#GP or #UD);
 * - `delivered` / `pending`: an external interrupt through the current IDT, or held by RFLAGS.IF=0;
 * - `none`: the event cannot happen in this state (no EPT, no EPT violation).
 */
export type VmxOutcome = 'vm-exit' | 'vm-entry' | 'executes' | 'fault' | 'delivered' | 'pending' | 'none';

export interface VmxResult {
  outcome: VmxOutcome;
  /** The mode and ring after the event (a VM exit always lands at ring 0 in root operation). */
  mode: VmxMode;
  cpl: Cpl;
  exitReason?: number;
  fault?: '#GP' | '#UD';
}

/** Instructions a VMX-capable CPU runs at CPL 0 only (#GP(0) at CPL 3, before any VM exit: SDM 26.1.1). */
const PRIVILEGED = new Set<VmxEvent>(['INVD', 'XSETBV', 'HLT', 'RDMSR', 'WRMSR']);
/** Instructions introduced with VMX: unconditional VM exits in non-root operation, at any CPL. */
const VMX_INSTRUCTIONS = new Set<VmxEvent>(['VMCALL', 'VMREAD', 'VMWRITE', 'VMLAUNCH', 'VMRESUME']);

export function defaultVmxState(): VmxState {
  return {
    mode: 'non-root',
    cpl: 0,
    rflagsIf: true,
    cr4Smxe: false,
    controls: {
      externalInterruptExiting: false,
      hltExiting: false,
      useMsrBitmaps: false,
      msrBitmapBit: false,
      enableEpt: false,
    },
  };
}

const exit = (s: VmxState, e: VmxEvent, why: Because[]): Decision<VmxResult> => ({
  result: { outcome: 'vm-exit', mode: 'root', cpl: 0, exitReason: EXIT_REASON[e] },
  because: [...why, because('R-VMX-EXIT-STATE', { ring: s.cpl })],
});
const stay = (s: VmxState, outcome: VmxOutcome, why: Because[], fault?: '#GP' | '#UD'): Decision<VmxResult> => ({
  result: fault ? { outcome, mode: s.mode, cpl: s.cpl, fault } : { outcome, mode: s.mode, cpl: s.cpl },
  because: why,
});

/**
 * Where an instruction or event goes on a VMX processor. SDM Vol. 3C 26.1 "Instructions That
 * Cause VM Exits" (26.1.1 priority of faults, 26.1.2 unconditional, 26.1.3 conditional),
 * 26.2 "Other Causes of VM Exits", 27 "VM Entries" and the instruction pages of Vol. 2 / 3C 31.
 * `guestCpl` is the ring a VM entry resumes at (CS in the VMCS guest-state area).
 */
export function vmxEvent(s: VmxState, e: VmxEvent, guestCpl: Cpl = 0): Decision<VmxResult> {
  const c = s.controls;
  const ring = { ring: s.cpl, event: e };

  // External interrupts are not instructions: no privilege check.
  if (e === 'ExternalInterrupt') {
    if (s.mode === 'non-root' && c.externalInterruptExiting) return exit(s, e, [because('R-VMX-EXTINT-EXITING')]);
    const why = [because(s.mode === 'root' ? 'R-VMX-ROOT' : 'R-VMX-EXTINT-IDT', ring)];
    if (!s.rflagsIf) return stay(s, 'pending', [...why, because('R-VMX-EXTINT-IF-BLOCKED')]);
    return stay(s, 'delivered', why);
  }
  if (e === 'EPTViolation') {
    if (s.mode === 'root' || !c.enableEpt) return stay(s, 'none', [because('R-VMX-EPT-OFF', { mode: s.mode })]);
    return exit(s, e, [because('R-VMX-EPT-VIOLATION')]);
  }
  if (e === 'GETSEC' && !s.cr4Smxe) return stay(s, 'fault', [because('R-VMX-GETSEC-UD')], '#UD');

  if (s.mode === 'root') {
    // Root operation is ordinary operation plus the VMX instructions: nothing exits. A VMX
    // instruction at CPL 3 is #GP(0); VMCALL at CPL 0 fails (VMfail) unless an SMM monitor
    // is active, which the lab does not model.
    if ((VMX_INSTRUCTIONS.has(e) || PRIVILEGED.has(e)) && s.cpl !== 0) {
      return stay(s, 'fault', [because('R-VMX-ROOT-CPL', ring)], '#GP');
    }
    if (e === 'VMLAUNCH' || e === 'VMRESUME') {
      return {
        result: { outcome: 'vm-entry', mode: 'non-root', cpl: guestCpl },
        because: [because('R-VMX-ENTRY', { event: e, ring: guestCpl })],
      };
    }
    return stay(s, 'executes', [because('R-VMX-ROOT', ring)]);
  }

  // Non-root operation. VMX instructions exit before any CPL check (their pseudocode tests
  // "in VMX non-root operation" before "CPL > 0").
  if (VMX_INSTRUCTIONS.has(e)) return exit(s, e, [because('R-VMX-EXIT-VMX-INSN', { event: e })]);
  // Faults based on privilege level have priority over VM exits (26.1.1).
  if (PRIVILEGED.has(e) && s.cpl !== 0) return stay(s, 'fault', [because('R-VMX-FAULT-PRIORITY', ring)], '#GP');
  switch (e) {
    case 'CPUID':
    case 'GETSEC':
    case 'INVD':
    case 'XSETBV':
      return exit(s, e, [because('R-VMX-EXIT-UNCOND', { event: e })]);
    case 'HLT':
      if (c.hltExiting) return exit(s, e, [because('R-VMX-HLT-EXITING')]);
      return stay(s, 'executes', [because('R-VMX-HLT-NOEXIT')]);
    case 'RDMSR':
    case 'WRMSR': {
      const params = { event: e, bitmap: e === 'RDMSR' ? 'read' : 'write' };
      if (!c.useMsrBitmaps) return exit(s, e, [because('R-VMX-MSR-NO-BITMAPS', params)]);
      if (c.msrBitmapBit) return exit(s, e, [because('R-VMX-MSR-BITMAP-1', params)]);
      return stay(s, 'executes', [because('R-VMX-MSR-BITMAP-0', params)]);
    }
  }
  // Unreachable: every VmxEvent is handled above.
  return stay(s, 'executes', [because('R-VMX-ROOT', ring)]);
}

/** The inputs of a VMX state, for truth tables (mode, CPL, then each boolean). */
export const VMX_INPUTS = [
  'mode',
  'cpl',
  'rflagsIf',
  'cr4Smxe',
  'externalInterruptExiting',
  'hltExiting',
  'useMsrBitmaps',
  'msrBitmapBit',
  'enableEpt',
] as const;

/** Every VMX state over VMX_INPUTS (2^9 = 512). */
export function* enumerateVmxStates(): Generator<VmxState> {
  for (let k = 0; k < 2 ** VMX_INPUTS.length; k++) {
    const bit = (i: number) => ((k >> i) & 1) === 1;
    yield {
      mode: bit(0) ? 'root' : 'non-root',
      cpl: bit(1) ? 3 : 0,
      rflagsIf: bit(2),
      cr4Smxe: bit(3),
      controls: {
        externalInterruptExiting: bit(4),
        hltExiting: bit(5),
        useMsrBitmaps: bit(6),
        msrBitmapBit: bit(7),
        enableEpt: bit(8),
      },
    };
  }
}
