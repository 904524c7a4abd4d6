// The stage's own words: the wings' tabs, presenter mode, the caption (src/app/stage).

export const stage = {
  wings: 'More panels',
  focusMark: 'this lesson',
  wingKeys: (n: number) => `Keys 1–${n} open these panels`,
  presenter: 'Present',
  presenterLong: 'Presenter mode (full screen; Escape leaves)',
  leavePresenter: 'Leave presenter mode',
  skip: 'Skip to the lesson',
  veiled: (panel: string) => `${panel}: hidden until you answer the question (it would give the answer away).`,
  tabs: { registers: 'Registers', bits: 'Bits', routing: 'Routing', redirect: 'Redirection', address: 'Spaces' },
  /** The cost bars (CostBars; the figures and their sources: src/app/stage/costs.ts). */
  costs: {
    title: 'What one exit costs',
    counted: 'Counted here, growing as the flows play',
    elChanges: 'EL changes',
    moved: 'EL1 registers saved or restored',
    published: 'Published: a no-op hypercall round trip, in cycles',
    hypercallSource:
      'Christoffer Dall, "On the Performance of ARM Virtualization", Linaro blog, 2016-06-16 (the ISCA 2016 study); HP Moonshot m400, KVM in Linux 4.0-rc4 with QEMU 2.2.0, Xen 4.5.0.',
    atc: 'Dall, Li, Nieh, USENIX ATC 2017: the VHE redesign "can result in an order of magnitude performance improvement for KVM/ARM".',
    arm: 'Arm 102142: saving or restoring the general-purpose and FP/SIMD registers takes at least 33 instructions (LDP/STP).',
    cycles: 'cycles',
    who: { kvm: 'KVM ARM (split mode)', xen: 'Xen ARM (all at EL2)' },
  },
};
