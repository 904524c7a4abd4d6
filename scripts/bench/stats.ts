// Small statistics and formatting helpers shared by the bench figures.

/** The p-th percentile (nearest rank) of xs; NaN when xs is empty. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i] ?? Number.NaN;
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

export const ms = (v: number, digits = 1): string => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export type Row = [measure: string, value: string, goal: string, status: string, last?: string];

export const status = (pass: boolean | undefined): string => (pass === undefined ? '' : pass ? 'ok' : 'MISSED');

/** A Markdown-style table, padded so it also reads well in a terminal. */
export function table(rows: readonly Row[]): string {
  const head: Row = ['measure', 'value', 'goal', 'status', 'last run'];
  const all = [head, ...rows].map((r): Row => [r[0], r[1], r[2], r[3], r[4] ?? '']);
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...all.map((r) => r[c]?.length ?? 0), 6));
  const line = (r: readonly (string | undefined)[]) =>
    `| ${r.map((v, i) => (v ?? '').padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(all[0] as Row), line(widths.map((n) => '-'.repeat(n))), ...all.slice(1).map(line)].join('\n');
}
