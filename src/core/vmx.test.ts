import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import {
  defaultVmxState,
  EXIT_REASON,
  enumerateVmxStates,
  VMX_EVENTS,
  type VmxEvent,
  type VmxOutcome,
  type VmxState,
  vmxEvent,
} from './vmx';

/**
 * The oracle, written from the SDM's lists rather than from vmx.ts's branches: first the
 * #UD / #GP checks of each instruction's pseudocode (Vol. 2 and Vol. 3C ch. 31), then 26.1.1's
 * priority of CPL faults over VM exits except for the VMX instructions, then 26.1.2's
 * unconditional list, 26.1.3's conditions, and 26.2 for external interrupts and EPT.
 */
function oracle(s: VmxState, e: VmxEvent): { outcome: VmxOutcome; fault?: string } {
  const nonRoot = s.mode === 'non-root';
  const c = s.controls;
  const unconditional = ['CPUID', 'GETSEC', 'INVD', 'XSETBV'];
  const vmxInsn = ['VMCALL', 'VMREAD', 'VMWRITE', 'VMLAUNCH', 'VMRESUME'];
  const cpl0Only = ['INVD', 'XSETBV', 'HLT', 'RDMSR', 'WRMSR', ...vmxInsn];
  if (e === 'ExternalInterrupt') {
    if (nonRoot && c.externalInterruptExiting) return { outcome: 'vm-exit' };
    return { outcome: s.rflagsIf ? 'delivered' : 'pending' };
  }
  if (e === 'EPTViolation') return { outcome: nonRoot && c.enableEpt ? 'vm-exit' : 'none' };
  if (e === 'GETSEC' && !s.cr4Smxe) return { outcome: 'fault', fault: '#UD' };
  if (nonRoot && vmxInsn.includes(e)) return { outcome: 'vm-exit' };
  if (s.cpl === 3 && cpl0Only.includes(e)) return { outcome: 'fault', fault: '#GP' };
  if (!nonRoot) return { outcome: e === 'VMLAUNCH' || e === 'VMRESUME' ? 'vm-entry' : 'executes' };
  if (unconditional.includes(e)) return { outcome: 'vm-exit' };
  if (e === 'HLT') return { outcome: c.hltExiting ? 'vm-exit' : 'executes' };
  // RDMSR / WRMSR: exit if "use MSR bitmaps" is 0, or the MSR's bitmap bit is 1.
  return { outcome: !c.useMsrBitmaps || c.msrBitmapBit ? 'vm-exit' : 'executes' };
}

