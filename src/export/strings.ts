// Export menu strings.
export const STRINGS = {
  en: {
    export: 'Export',
    svg: 'Download SVG',
    png: 'Download PNG (2×)',
    failed: (why: string) => `The picture could not be made: ${why}`,
    outcome: 'Outcome',
    because: 'Because',
    summary: 'What this scenario shows',
  },
  zh: {
    export: '导出',
    svg: '下载 SVG',
    png: '下载 PNG（2×）',
    failed: (why: string) => `无法生成图片：${why}`,
    outcome: '结果',
    because: '原因',
    summary: '这个场景讲什么',
  },
};
