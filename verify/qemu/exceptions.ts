// Where QEMU and the core are known to differ, each named and explained. A disagreement
// that no entry explains fails the test; so does an entry that no case needs any more.

import type { ProbeCase } from './cases';
import type { Outcome } from './expect';

export interface KnownDifference {
  id: string;
  /** Who is wrong: the emulator (a QEMU release) or the core (an open item, named by issue). */
  side: 'qemu' | 'core';
  /** The release(s) the difference belongs to, and what fixed it where known. */
  release: string;
  /** What the Arm ARM says and what the other side does. */
  why: string;
  matches(c: ProbeCase, core: Outcome, qemu: Outcome): boolean;
}

const isAlias = (reg: string) => /_EL(12|02)$/.test(reg);

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: 'QEMU-HVC-EL3',
    side: 'qemu',
    release:
      'QEMU 7.2 (Debian 12); fixed by fc58891d04 "target/arm: HVC at EL3 should go to EL3, not EL2" (QEMU 8.2, stable 8.1.3)',
    why:
      'HVC executed at EL3 (SCR_EL3.HCE=1) is taken to EL3 (AArch64.CallHypervisor: ' +
      'PSTATE.EL == EL3 ? EL3 : EL2); QEMU 7.2 always takes HVC to EL2.',
    matches: (c, core, qemu) =>
      c.probe.kind === 'sync' && c.probe.sync === 'HVC' && c.el === 3 && core.el === 3 && qemu.el === 2,
  },
  {
    id: 'QEMU-HVC-SECURE-EL1',
    side: 'qemu',
    release: 'QEMU 7.2 (Debian 12); the same code is still in the QEMU 9.x pre_hvc() sources read',
    why:
      'HVC at Secure EL1 with SCR_EL3.EEL2=0 is UNDEFINED (HVC decode: EL1 && !EL2Enabled()); ' +
      'QEMU 7.2 helper pre_hvc() uses `secure = false` ("FIXME: Use actual secure state") and takes it to EL2.',
    matches: (c, core, qemu) =>
      c.probe.kind === 'sync' &&
      c.probe.sync === 'HVC' &&
      c.el === 1 &&
      !c.scr.ns &&
      !c.scr.eel2 &&
      core.ec === 0 &&
      qemu.el === 2 &&
      qemu.ec === 0x16,
  },
  {
    id: 'QEMU-EL12-WITHOUT-E2H',
    side: 'qemu',
    release:
      'QEMU 7.2 (Debian 12); fixed by "target/arm: *_EL12 registers should UNDEF when HCR_EL2.E2H is 0" (FEAT_NV series, QEMU 9.0)',
    why:
      'The _EL12/_EL02 aliases are UNDEFINED at EL2 and EL3 unless EL2 is enabled with HCR_EL2.E2H=1 ' +
      '(their MRS/MSR pseudocode); QEMU 7.2 only checks the EL, so with E2H=0 (or EL2 disabled) they reach the EL1/EL0 register.',
    matches: (c, core, qemu) =>
      c.probe.kind === 'sysreg' &&
      isAlias(c.probe.reg) &&
      c.el >= 2 &&
      core.taken === 'sync' &&
      qemu.taken === 'none' &&
      qemu.reaches !== 'none',
  },
  {
    id: 'QEMU-EL02-TIMER-SYNDROME',
    side: 'qemu',
    release:
      'QEMU 7.2 (Debian 12); fixed by "target/arm: Timer _EL02 registers UNDEF for E2H == 0" (posted 2024-03-01, QEMU 9.0 cycle; release tag not checked)',
    why:
      'The timer aliases CNTP_*_EL02/CNTV_*_EL02 at EL2/EL3 with E2H=0 are UNDEFINED (EC 0x00); QEMU 7.2 e2h_access() ' +
      'returns CP_ACCESS_TRAP, a trapped MSR/MRS (EC 0x18) to the current EL.',
    matches: (c, core, qemu) =>
      c.probe.kind === 'sysreg' &&
      /_EL02$/.test(c.probe.reg) &&
      c.el >= 2 &&
      core.ec === 0 &&
      qemu.taken === 'sync' &&
      qemu.el === c.el &&
      qemu.ec === 0x18,
  },
  {
    id: 'QEMU-CNTPCT-EL0-E2H0',
    side: 'qemu',
    release:
      'QEMU 7.2 (Debian 12, 7.2.22); fixed by d01448c79d "target/arm: Fix CNTPCT_EL0 trapping from EL0 when HCR_EL2.E2H is 0" (QEMU 8.2, stable 8.1.3)',
    why:
      'With HCR_EL2.E2H=0, CNTHCTL_EL2.EL1PCTEN (bit 0) traps EL0 and EL1 reads of CNTPCT_EL0 to EL2 (CNTPCT_EL0 ' +
      'accessibility pseudocode); QEMU 7.2 gt_counter_access() checks bit 1 (EL1PCEN, the timer enable) at EL0, so ' +
      'the EL0 read follows the wrong bit. EL1 reads check bit 0 and agree.',
    matches: (c, core, qemu) =>
      c.probe.kind === 'timer' &&
      c.probe.reg === 'CNTPCT_EL0' &&
      c.el === 0 &&
      !c.hcr.e2h &&
      ((c.probe.cnthctl >> 1) & 1) !== (c.probe.cnthctl & 1) &&
      (core.taken === 'sync') !== (qemu.taken === 'sync'),
  },
  {
    id: 'QEMU-WFE-NEVER-TRAPS',
    side: 'qemu',
    release: 'QEMU 7.2 (Debian 12); HELPER(wfe) is still a YIELD in the later (FEAT_WFxT) sources read',
    why:
      'HCR_EL2.TWE traps a WFE at EL0/EL1 that would wait (AArch64.CheckForWFxTrap); QEMU 7.2 runs A-profile ' +
      'WFE as YIELD, never waits and so never traps. The Arm ARM allows this: a WFE trap is only guaranteed when ' +
      'the instruction would otherwise not complete in finite time.',
    matches: (c, core, qemu) =>
      c.probe.kind === 'sync' && c.probe.sync === 'WFE' && core.taken === 'sync' && qemu.taken === 'none',
  },
];
