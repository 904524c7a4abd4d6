// The two-stage walk and the TLB (src/panels/AddressSpaces/TwoStageWalk.tsx).

export const walk = {
  walk: 'Two-stage walk',
  tables: 'Tables walked now',
  stage1: 'stage 1',
  stage2: 'stage 2',
  flat: 'stage 1 off (flat)',
  noStage2: 'no stage 2',
  fault: 'stage 2 fault: HPFAR_EL2 holds the IPA',
  hit: 'TLB hit',
  tlb: 'TLB',
  cols: { va: 'VA', pa: 'PA', regime: 'Regime', asid: 'ASID', vmid: 'VMID' },
  none: '-',
  walkLabel: (parts: string) => `Walk: ${parts}`,
  tablesText: (s1: string, s2: string, tags: string) => `Stage 1: ${s1}. Stage 2: ${s2}. Tags: ${tags}.`,
};
