// The virtual interrupts' lane (src/panels/Routing/VirtualLane.tsx).

export const virtualInterrupts = {
  lane: 'Virtual interrupts',
  lrs: 'GIC list registers',
  state: {
    taken: 'taken at EL1 now',
    pending: 'pending for EL1',
    ignored: 'signalled, never pending here',
    quiet: 'not signalled',
  },
  source: (gic: boolean): string => (gic ? 'from a list register' : 'from HCR_EL2'),
  cols: { reg: 'Register', vintid: 'vINTID', state: 'State', hw: 'HW', pintid: 'pINTID' },
  lrState: { pending: 'pending', active: 'active', inactive: 'inactive' },
  yes: 'yes',
  no: 'no',
};
