// Strings of the shared panel pieces.
import type * as en from '../en/common';
import type { Shape } from '../shape';
export const common = {
  because: '原因',
  rule: '规则',
  sources: '出处',
  opensInNewTab: '（在新标签页中打开）',
  kinds: { linux: 'Linux', xen: 'Xen', arm: 'Arm', paper: '论文', qemu: 'QEMU', other: '其他' },
} satisfies Shape<typeof en.common>;
