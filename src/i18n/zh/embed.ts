// The Embed dialog's own words and sizes (loaded with the dialog, not in the first chunk).
import type * as en from '../en/embed';
import type { Shape } from '../shape';

export const embed = {
  embedTitle: '嵌入幻灯片或网页',
  embedHelp:
    '把下面的代码粘贴到幻灯片或课程网页中。嵌入视图会打开当前的场景、步骤和假设修改；点击视图后，可用 ← → 或空格键演示。',
  panels: '显示哪些面板',
  size: '尺寸',
  snippet: '要粘贴的 HTML',
  copy: '复制',
  copied: '已复制',
  close: '关闭',
} satisfies Shape<typeof en.embed>;
