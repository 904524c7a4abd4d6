// Which GIC CPU interface an EL1 access to ICC_IAR1_EL1 / ICC_EOIR1_EL1 (and their group 0
// twins) reaches: the physical one, or the virtual one EL2 fills through the list registers.
// Arm GICv3/v4 architecture specification (IHI 0069), "Virtual CPU interface": at EL1 with
// EL2 enabled, HCR_EL2.IMO=1 (group 1) / FMO=1 (group 0) makes the ICC_* encodings reach the
// ICV_* registers. ICC_SRE_EL2.SRE is taken as 1 (system-register interface, as Linux uses).
import { effectiveHcr } from './hcr';
import { because, type Decision } from './rules';
import { el2Enabled, type PeState } from './state';

export interface GicInterface {
  iface: 'ICV' | 'ICC';
}

export function gicCpuInterface(s: PeState, group: 0 | 1): Decision<GicInterface> {
  const route = group === 1 ? 'IMO' : 'FMO';
  const routed = group === 1 ? effectiveHcr(s).imo : effectiveHcr(s).fmo;
  const p = { group, route, current: s.el };
  if (s.el === 1 && el2Enabled(s) && routed) {
    return { result: { iface: 'ICV' }, because: [because('R-GIC-ICV', p)] };
  }
  return { result: { iface: 'ICC' }, because: [because('R-GIC-ICC', p)] };
}
