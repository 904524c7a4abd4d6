// Strings of the shared panel pieces.
export const strings = {
  en: {
    because: 'Because',
    rule: 'Rule',
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    kinds: { linux: 'Linux', xen: 'Xen', arm: 'Arm', paper: 'Paper', qemu: 'QEMU', other: 'Other' },
  },
  zh: {
    because: '原因',
    rule: '规则',
    sources: '出处',
    opensInNewTab: '（在新标签页中打开）',
    kinds: { linux: 'Linux', xen: 'Xen', arm: 'Arm', paper: '论文', qemu: 'QEMU', other: '其他' },
  },
} as const;
