// The Embed dialog's own words and sizes (loaded with the dialog, not in the first chunk).
import type { Lang } from '../i18n/lang';

export const EMBED_STRINGS = {
  en: {
    embedTitle: 'Embed in a slide or a web page',
    embedHelp:
      'Paste this into your slides or course page. The embedded view opens at the current scenario, step and what-ifs; click in it, then use ← → or Space to present.',
    panels: 'Panels to show',
    size: 'Size',
    snippet: 'HTML to paste',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
  },
  zh: {
    embedTitle: '嵌入幻灯片或网页',
    embedHelp:
      '把下面的代码粘贴到幻灯片或课程网页中。嵌入视图会打开当前的场景、步骤和假设修改；点击视图后，可用 ← → 或空格键演示。',
    panels: '显示哪些面板',
    size: '尺寸',
    snippet: '要粘贴的 HTML',
    copy: '复制',
    copied: '已复制',
    close: '关闭',
  },
} satisfies Record<Lang, unknown>;

/** Embed sizes offered in the dialog (16:9, as slides are). */
export const EMBED_SIZES = [
  { w: 960, h: 540 },
  { w: 1280, h: 720 },
  { w: 800, h: 450 },
  { w: 640, h: 360 },
  { w: 480, h: 270 },
] as const;
