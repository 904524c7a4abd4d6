// The shell's words for share links, embedding and link notices (en + zh). The older shell
// strings live in src/i18n/ui.ts.

import type * as en from '../en/shell';
import type { Shape } from '../shape';

export const shell = {
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '无法复制：请选中链接后自行复制。',
  linkField: '当前视图的链接',
  embed: '嵌入',
  openInLab: '在 VHE Lab 中打开',
  updateReady: 'VHE Lab 有新版本。在重新加载之前，本页面照常可用。',
  updateReload: '重新加载以更新',
  flowShown: '显示的流程',
} satisfies Shape<typeof en.shell>;
