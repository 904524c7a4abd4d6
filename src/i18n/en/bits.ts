// Every word the Bits panel shows, in English and Simplified Chinese.
import type { Features, Hcr, Pstate, Scr } from '../../core';

interface BitsStrings {
  title: string;
  intro: string;
  currentEl: string;
  pstate: string;
  features: string;
  featuresHint: string;
  bit: string;
  whatIf: string;
  whatIfHint: string;
  sandbox: string;
  actsAs: (v: 0 | 1, why: string) => string;
  why: {
    el2Off: string;
    noVhe: string;
    tgeE2h: string;
    tge: string;
  };
  hcr: Record<keyof Hcr, string>;
  scr: Record<keyof Scr, string>;
  pstateBits: Record<Exclude<keyof Pstate, 'il'>, string>;
  feature: Record<Exclude<keyof Features, 'smcTrapWithoutEl3'>, string>;
  featureName: Record<Exclude<keyof Features, 'smcTrapWithoutEl3'>, string>;
}

export const bits: BitsStrings = {
  title: 'Bits',
  intro: 'Flip a bit to ask "what if": the rest of the scenario is recomputed from this step.',
  currentEl: 'Current EL',
  pstate: 'PSTATE masks',
  features: 'Features of this CPU',
  featuresHint: 'What the hardware implements (not software bits).',
  bit: 'bit',
  whatIf: 'what-if',
  whatIfHint: 'changed by you, not by the scenario',
  sandbox: 'No scenario loaded: these bits drive a sandbox state.',
  actsAs: (v, why) => `acts as ${v} because ${why}`,
  why: {
    el2Off: 'EL2 is not enabled',
    noVhe: 'there is no FEAT_VHE',
    tgeE2h: 'TGE=1 and E2H=1',
    tge: 'TGE=1',
  },
  hcr: {
    e2h: 'EL2 Host: EL2 runs a host kernel (VHE); EL1 register names reach EL2 registers.',
    tge: 'Trap General Exceptions: EL0 belongs to the host, its exceptions go to EL2.',
    imo: 'Route physical IRQs to EL2.',
    fmo: 'Route physical FIQs to EL2.',
    amo: 'Route SErrors to EL2.',
    vm: 'Stage 2 translation on: guest IPAs go through VTTBR_EL2.',
    tsc: 'Trap SMC from EL1 to EL2.',
    twi: 'Trap WFI at EL0/EL1 to EL2.',
    twe: 'Trap WFE at EL0/EL1 to EL2.',
    rw: 'EL1 is AArch64 (1) rather than AArch32.',
    nv: 'Nested virtualization: EL1 runs a guest hypervisor; its EL2 register accesses and ERET trap to EL2.',
    nv1: 'With NV: the guest hypervisor is non-VHE (its EL1 register names are its guest\u2019s state).',
    vi: 'Virtual IRQ pending: the guest takes a vIRQ at EL1 (with IMO=1).',
    vf: 'Virtual FIQ pending: the guest takes a vFIQ at EL1 (with FMO=1).',
    vse: 'Virtual SError pending: the guest takes a vSError at EL1 (with AMO=1).',
    tvm: 'Trap EL1 writes of SCTLR_EL1, TTBRn_EL1, TCR_EL1 and the other VM controls to EL2.',
    trvm: 'Trap EL1 reads of the same VM controls to EL2.',
    tid3: 'Trap EL1 reads of the ID group 3 registers (ID_AA64*_EL1 ...) to EL2.',
    nv2: 'With NV: VNCR-mapped register accesses become loads/stores to the VNCR_EL2 page (no trap).',
  },
  scr: {
    ns: 'Non-secure: EL0-EL2 are in the Non-secure state.',
    irq: 'Route physical IRQs to EL3.',
    fiq: 'Route physical FIQs to EL3.',
    ea: 'Route SErrors and external aborts to EL3.',
    hce: 'HVC instruction enabled.',
    rw: 'The ELs below EL3 are AArch64.',
    eel2: 'Secure EL2 enabled (FEAT_SEL2).',
  },
  pstateBits: {
    d: 'Debug exceptions masked.',
    a: 'SError masked.',
    i: 'IRQ masked.',
    f: 'FIQ masked.',
  },
  feature: {
    el2: 'EL2 is implemented.',
    el3: 'EL3 (firmware) is implemented.',
    vhe: 'Armv8.1 Virtualization Host Extensions: HCR_EL2.E2H exists.',
    sel2: 'Armv8.4 Secure EL2: SCR_EL3.EEL2 exists.',
    nv: 'Armv8.3 nested virtualization.',
    nv2: 'Armv8.4 enhanced nested virtualization: HCR_EL2.NV2 and VNCR_EL2.',
  },
  featureName: { el2: 'EL2', el3: 'EL3', vhe: 'FEAT_VHE', sel2: 'FEAT_SEL2', nv: 'FEAT_NV', nv2: 'FEAT_NV2' },
};
