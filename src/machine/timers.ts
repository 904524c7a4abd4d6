// The names of the EL1 physical counter and timer registers, for the CNTHCTL_EL2 check (the
// core decides whether it traps and computes the syndrome).
import type { PhysicalTimerResource } from '../core';

const RESOURCE: Readonly<Record<string, PhysicalTimerResource>> = {
  CNTPCT_EL0: 'counter',
  CNTP_CTL_EL0: 'timer',
  CNTP_CVAL_EL0: 'timer',
  CNTP_TVAL_EL0: 'timer',
};

/** The resource a reached register is, or null when CNTHCTL_EL2 does not govern it. */
export function timerResource(reached: string): PhysicalTimerResource | null {
  return RESOURCE[reached] ?? null;
}
