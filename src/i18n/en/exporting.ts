// Export menu strings.
export const exporting = {
  export: 'Export',
  svg: 'Download SVG',
  png: 'Download PNG (2×)',
  failed: (why: string) => `The picture could not be made: ${why}`,
  outcome: 'Outcome',
  because: 'Because',
  summary: 'What this scenario shows',
  /** The what-ifs in force, one line (`bits` already joined). */
  whatIfPart: (bits: readonly string[], step: number, flow: string) => `${bits.join(', ')} before step ${step}${flow}`,
  whatIfs: (parts: readonly string[]) => `What-if: ${parts.join('; ')}`,
};
