// Published costs of a guest exit, cited exactly as shared/spec/costs.md records them (the
// only figures we show beside our own counts; never rounded into new claims).
export interface PublishedCost {
  /** Whose figure (its name: stage.costs.who in src/i18n). */
  who: 'kvm' | 'xen';
  cycles: number;
  /** As printed in the source. */
  printed: string;
}

/** Christoffer Dall, "On the Performance of ARM Virtualization", Linaro blog, 2016-06-16. */
export const HYPERCALL_CYCLES: readonly PublishedCost[] = [
  { who: 'kvm', cycles: 6500, printed: '6,500' },
  { who: 'xen', cycles: 376, printed: '376' },
];
