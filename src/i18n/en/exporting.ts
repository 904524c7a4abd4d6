// Export menu strings.
export const exporting = {
  export: 'Export',
  svg: 'Download SVG',
  png: 'Download PNG (2×)',
  failed: (why: string) => `The picture could not be made: ${why}`,
  outcome: 'Outcome',
  because: 'Because',
  summary: 'What this scenario shows',
};
