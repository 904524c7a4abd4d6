// Every rule the core applies: a stable id the UI shows and translates, the Arm ARM
// source it comes from, and an English sentence with {placeholders}.

export interface Because {
  rule: string;
  source: string;
  detail: string;
  /** Values substituted into the sentence, so the UI can translate it by rule id. */
  params?: Record<string, string | number>;
}

export interface Decision<T> {
  result: T;
  because: Because[];
}

interface RuleDef {
  source: string;
  detail: string;
}

export const RULES = {
  // --- EL2 and EL3 presence (Arm ARM D1.1, EL2Enabled(), HaveEL())
  'R-EL2-ENABLED': {
    source: 'EL2Enabled()',
    detail: 'EL2 is implemented and enabled for the {world} state, so HCR_EL2 takes effect.',
  },
  'R-EL2-ABSENT': {
    source: 'HaveEL(EL2)',
    detail: 'EL2 is not implemented: HCR_EL2 has no effect and nothing is routed to EL2.',
  },
  'R-EL2-SECURE-DISABLED': {
    source: 'EL2Enabled(), SCR_EL3.NS, SCR_EL3.EEL2',
    detail:
      'SCR_EL3.NS=0 puts EL0-EL2 in Secure state and Secure EL2 is not enabled (SCR_EL3.EEL2=0 or no FEAT_SEL2): EL2 is not enabled, HCR_EL2 has no effect.',
  },
  'R-EL3-ABSENT': {
    source: 'HaveEL(EL3), SCR_EL3',
    detail:
      'EL3 is not implemented: the PE behaves as if SCR_EL3.HCE=1, RW=1 and the SCR_EL3 routing bits were 0, and as if NS=1 unless it is a Secure-only implementation; EL2, when implemented, is enabled.',
  },

  // --- Effective HCR_EL2 (Arm ARM D13.2.48 HCR_EL2; QEMU arm_hcr_el2_eff())
  'R-HCR-E2H-RES0': {
    source: 'HCR_EL2.E2H, FEAT_VHE',
    detail: 'FEAT_VHE is not implemented, so HCR_EL2.E2H is RES0 and behaves as 0.',
  },
  'R-HCR-TGE-E2H0': {
    source: 'HCR_EL2.TGE',
    detail:
      'HCR_EL2.TGE=1 with E2H=0: FMO, IMO and AMO behave as 1; TSC, VI, VF, VSE, TVM, TRVM and TID3 behave as 0; and the EL1&0 stage 1 is off for EL0.',
  },
  'R-HCR-TGE-E2H1': {
    source: 'HCR_EL2.TGE, HCR_EL2.E2H',
    detail:
      'HCR_EL2.{E2H,TGE}={1,1}: VM, FMO, IMO, AMO, TWI, TWE, TSC, VI, VF, VSE, TVM, TRVM and TID3 behave as 0 and RW as 1: there is no guest, the host owns EL0.',
  },
  'R-HCR-AS-WRITTEN': {
    source: 'HCR_EL2',
    detail: 'HCR_EL2.TGE=0: the HCR_EL2 bits act as written.',
  },

  // --- Physical interrupt routing (Arm ARM D1.3.6, AArch64.TakePhysical{IRQ,FIQ,SError}Exception)
  'R-IRQ-SCR': { source: 'SCR_EL3.IRQ', detail: 'SCR_EL3.IRQ=1 routes physical IRQs to EL3.' },
  'R-FIQ-SCR': { source: 'SCR_EL3.FIQ', detail: 'SCR_EL3.FIQ=1 routes physical FIQs to EL3.' },
  'R-SERROR-SCR': { source: 'SCR_EL3.EA', detail: 'SCR_EL3.EA=1 routes SErrors to EL3.' },
  'R-IRQ-TGE': {
    source: 'HCR_EL2.TGE, AArch64.TakePhysicalIRQException',
    detail: 'HCR_EL2.TGE=1 routes physical IRQs to EL2 whatever HCR_EL2.IMO says.',
  },
  'R-FIQ-TGE': {
    source: 'HCR_EL2.TGE, AArch64.TakePhysicalFIQException',
    detail: 'HCR_EL2.TGE=1 routes physical FIQs to EL2 whatever HCR_EL2.FMO says.',
  },
  'R-SERROR-TGE': {
    source: 'HCR_EL2.TGE, AArch64.TakePhysicalSErrorException',
    detail: 'HCR_EL2.TGE=1 routes SErrors to EL2 whatever HCR_EL2.AMO says.',
  },
  'R-IRQ-IMO': {
    source: 'HCR_EL2.IMO, AArch64.TakePhysicalIRQException',
    detail: 'HCR_EL2.IMO=1 routes physical IRQs to EL2.',
  },
  'R-FIQ-FMO': {
    source: 'HCR_EL2.FMO, AArch64.TakePhysicalFIQException',
    detail: 'HCR_EL2.FMO=1 routes physical FIQs to EL2.',
  },
  'R-SERROR-AMO': {
    source: 'HCR_EL2.AMO, AArch64.TakePhysicalSErrorException',
    detail: 'HCR_EL2.AMO=1 routes SErrors to EL2.',
  },
  'R-IRQ-EL1': {
    source: 'AArch64.TakePhysicalIRQException',
    detail: 'Neither SCR_EL3.IRQ nor HCR_EL2 routes the IRQ up, so it targets EL1.',
  },
  'R-FIQ-EL1': {
    source: 'AArch64.TakePhysicalFIQException',
    detail: 'Neither SCR_EL3.FIQ nor HCR_EL2 routes the FIQ up, so it targets EL1.',
  },
  'R-SERROR-EL1': {
    source: 'AArch64.TakePhysicalSErrorException',
    detail: 'Neither SCR_EL3.EA nor HCR_EL2 routes the SError up, so it targets EL1.',
  },
  // Masking (Arm ARM D1.3.6 "Asynchronous exception masking", table of routing and masking)
  'R-INT-PENDING-LOWER': {
    source: 'Arm ARM D1.3.6, asynchronous exception masking',
    detail: 'The target EL{target} is lower than the current EL{current}: the {kind} is not taken and stays pending.',
  },
  'R-INT-EL3-UNMASKED': {
    source: 'Arm ARM D1.3.6, asynchronous exception masking',
    detail: 'The {kind} targets EL3, above the current EL{current}: it is taken whatever PSTATE.{mask} says.',
  },
  'R-INT-EL2-UNMASKED': {
    source: 'Arm ARM D1.3.6, asynchronous exception masking',
    detail:
      'The {kind} targets EL2, above the current EL{current}, and HCR_EL2.{E2H,TGE} do not act as {1,1}: PSTATE.{mask} cannot mask it, so it is taken now.',
  },
  'R-INT-VHE-HOST-MASK': {
    source: 'HCR_EL2.{E2H,TGE}, Arm ARM D1.3.6',
    detail:
      'With HCR_EL2.{E2H,TGE}={1,1} (the host\u2019s own world: EL0 runs the host kernel\u2019s user space), PSTATE.{mask} at EL{current} can mask an interrupt routed to EL2, as for an OS.',
  },
  'R-INT-PSTATE-MASKED': {
    source: 'PSTATE.{mask}',
    detail:
      'PSTATE.{mask}=1 at EL{current} masks the {kind}, which targets EL{target}: it stays pending until unmasked.',
  },
  'R-INT-PSTATE-UNMASKED': {
    source: 'PSTATE.{mask}',
    detail: 'PSTATE.{mask}=0 at EL{current}: the {kind} is taken to EL{target}.',
  },

  // --- Virtual interrupts (Arm ARM D1.3.6 "Virtual interrupts"; AArch64.PendingUnmaskedVirtualInterrupts,
  // InterruptPending, AArch64.TakeVirtual{IRQ,FIQ,SError}Exception)
  'R-VINT-NOT-SIGNALLED': {
    source: 'HCR_EL2.{bit}, InterruptPending',
    detail: 'No {kind} is signalled: HCR_EL2.{bit}=0 and the GIC signals no virtual interrupt.',
  },
  'R-VINT-HCR': {
    source: 'HCR_EL2.{bit}',
    detail: 'HCR_EL2.{bit}=1 signals a {kind}, with no interrupt controller involved.',
  },
  'R-VINT-GIC': {
    source: 'InterruptPending, VirtualIRQPending(), GIC ICH_LR<n>_EL2',
    detail: 'The GIC virtual CPU interface signals a {kind}: a list register holds a pending virtual interrupt.',
  },
  'R-VINT-EL2-DISABLED': {
    source: 'EL2Enabled(), AArch64.PendingUnmaskedVirtualInterrupts',
    detail: 'EL2 is not enabled: a {kind} is never pending.',
  },
  'R-VINT-TGE': {
    source: 'HCR_EL2.TGE, AArch64.PendingUnmaskedVirtualInterrupts',
    detail: 'HCR_EL2.TGE=1: there is no guest, so a {kind} is never pending (HCR_EL2.{bit} behaves as 0).',
  },
  'R-VINT-ROUTE-OFF': {
    source: 'HCR_EL2.{route}, AArch64.PendingUnmaskedVirtualInterrupts',
    detail: 'HCR_EL2.{route}=0: virtual {kind}s are disabled, the signal is ignored.',
  },
  'R-VINT-PENDING-HIGHER': {
    source: 'AArch64.PendingUnmaskedVirtualInterrupts, AArch64.TakeVirtualIRQException',
    detail: 'A {kind} is only taken at EL0 or EL1: at EL{current} it stays pending until the return to the guest.',
  },
  'R-VINT-MASKED': {
    source: 'PSTATE.{mask}, AArch64.PendingUnmaskedVirtualInterrupts',
    detail: 'PSTATE.{mask}=1 at EL{current}: the {kind} stays pending for EL1.',
  },
  'R-VINT-TAKEN': {
    source: 'AArch64.TakeVirtualIRQException, HCR_EL2.{route}',
    detail:
      'HCR_EL2.{route}=1, TGE=0 and PSTATE.{mask}=0 at EL{current}: the {kind} is taken to EL1, with no exit to EL2.',
  },
  'R-VINT-VSESR': {
    source: 'AArch64.TakeVirtualSErrorException, VSESR_EL2.{IDS,ISS}',
    detail:
      'The vSError writes ESR_EL1 with EC 0x2F (SError) and the syndrome EL2 left in VSESR_EL2 (IDS and ISS, FEAT_RAS): ISS {iss}. Taking it clears HCR_EL2.VSE.',
  },

  // --- Synchronous exceptions (Arm ARM D1.3.4; AArch64.CallSupervisor, AArch64.CallHypervisor,
  // AArch64.CallSecureMonitor, AArch64.UndefinedFault, AArch64.Abort, AArch64.CheckForWFxTrap)
  'R-SYNC-EL0-EL1': {
    source: 'Arm ARM D1.3.4, exception routing',
    detail: 'An exception from EL0 is taken to EL1, where the kernel handles it.',
  },
  'R-SYNC-EL0-TGE': {
    source: 'HCR_EL2.TGE',
    detail:
      'HCR_EL2.TGE=1: an exception from EL0 that would go to EL1 is taken to EL2 (EL0 belongs to the host, not to a guest).',
  },
  'R-SYNC-SAME-EL': {
    source: 'Arm ARM D1.3.4, exception routing',
    detail: 'An exception generated at EL{current} is taken at EL{current}: exceptions never go down.',
  },
  'R-SVC': {
    source: 'SVC, AArch64.CallSupervisor',
    detail: 'SVC is a supervisor call: it asks the kernel of the current context for a service.',
  },
  'R-HVC': {
    source: 'HVC, AArch64.CallHypervisor',
    detail: 'HVC is a hypervisor call: it is taken to EL2.',
  },
  'R-HVC-EL3': {
    source: 'HVC, AArch64.CallHypervisor',
    detail: 'HVC executed at EL3 is taken to EL3.',
  },
  'R-HVC-UNDEF-EL0': {
    source: 'HVC',
    detail: 'HVC is UNDEFINED at EL0: applications cannot call the hypervisor directly.',
  },
  'R-HVC-UNDEF-HCE': {
    source: 'SCR_EL3.HCE',
    detail: 'SCR_EL3.HCE=0 disables HVC: the instruction is UNDEFINED.',
  },
  'R-HVC-UNDEF-NOEL2': {
    source: 'HVC, EL2Enabled()',
    detail: 'There is no enabled EL2 to call: HVC is UNDEFINED.',
  },
  'R-SMC': {
    source: 'SMC, AArch64.CallSecureMonitor',
    detail: 'SMC is a secure monitor call: it is taken to EL3 (the firmware).',
  },
  'R-SMC-TSC': {
    source: 'HCR_EL2.TSC, AArch64.CheckForSMCUndefOrTrap',
    detail:
      'HCR_EL2.TSC=1 traps an SMC executed at EL1 to EL2 (EC 0x17): the hypervisor sees, and may filter or emulate, every firmware call the software at EL1 makes.',
  },
  'R-SMC-TSC-NOEL3-TRAP': {
    source: 'AArch64.CheckForSMCUndefOrTrap, IMPLEMENTATION DEFINED "Trap SMC execution at EL1 to EL2"',
    detail:
      'There is no EL3, and this implementation chooses to trap: with HCR_EL2.TSC=1 an SMC at EL1 is still trapped to EL2.',
  },
  'R-SMC-TSC-NOEL3-UNDEF': {
    source: 'AArch64.CheckForSMCUndefOrTrap, IMPLEMENTATION DEFINED "Trap SMC execution at EL1 to EL2"',
    detail:
      'There is no EL3: whether HCR_EL2.TSC=1 still traps SMC at EL1 to EL2 is IMPLEMENTATION DEFINED. This PE (like QEMU) does not trap, so SMC is UNDEFINED.',
  },
  'R-SMC-UNDEF-EL0': {
    source: 'SMC, AArch64.CheckForSMCUndefOrTrap',
    detail: 'SMC is UNDEFINED at EL0.',
  },
  'R-SMC-UNDEF-NOEL3': {
    source: 'SMC, AArch64.CheckForSMCUndefOrTrap',
    detail: 'EL3 is not implemented: SMC is UNDEFINED.',
  },
  'R-WFI-TWI': {
    source: 'HCR_EL2.TWI, AArch64.CheckForWFxTrap',
    detail: 'HCR_EL2.TWI=1 traps WFI at EL0/EL1 to EL2, so an idle guest gives its CPU back.',
  },
  'R-WFE-TWE': {
    source: 'HCR_EL2.TWE, AArch64.CheckForWFxTrap',
    detail: 'HCR_EL2.TWE=1 traps WFE at EL0/EL1 to EL2.',
  },
  'R-WFX-NOTRAP': {
    source: 'AArch64.CheckForWFxTrap',
    detail:
      '{kind} is not trapped: it executes at EL{current} (the PE may wait there). SCTLR_ELx.nTW* and SCR_EL3.TW* are not modelled.',
  },
  'R-ABT-S1': {
    source: 'AArch64.Abort, stage 1 fault',
    detail: 'A stage 1 translation fault is taken to the kernel that owns the stage 1 tables.',
  },
  'R-ABT-S1-TGE': {
    source: 'HCR_EL2.TGE, AArch64.Abort',
    detail: 'HCR_EL2.TGE=1 routes an abort from EL0/EL1 to EL2.',
  },
  'R-ABT-S2': {
    source: 'AArch64.Abort, IsSecondStageFault()',
    detail: 'A stage 2 fault from EL0/EL1 is always taken to EL2: the hypervisor owns the stage 2 tables.',
  },
  'R-ABT-S2-OFF': {
    source: 'HCR_EL2.VM',
    detail:
      'Stage 2 translation is off for the current regime (HCR_EL2.VM acts as 0, or EL2 is not enabled), so a real stage 2 fault cannot occur here.',
  },
  'R-ABT-S2-NOREGIME': {
    source: 'Arm ARM D8, translation regimes',
    detail: 'The EL{current} regime has no stage 2: a fault at EL{current} is a stage 1 fault taken at EL{current}.',
  },
  'R-UNDEF': {
    source: 'AArch64.UndefinedFault',
    detail:
      'An UNDEFINED instruction takes an Undefined Instruction exception (ESR EC 0x00, unknown reason), routed like any exception from this EL.',
  },
  'R-ILLEGAL-STATE': {
    source: 'PSTATE.IL, AArch64.CheckIllegalState',
    detail:
      'PSTATE.IL=1 (left by an illegal exception return): the next instruction at EL{current} is not executed but takes an Illegal Execution state exception (EC 0x0E).',
  },

  // --- Exception return (Arm ARM D1.3.5, IllegalExceptionReturn())
  'R-ERET-OK': {
    source: 'ERET, AArch64.ExceptionReturn',
    detail: 'ERET returns from EL{current} to EL{target}, as SPSR_EL{current} and ELR_EL{current} say.',
  },
  'R-ERET-ILLEGAL-HIGHER': {
    source: 'IllegalExceptionReturn()',
    detail: 'ERET cannot go up: a return to EL{target} from EL{current} is an illegal exception return.',
  },
  'R-ERET-ILLEGAL-ABSENT': {
    source: 'IllegalExceptionReturn(), ELFromSPSR()',
    detail:
      'EL{target} is not implemented, or not enabled (EL2 with SCR_EL3.NS=0 and no Secure EL2): the return is illegal.',
  },
  'R-ERET-ILLEGAL-TGE': {
    source: 'IllegalExceptionReturn(), HCR_EL2.TGE',
    detail:
      'HCR_EL2.TGE=1 forbids returning to EL1: KVM must clear TGE before entering a guest, or the ERET is illegal.',
  },
  'R-ERET-ILLEGAL-IL': {
    source: 'AArch64.ExceptionReturn, SetPSTATEFromPSR',
    detail:
      'An illegal exception return sets PSTATE.IL, stays at EL{current} and branches to ELR_EL{current}: the next instruction takes an Illegal Execution state exception (EC 0x0E) at EL{current}.',
  },
  'R-ERET-UNDEF-EL0': {
    source: 'ERET (decode: UNDEFINED when PSTATE.EL == EL0)',
    detail: 'ERET is UNDEFINED at EL0: there is no exception to return from at the lowest EL.',
  },

  // --- System registers (Arm ARM D8.? / D13, FEAT_VHE register redirection, "_EL12 and _EL02")
  'R-SYSREG-OWN': {
    source: 'Arm ARM D13, {reg} accessibility',
    detail: '{reg} is accessible at EL{current}: the access reaches {reaches}.',
  },
  'R-SYSREG-REDIRECT-E2H': {
    source: 'HCR_EL2.E2H, FEAT_VHE register redirection',
    detail: 'At EL2 with HCR_EL2.E2H=1, {reg} is redirected to {reaches} so an unmodified kernel runs at EL2.',
  },
  'R-SYSREG-REDIRECT-HOST-EL0': {
    source: 'HCR_EL2.{E2H,TGE}, FEAT_VHE',
    detail: 'At EL0 with HCR_EL2.{E2H,TGE}={1,1}, the EL0 timer name {reg} reaches the EL2 timer {reaches}.',
  },
  'R-SYSREG-NO-REDIRECT-E2H0': {
    source: 'HCR_EL2.E2H',
    detail: 'HCR_EL2.E2H=0: {reg} is not redirected and reaches {reaches}.',
  },
  'R-SYSREG-NOT-REDIRECTED': {
    source: 'FEAT_VHE register redirection',
    detail: '{reg} has no EL2 twin and is never redirected: it reaches {reaches}.',
  },
  'R-SYSREG-EL3-NO-REDIRECT': {
    source: 'FEAT_VHE register redirection',
    detail: 'EL3 is never redirected: {reg} reaches {reaches}.',
  },
  'R-SYSREG-ALIAS': {
    source: 'HCR_EL2.E2H, {reg}',
    detail:
      '{reg} is an alias, not a redirection: from EL2 (or EL3) with E2H=1 its own name reaches the real {reaches}, which is how KVM switches guest state.',
  },
  'R-SYSREG-ALIAS-UNDEF': {
    source: 'HCR_EL2.E2H, {reg}',
    detail: '{reg} exists only at EL2/EL3 with HCR_EL2.E2H=1 and EL2 enabled: here it is UNDEFINED.',
  },
  'R-SYSREG-HIGHER-UNDEF': {
    source: 'Arm ARM D13, {reg} accessibility',
    detail:
      '{reg} belongs to EL{owner}: accessing it from EL{current} is UNDEFINED (with FEAT_NV and HCR_EL2.NV=1 an EL2 name at EL1 would trap instead).',
  },
  'R-SYSREG-FEATURE-UNDEF': {
    source: '{feature}',
    detail: '{reg} exists only with {feature}: the access is UNDEFINED.',
  },
  'R-SYSREG-EL-ABSENT': {
    source: 'HaveEL(EL{owner})',
    detail: 'EL{owner} is not implemented, so {reg} does not exist: the access is UNDEFINED.',
  },
  'R-SYSREG-READ-ONLY': {
    source: 'Arm ARM D13, {reg}',
    detail: '{reg} is read-only at EL{current}: MSR to it is UNDEFINED.',
  },
  'R-SYSREG-TVM': {
    source: 'HCR_EL2.TVM, {reg} accessibility, AArch64.SystemAccessTrap',
    detail: 'HCR_EL2.TVM=1: the MSR to {reg} at EL1 is trapped to EL2 (ESR_EL2.EC 0x18).',
  },
  'R-SYSREG-TRVM': {
    source: 'HCR_EL2.TRVM, {reg} accessibility, AArch64.SystemAccessTrap',
    detail: 'HCR_EL2.TRVM=1: the MRS of {reg} at EL1 is trapped to EL2 (ESR_EL2.EC 0x18).',
  },
  'R-SYSREG-TID3': {
    source: 'HCR_EL2.TID3, {reg} accessibility, AArch64.SystemAccessTrap',
    detail: 'HCR_EL2.TID3=1: the MRS of the ID group 3 register {reg} at EL1 is trapped to EL2 (ESR_EL2.EC 0x18).',
  },
  'R-SYSREG-TRAP-TGE': {
    source: 'HCR_EL2.TGE, HCR_EL2.{bit}',
    detail: 'HCR_EL2.{bit}=1 but TGE=1 makes it behave as 0: the {op} of {reg} is not trapped.',
  },
  'R-SYSREG-VPIDR': {
    source: '{reg} accessibility, VPIDR_EL2, VMPIDR_EL2',
    detail: 'EL1 with EL2 enabled: the MRS of {reg} returns {reaches}, the value EL2 chose; no trap.',
  },

  // --- Translation regimes (Arm ARM D8.1, "Translation regimes"; TCR_ELx, VTCR_EL2)
  'R-REGIME-EL10': {
    source: 'Arm ARM D8.1, EL1&0 translation regime',
    detail:
      'EL{current} with HCR_EL2.TGE=0 uses the EL1&0 regime: TTBR0_EL1 for the low range, TTBR1_EL1 for the high range, ASID-tagged.',
  },
  'R-REGIME-TGE-S1-OFF': {
    source: 'HCR_EL2.TGE, AArch64.S1Enabled',
    detail:
      'HCR_EL2.TGE=1 turns the EL1&0 stage 1 off for EL{current} (SCTLR_EL1.M behaves as 0): each VA is used unchanged as the stage 1 output (flat).',
  },
  'R-REGIME-EL20': {
    source: 'Arm ARM D8.1, EL2&0 translation regime; HCR_EL2.E2H',
    detail:
      'HCR_EL2.E2H=1 gives EL2 the EL2&0 regime: two ranges (TTBR0_EL2 and TTBR1_EL2) and ASIDs, like a kernel\u2019s.',
  },
  'R-REGIME-EL0-HOST': {
    source: 'HCR_EL2.{E2H,TGE}',
    detail: 'At EL0 with HCR_EL2.{E2H,TGE}={1,1}, host applications run in the EL2&0 regime of the host kernel.',
  },
  'R-REGIME-EL2': {
    source: 'Arm ARM D8.1, EL2 translation regime',
    detail:
      'EL2 with E2H=0 has the EL2 regime: one range (TTBR0_EL2) and no ASID; hypervisors do not host applications.',
  },
  'R-REGIME-EL3': {
    source: 'Arm ARM D8.1, EL3 translation regime',
    detail: 'EL3 has its own regime: one range (TTBR0_EL3), no ASID, no stage 2.',
  },
  'R-STAGE2-ON': {
    source: 'HCR_EL2.VM, VTTBR_EL2, AArch64.FullTranslate',
    detail:
      'HCR_EL2.VM=1 (as it acts): stage 2 (VTTBR_EL2, VMID-tagged) turns the EL1&0 regime\u2019s intermediate physical addresses into PAs.',
  },
  'R-STAGE2-SECURE': {
    source: 'HCR_EL2.VM, VSTTBR_EL2, SCR_EL3.EEL2 (FEAT_SEL2)',
    detail:
      'HCR_EL2.VM=1 in Secure state: stage 2 of the Secure IPA space walks VSTTBR_EL2 (VMID-tagged), the Secure twin of VTTBR_EL2, owned by the Secure EL2 hypervisor (an SPMC).',
  },
  'R-STAGE2-OFF': {
    source: 'HCR_EL2.VM',
    detail: 'Stage 2 is off: the output of stage 1 is the physical address.',
  },
  'R-REGIME-TABLES': {
    source: 'Arm ARM D8.1, TTBRn_ELx, VTTBR_EL2.VMID, TTBRn_ELx.ASID',
    detail: 'Stage 1 walks {tables}; stage 2 walks {stage2}; TLB entries are tagged with {tags}.',
  },

  // --- GIC CPU interface (Arm IHI 0069, GICv3/v4, "Virtual CPU interface", ICV_* registers)
  'R-GIC-ICV': {
    source: 'GICv3 ICV_IAR{group}_EL1 / ICV_EOIR{group}_EL1, HCR_EL2.{route}',
    detail:
      'EL1 with EL2 enabled and HCR_EL2.{route}=1: the ICC_* names of group {group} reach the virtual CPU interface (ICV_*), which reads the list registers; no trap.',
  },
  'R-GIC-ICC': {
    source: 'GICv3 ICC_IAR{group}_EL1 / ICC_EOIR{group}_EL1',
    detail:
      'At EL{current} (or with HCR_EL2.{route}=0) the ICC_* names of group {group} reach the physical CPU interface.',
  },

  // --- Generic Timer (Arm ARM D11; CNTHCTL_EL2, CNTVOFF_EL2, CNTPCT_EL0 / CNTP_CTL_EL0 accessibility)
  'R-TIMER-EL2-UP': {
    source: 'CNTHCTL_EL2',
    detail: 'EL{current}: CNTHCTL_EL2 does not trap its own EL or EL3.',
  },
  'R-TIMER-NOEL2': {
    source: 'EL2Enabled(), CNTHCTL_EL2',
    detail: 'EL2 is not enabled: CNTHCTL_EL2 traps nothing.',
  },
  'R-TIMER-E2H0': {
    source: 'CNTHCTL_EL2.{field}, HCR_EL2.E2H',
    detail: 'HCR_EL2.E2H=0: CNTHCTL_EL2.{field} (bit {bit}) controls EL0/EL1 access to the physical {resource}.',
  },
  'R-TIMER-E2H1': {
    source: 'CNTHCTL_EL2.{field}, HCR_EL2.E2H',
    detail:
      'HCR_EL2.E2H=1: CNTHCTL_EL2 has CNTKCTL_EL1\u2019s layout and {field} moves to bit {bit}; it controls the guest\u2019s access to the physical {resource}.',
  },
  'R-TIMER-HOST-EL0': {
    source: 'CNTHCTL_EL2.{field}, ELIsInHost(EL0)',
    detail:
      'HCR_EL2.{E2H,TGE}={1,1}: CNTHCTL_EL2.{field} (bit {bit}) controls host EL0\u2019s access to the physical {resource}.',
  },
  'R-TIMER-ENABLED': {
    source: 'CNTHCTL_EL2.{field}',
    detail: '{field}=1: the access goes ahead.',
  },
  'R-TIMER-TRAPPED': {
    source: 'CNTHCTL_EL2.{field}, AArch64.SystemAccessTrap',
    detail: '{field}=0: the access is trapped to EL2 (ESR_EL2.EC 0x18).',
  },
  'R-CNTVOFF-APPLIES': {
    source: 'CNTVOFF_EL2, CNTVCT_EL0',
    detail: 'At EL{current} the virtual count is the physical count minus CNTVOFF_EL2.',
  },
  'R-CNTVOFF-NOEL2': {
    source: 'CNTVOFF_EL2, HaveEL(EL2)',
    detail: 'EL2 is not implemented: the virtual offset is 0, virtual and physical counts are equal.',
  },
  'R-CNTVOFF-EL2-E2H': {
    source: 'CNTVOFF_EL2, HCR_EL2.E2H',
    detail: 'EL2 with E2H=1: the virtual offset is 0 (the host sees the physical count through CNTVCT_EL0).',
  },
  'R-CNTVOFF-HOST-EL0': {
    source: 'CNTVOFF_EL2, HCR_EL2.{E2H,TGE}',
    detail: 'EL0 with HCR_EL2.{E2H,TGE}={1,1}: the virtual offset is 0 for host applications.',
  },

  // --- Linux arm64 boot, by release (arch/arm64/kernel/head.S init_kernel_el, hyp-stub.S
  // finalise_el2, idreg-override.c aliases[] and hvhe_filter, arch/arm64/kvm/arm.c
  // early_kvm_mode_cfg). Each threshold names its first release and mainline commit.
  'R-BOOT-EL1': {
    source: 'arch/arm64/kernel/head.S init_kernel_el (BOOT_CPU_MODE_EL1); is_hyp_mode_available()',
    detail: 'The firmware entered the kernel at EL1: there is no EL2 to use, so the kernel runs at EL1 without KVM.',
  },
  'R-BOOT-EL1-IGNORED': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg; Linux v6.1, commit b2a4d007c347',
    detail:
      'Since Linux 6.1 a kernel entered at EL1 ignores kvm-arm.mode (other than none) and prints "KVM is not available. Ignoring kvm-arm.mode".',
  },
  'R-BOOT-NO-MODE-PARAM': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg; Linux v5.11, commit 2d4b0ce5c9b6',
    detail: 'kvm-arm.mode first exists in Linux 5.11: Linux {kernel} does not act on it.',
  },
  'R-BOOT-MALFORMED': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg (return -EINVAL); init/main.c do_early_param',
    detail:
      'Linux {kernel} does not know kvm-arm.mode={mode}: it prints "Malformed early option \u2018kvm-arm.mode\u2019" and keeps the default.',
  },
  'R-BOOT-CONFIG-VHE': {
    source: 'CONFIG_ARM64_VHE (removed in Linux v5.13, commit 2d726d0db6ac); head.S el2_setup, hyp-stub.S',
    detail:
      'Linux {kernel} built with CONFIG_ARM64_VHE=y, entered at EL2 on a FEAT_VHE CPU: it sets HCR_EL2.E2H and runs at EL2 (VHE).',
  },
  'R-BOOT-CONFIG-VHE-OFF': {
    source: 'CONFIG_ARM64_VHE (removed in Linux v5.13, commit 2d726d0db6ac); arch/arm64/kernel/hyp-stub.S',
    detail:
      'Linux {kernel} built without CONFIG_ARM64_VHE: it leaves the hyp stub at EL2 and runs at EL1, even on a FEAT_VHE CPU.',
  },
  'R-BOOT-VH0': {
    source: 'arch/arm64/kernel/idreg-override.c aliases[]; Linux v5.12, commit 1945a067f351',
    detail:
      'kvm-arm.mode={mode} is also an alias of id_aa64mmfr1.vh=0, which hides FEAT_VHE: the hyp stub refuses the switch to VHE and the kernel runs at EL1.',
  },
  'R-BOOT-NOVHE-CPU': {
    source: 'arch/arm64/kernel/hyp-stub.S mutate_to_vhe, later __finalise_el2 (ID_AA64MMFR1_EL1.VH)',
    detail: 'The CPU has no FEAT_VHE: the kernel leaves the hyp stub at EL2 and runs at EL1.',
  },
  'R-BOOT-VHE': {
    source:
      'arch/arm64/kernel/hyp-stub.S switch_to_vhe and mutate_to_vhe (later finalise_el2); no CONFIG_ARM64_VHE since Linux v5.13, commit 2d726d0db6ac',
    detail:
      'Entered at EL2 on a FEAT_VHE CPU with nothing overriding it: the kernel asks its hyp stub (HVC_VHE_RESTART) to set HCR_EL2.E2H, and runs at EL2 (VHE).',
  },
  'R-BOOT-HVHE': {
    source:
      'arch/arm64/kernel/hyp-stub.S __finalise_el2 (ARM64_SW_FEATURE_OVERRIDE_HVHE); Linux v6.5, commit ad744e8cb346',
    detail:
      'arm64_sw.hvhe=1 (Linux 6.5 and later): __finalise_el2 does not move the kernel to EL2, so it runs at EL1 and only KVM\u2019s EL2 code will use E2H=1.',
  },
  'R-BOOT-HVHE-FILTERED': {
    source: 'arch/arm64/kernel/idreg-override.c hvhe_filter',
    detail:
      'hvhe_filter drops arm64_sw.hvhe=1: it needs a kernel entered at EL2 on a CPU with FEAT_VHE (ID_AA64MMFR1_EL1.VH).',
  },
  'R-BOOT-HVHE-UNKNOWN': {
    source: 'arch/arm64/kernel/idreg-override.c sw_features; Linux v6.5, commit ad744e8cb346',
    detail: 'arm64_sw.hvhe first exists in Linux 6.5: Linux {kernel} does not act on it.',
  },
  'R-BOOT-PROTECTED-HVHE': {
    source: 'arch/arm64/kernel/pi/idreg-override.c aliases[]; Linux v6.10, commit 5053c3f0519c',
    detail:
      'Since Linux 6.10 kvm-arm.mode=protected is an alias of arm64_sw.hvhe=1 (and nvhe of arm64_sw.hvhe=0 id_aa64mmfr1.vh=0): pKVM uses hVHE on a FEAT_VHE CPU.',
  },
  'R-BOOT-PROTECTED-VHE': {
    source:
      'arch/arm64/kernel/cpufeature.c is_kvm_protected_mode (5.11); arch/arm64/kvm/arm.c early_kvm_mode_cfg (later)',
    detail:
      'kvm-arm.mode=protected on a kernel running at EL2 (VHE): "Protected KVM not available with VHE", KVM stays VHE.',
  },
  'R-BOOT-KVM-NONE': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg (KVM_MODE_NONE); Linux v5.16, commit b6a68b97af23',
    detail:
      'kvm-arm.mode=none (Linux 5.16 and later) disables KVM; it does not hide FEAT_VHE, so the kernel\u2019s EL is unchanged.',
  },
  'R-BOOT-KVM-NVHE': {
    source: 'arch/arm64/kvm/arm.c (KVM_MODE_DEFAULT)',
    detail: 'KVM runs split-mode (nVHE): host kernel at EL1, KVM\u2019s hyp code at EL2.',
  },
  'R-BOOT-KVM-HVHE': {
    source: 'arch/arm64/kvm/arm.c cpu_prepare_hyp_mode (ARM64_KVM_HVHE: hcr_el2 |= HCR_E2H)',
    detail:
      'hVHE: KVM\u2019s EL2 code runs with HCR_EL2.E2H=1 and TGE=0, in the EL2&0 regime, while the host kernel stays at EL1.',
  },
  'R-BOOT-KVM-PROTECTED': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg (KVM_MODE_PROTECTED); Linux v5.11, commit 2d4b0ce5c9b6',
    detail: 'kvm-arm.mode=protected: pKVM; the hypervisor at EL2 owns memory and puts the host behind its own stage 2.',
  },
  'R-BOOT-KVM-VHE': {
    source: 'arch/arm64/kvm/arm.c (KVM_MODE_DEFAULT, is_kernel_in_hyp_mode())',
    detail: 'The kernel runs at EL2, so KVM runs in VHE mode: no world switch to reach the host kernel.',
  },
  'R-BOOT-KVM-NESTED': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg (KVM_MODE_NV); Linux v6.3, commit 675cabc89900',
    detail:
      'kvm-arm.mode=nested (Linux 6.3 and later) on a VHE kernel whose CPU has what it needs: KVM can offer nested virtualization.',
  },
  'R-BOOT-NESTED-NEEDS-VHE': {
    source: 'arch/arm64/kvm/arm.c early_kvm_mode_cfg (WARN_ON(!is_kernel_in_hyp_mode()))',
    detail:
      'kvm-arm.mode=nested needs the kernel at EL2 (VHE): here the WARN_ON fires, the option is rejected as malformed and KVM keeps the default.',
  },
  'R-BOOT-NESTED-NV2': {
    source: 'arch/arm64/kernel/cpufeature.c ARM64_HAS_NESTED_VIRT; Linux v6.8, commit 2bfc654b89c4',
    detail: 'Since Linux 6.8 nested virtualization requires FEAT_NV2, not only FEAT_NV.',
  },
  'R-BOOT-NESTED-NO-FEAT': {
    source: 'arch/arm64/kernel/cpufeature.c has_nested_virt_support',
    detail: 'The CPU lacks {feature}: "unavailable: Nested Virtualization Support", and KVM runs as plain VHE KVM.',
  },

  // --- Intel VT-x, for the x86 comparison (Intel SDM Vol. 3C, current numbering: 26 "VMX
  // Non-Root Operation", 27 "VM Entries", 28 "VM Exits"; 25 / 26 / 27 before 2021).
  'R-VMX-ROOT': {
    source: 'Intel SDM Vol. 3C ch. 24, introduction to VMX operation',
    detail:
      'In VMX root operation (ring {ring}) {event} behaves as on a processor without VMX: nothing causes a VM exit; this is where the hypervisor runs.',
  },
  'R-VMX-ROOT-CPL': {
    source: 'Intel SDM Vol. 2 / Vol. 3C 31, instruction pseudocode (CPL > 0)',
    detail: '{event} at ring {ring} in root operation is privileged: it raises #GP(0) through the host IDT.',
  },
  'R-VMX-ENTRY': {
    source: 'Intel SDM Vol. 3C 27, VM Entries (27.3.2 loading guest state)',
    detail:
      '{event} at ring 0 in root operation is a VM entry: the processor loads the guest state from the VMCS guest-state area and runs the guest in non-root operation at ring {ring}.',
  },
  'R-VMX-EXIT-STATE': {
    source: 'Intel SDM Vol. 3C 28.3 saving guest state, 28.5 loading host state',
    detail:
      'A VM exit: the processor saves the guest state (ring {ring}, RIP, RSP, CR3...) in the VMCS guest-state area and loads the host state from the host-state area: root operation, ring 0, the hypervisor\u2019s RIP.',
  },
  'R-VMX-EXIT-UNCOND': {
    source: 'Intel SDM Vol. 3C 26.1.2, instructions that cause VM exits unconditionally',
    detail: '{event} always causes a VM exit in non-root operation: no VM-execution control can let the guest run it.',
  },
  'R-VMX-EXIT-VMX-INSN': {
    source: 'Intel SDM Vol. 3C 26.1.2, instructions that cause VM exits unconditionally',
    detail:
      '{event} was introduced with VMX: in non-root operation it causes a VM exit at any ring, before the CPL check (a guest hypervisor is emulated by the real one).',
  },
  'R-VMX-FAULT-PRIORITY': {
    source: 'Intel SDM Vol. 3C 26.1.1, relative priority of faults and VM exits',
    detail:
      '{event} at ring {ring} faults on privilege level before any VM exit: #GP(0) is delivered through the guest IDT and the hypervisor never sees it.',
  },
  'R-VMX-HLT-EXITING': {
    source: 'Intel SDM Vol. 3C 26.1.3, "HLT exiting" (primary processor-based control bit 7)',
    detail: 'The "HLT exiting" VM-execution control is 1: HLT causes a VM exit, so an idle guest gives its CPU back.',
  },
  'R-VMX-HLT-NOEXIT': {
    source: 'Intel SDM Vol. 3C 26.1.3, "HLT exiting"',
    detail: 'The "HLT exiting" VM-execution control is 0: HLT halts the logical processor in non-root operation.',
  },
  'R-VMX-MSR-NO-BITMAPS': {
    source: 'Intel SDM Vol. 3C 26.1.3, {event}, "use MSR bitmaps" (primary processor-based control bit 28)',
    detail: 'The "use MSR bitmaps" control is 0: every {event} causes a VM exit.',
  },
  'R-VMX-MSR-BITMAP-1': {
    source: 'Intel SDM Vol. 3C 26.1.3, {event}; 25.6.9 MSR-bitmap address',
    detail: 'The MSR\u2019s bit in the {bitmap} bitmap is 1: {event} causes a VM exit.',
  },
  'R-VMX-MSR-BITMAP-0': {
    source: 'Intel SDM Vol. 3C 26.1.3, {event}; 25.6.9 MSR-bitmap address',
    detail: 'The MSR\u2019s bit in the {bitmap} bitmap is 0: {event} runs in the guest without a VM exit.',
  },
  'R-VMX-EXTINT-EXITING': {
    source: 'Intel SDM Vol. 3C 26.2, "external-interrupt exiting" (pin-based control bit 0)',
    detail:
      'The "external-interrupt exiting" control is 1: an external interrupt causes a VM exit whatever the guest\u2019s RFLAGS.IF says (as HCR_EL2.IMO=1 on Arm).',
  },
  'R-VMX-EXTINT-IDT': {
    source: 'Intel SDM Vol. 3C 26.2, "external-interrupt exiting"',
    detail:
      'The "external-interrupt exiting" control is 0: the interrupt is delivered through the guest IDT at ring {ring}, with no VM exit.',
  },
  'R-VMX-EXTINT-IF-BLOCKED': {
    source: 'RFLAGS.IF',
    detail: 'RFLAGS.IF=0 blocks maskable external interrupts: the interrupt stays pending.',
  },
  'R-VMX-EPT-VIOLATION': {
    source: 'Intel SDM Vol. 3C 26.2; ch. 29, EPT-induced VM exits ("enable EPT", secondary control bit 1)',
    detail:
      'EPT is on and does not map this guest-physical address: an EPT violation VM exit (the hypervisor\u2019s stage 2 fault, as a stage 2 abort to EL2 on Arm).',
  },
  'R-VMX-EPT-OFF': {
    source: 'Intel SDM Vol. 3C ch. 29, "enable EPT"',
    detail:
      'In {mode} operation without "enable EPT"=1 there are no guest-physical addresses to translate: no EPT violation.',
  },
  'R-VMX-GETSEC-UD': {
    source: 'Intel SDM Vol. 2 GETSEC, Vol. 3C 26.1.2 footnote',
    detail: 'CR4.SMXE=0: GETSEC is #UD before any VM exit (with SMXE=1 it exits at any ring).',
  },

  // --- The SMMU (Arm IHI 0070, SMMUv3): device DMA beside the CPU's accesses
  'R-SMMU-S2': {
    source: 'IHI 0070 5.2, STE.Config (stage 2), STE.S2TTB, STE.S2VMID',
    detail:
      'The device\u2019s stream table entry enables stage 2: the SMMU walks the tables at STE.S2TTB, tagged by STE.S2VMID, and turns the address the guest gave the device (an IPA) into a PA.',
  },
  'R-SMMU-BYPASS': {
    source: 'IHI 0070 5.2, STE.Config = 0b100 (bypass)',
    detail:
      'The stream table entry bypasses translation: the device\u2019s address is used as a PA, so an assigned device could reach any memory. That is why VFIO needs the SMMU.',
  },
  'R-SMMU-FAULT-EVENT': {
    source: 'IHI 0070 3.12, 7.3 (F_TRANSLATION, event queue)',
    detail:
      'Stage 2 does not map the address: the SMMU terminates the transaction and records an F_TRANSLATION event (0x10) in its event queue. No CPU takes an exception; the driver reads the event later.',
  },

  // --- FEAT_NV / FEAT_NV2: nested virtualization (Arm ARM HCR_EL2.{NV,NV1,NV2}, VNCR_EL2;
  // ASL as in rems-project/sail-arm arm-v8.5-a)
  'R-CURRENTEL': {
    source: 'CurrentEL',
    detail: 'CurrentEL reads EL{current}: the PE is where it is.',
  },
  'R-NV-CURRENTEL': {
    source: 'HCR_EL2.NV, AArch64_CheckNVCondsIfCurrentEL',
    detail: 'HCR_EL2.NV=1: CurrentEL read at EL1 returns EL2, so a guest hypervisor at EL1 believes it runs at EL2.',
  },
  'R-NV-SYSREG-TRAP': {
    source: 'HCR_EL2.NV, AArch64_CheckSystemAccess (nv_access)',
    detail:
      'HCR_EL2.NV=1: {reg} at EL1 is not UNDEFINED but trapped to EL2 (ESR_EL2.EC 0x18), so the real hypervisor emulates the guest hypervisor\u2019s access.',
  },
  'R-NV2-NOT-MAPPED-TRAP': {
    source: 'HCR_EL2.NV2, VNCR_EL2',
    detail:
      '{reg} is not mapped to the VNCR page in this configuration: it is still trapped to EL2 (EC 0x18). (NV2\u2019s transformation of some EL2 registers into their EL1 twins is not modelled.)',
  },
  'R-NV2-VNCR': {
    source: 'HCR_EL2.NV2, VNCR_EL2, NVMem[]',
    detail:
      'HCR_EL2.{NV,NV2}={1,1}: {reg} becomes a load or store at VNCR_EL2 + {offset}, in memory the real hypervisor reads later: no trap.',
  },
  'R-NV-ERET-TRAP': {
    source: 'HCR_EL2.NV, AArch64_CheckForERetTrap',
    detail:
      'HCR_EL2.NV=1: ERET at EL1 is trapped to EL2 (ESR_EL2.EC 0x1A): the guest hypervisor\u2019s return to its guest goes through the real hypervisor.',
  },
  'R-ERET-NOTRAP': {
    source: 'ERET, AArch64_CheckForERetTrap',
    detail: 'ERET at EL{current} is not trapped (HCR_EL2.NV does not apply): it is an exception return.',
  },
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;

const PLACEHOLDER = /\{(\w+)\}/g;

// Reasons are immutable and repeat (a handful of ELs, kinds and register names), so each
// distinct one is built once and shared: the rules' hot path allocates almost nothing.
const CACHE = new Map<string, Because>();

/** Build one reason from the rule catalogue, filling {placeholders} from params. */
export function because(rule: RuleId, params?: Record<string, string | number>): Because {
  let key: string = rule;
  if (params) for (const k in params) key += `|${k}=${params[k]}`;
  const hit = CACHE.get(key);
  if (hit) return hit;
  const def: RuleDef = RULES[rule];
  const fill = (text: string) =>
    params && text.includes('{') ? text.replace(PLACEHOLDER, (whole, k: string) => String(params[k] ?? whole)) : text;
  const made: Because = { rule, source: fill(def.source), detail: fill(def.detail) };
  if (params) made.params = Object.freeze({ ...params });
  if (CACHE.size > 50_000) CACHE.clear();
  CACHE.set(key, Object.freeze(made));
  return made;
}
