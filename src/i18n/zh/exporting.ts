// Export menu strings.
import type * as en from '../en/exporting';
import type { Shape } from '../shape';
export const exporting = {
  export: '导出',
  svg: '下载 SVG',
  png: '下载 PNG（2×）',
  failed: (why: string) => `无法生成图片：${why}`,
  outcome: '结果',
  because: '原因',
  summary: '这个场景讲什么',
  whatIfPart: (bits: readonly string[], step: number, flow: string) => `第 ${step} 步之前 ${bits.join('、')}${flow}`,
  whatIfs: (parts: readonly string[]) => `假如：${parts.join('；')}`,
} satisfies Shape<typeof en.exporting>;
