// Strings of the shared panel pieces.
export const common = {
  because: 'Because',
  rule: 'Rule',
  sources: 'Sources',
  opensInNewTab: '(opens in a new tab)',
  kinds: { linux: 'Linux', xen: 'Xen', arm: 'Arm', paper: 'Paper', qemu: 'QEMU', other: 'Other' },
};