describe('vmxEvent truth table', () => {
  for (const e of VMX_EVENTS) {
    it(`agrees with the SDM's lists for ${e} in all 512 states`, () => {
      const wrong: string[] = [];
      let n = 0;
      for (const s of enumerateVmxStates()) {
        const got = vmxEvent(s, e);
        const want = oracle(s, e);
        const r = got.result;
        if (r.outcome !== want.outcome || r.fault !== want.fault) {
          wrong.push(`${JSON.stringify(s)}: got ${JSON.stringify(r)}, want ${JSON.stringify(want)}`);
        }
        // A VM exit always lands in root operation at ring 0 with the event's basic exit reason.
        if (r.outcome === 'vm-exit' && (r.mode !== 'root' || r.cpl !== 0 || r.exitReason !== EXIT_REASON[e])) {
          wrong.push(`exit target ${JSON.stringify(s)}`);
        }
        // Anything else stays in the same mode, except a VM entry.
        if (r.outcome !== 'vm-exit' && r.outcome !== 'vm-entry' && (r.mode !== s.mode || r.cpl !== s.cpl)) {
          wrong.push(`moved ${JSON.stringify(s)}`);
        }
        if (got.because.length === 0 || got.because.some((b) => !(b.rule in RULES))) wrong.push(`reasons ${n}`);
        n++;
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(n).toBe(512);
    });
  }
});

const guest = (patch: Partial<VmxState> = {}, controls: Partial<VmxState['controls']> = {}): VmxState => {
  const s = defaultVmxState();
  return { ...s, ...patch, controls: { ...s.controls, ...controls } };
};

describe('VT-x, as named rules', () => {
  it('exits on CPUID in a guest kernel and a guest application alike (unconditional, exit reason 10)', () => {
    for (const cpl of [0, 3] as const) {
      const got = vmxEvent(guest({ cpl }), 'CPUID');
      expect(got.result).toEqual({ outcome: 'vm-exit', mode: 'root', cpl: 0, exitReason: 10 });
      expect(got.because.map((b) => b.rule)).toEqual(['R-VMX-EXIT-UNCOND', 'R-VMX-EXIT-STATE']);
    }
  });

  it('runs CPUID in root operation without any exit: the hypervisor is not trapped', () => {
    expect(vmxEvent(guest({ mode: 'root' }), 'CPUID').result.outcome).toBe('executes');
  });

  it('exits on VMCALL at any ring, before the CPL check (exit reason 18)', () => {
    expect(vmxEvent(guest({ cpl: 3 }), 'VMCALL').result.exitReason).toBe(18);
    expect(vmxEvent(guest({ cpl: 3, mode: 'root' }), 'VMCALL').result.fault).toBe('#GP');
  });

  it('exits on HLT only with "HLT exiting", and faults at ring 3 first', () => {
    expect(vmxEvent(guest({}, { hltExiting: true }), 'HLT').result.exitReason).toBe(12);
    expect(vmxEvent(guest({}, { hltExiting: false }), 'HLT').result.outcome).toBe('executes');
    const ring3 = vmxEvent(guest({ cpl: 3 }, { hltExiting: true }), 'HLT');
    expect(ring3.result).toEqual({ outcome: 'fault', mode: 'non-root', cpl: 3, fault: '#GP' });
    expect(ring3.because[0]?.rule).toBe('R-VMX-FAULT-PRIORITY');
  });

  it('gives RDMSR at ring 3 a #GP, not a VM exit (the SDM 26.1.1 example)', () => {
    expect(vmxEvent(guest({ cpl: 3 }, { useMsrBitmaps: false }), 'RDMSR').result.fault).toBe('#GP');
  });

  it('exits on every RDMSR without MSR bitmaps, and only on marked MSRs with them', () => {
    expect(vmxEvent(guest({}, { useMsrBitmaps: false }), 'RDMSR').result.exitReason).toBe(31);
    expect(vmxEvent(guest({}, { useMsrBitmaps: true, msrBitmapBit: true }), 'WRMSR').result.exitReason).toBe(32);
    expect(vmxEvent(guest({}, { useMsrBitmaps: true, msrBitmapBit: false }), 'RDMSR').result.outcome).toBe('executes');
  });

  it('takes an external interrupt out of the guest whatever RFLAGS.IF says when the pin-based control is 1', () => {
    for (const rflagsIf of [false, true]) {
      const got = vmxEvent(guest({ rflagsIf }, { externalInterruptExiting: true }), 'ExternalInterrupt');
      expect(got.result.exitReason).toBe(1);
    }
    expect(vmxEvent(guest({ rflagsIf: true }), 'ExternalInterrupt').result.outcome).toBe('delivered');
    expect(vmxEvent(guest({ rflagsIf: false }), 'ExternalInterrupt').result.outcome).toBe('pending');
  });

  it('raises an EPT violation exit (48) only in a guest with EPT on', () => {
    expect(vmxEvent(guest({}, { enableEpt: true }), 'EPTViolation').result.exitReason).toBe(48);
    expect(vmxEvent(guest({}, { enableEpt: false }), 'EPTViolation').result.outcome).toBe('none');
  });

  it('makes GETSEC #UD without CR4.SMXE and an exit at any ring with it', () => {
    expect(vmxEvent(guest({ cr4Smxe: false }), 'GETSEC').result.fault).toBe('#UD');
    expect(vmxEvent(guest({ cr4Smxe: true, cpl: 3 }), 'GETSEC').result.exitReason).toBe(11);
  });

  it('enters the guest with VMLAUNCH / VMRESUME at ring 0 in root operation, at the ring the VMCS holds', () => {
    const got = vmxEvent(guest({ mode: 'root' }), 'VMRESUME', 3);
    expect(got.result).toEqual({ outcome: 'vm-entry', mode: 'non-root', cpl: 3 });
    expect(got.because[0]?.rule).toBe('R-VMX-ENTRY');
    expect(vmxEvent(guest({ mode: 'root', cpl: 3 }), 'VMLAUNCH').result.fault).toBe('#GP');
  });
});
