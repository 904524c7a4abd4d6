// The first view's weight, measured in the browser: every JS and CSS file the page's own
// thread fetches from navigation until the network is idle (Resource Timing of the page,
// so what the rules worker and the service worker fetch on their threads is not counted),
// each gzip -9. The bench (a) and the size gate (e2e/size.spec.ts) both call this.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** The first view's budget: page-thread JS + CSS, gzip -9, in KB (1024 bytes). */
export const FIRST_VIEW_BUDGET_KB = 130;

/** The address weighed: the default scenario, as a first-time English visitor opens it. */
export const FIRST_VIEW_QUERY = '?lang=en';

export interface FirstViewFile {
  file: string;
  gzip: number;
}

export interface FirstViewSize {
  files: FirstViewFile[];
  gzipBytes: number;
  /** Scripts the page started as workers (initiator "other"): they run on their own thread. */
  workers: FirstViewFile[];
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Loads `url` in `page` (a fresh context: cold cache, no service worker) and weighs what it fetched. */
export async function firstViewSize(page: Page, url: string): Promise<FirstViewSize> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (r) => {
    if (/\.(js|css)(\?|$)/.test(new URL(r.url()).pathname))
      bodies.set(
        r.url(),
        r.body().catch(() => null),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The page thread's own resource entries (a worker keeps its own timeline).
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, initiator: (e as PerformanceResourceTiming).initiatorType })),
  );
  const files: FirstViewFile[] = [];
  const workers: FirstViewFile[] = [];
  const seen = new Set<string>();
  for (const { name, initiator } of fetched) {
    const path = new URL(name).pathname;
    if (seen.has(name) || !/\.(js|css)$/.test(path)) continue;
    seen.add(name);
    const body = await bodies.get(name);
    if (!body) throw new Error(`first view: no body recorded for ${name}`);
    const file = { file: path.replace(/^.*\/assets\//, 'assets/'), gzip: gz(body) };
    // A JS file not fetched as a script, a module or a stylesheet: a worker's own script.
    (initiator === 'other' && path.endsWith('.js') ? workers : files).push(file);
  }
  files.sort((a, b) => b.gzip - a.gzip);
  return { files, gzipBytes: files.reduce((n, f) => n + f.gzip, 0), workers };
}

/** One line per file and the total, for logs. */
export function describeFirstView(size: FirstViewSize): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = size.files.map((f) => `  ${kb(f.gzip).padStart(9)}  ${f.file}`);
  const apart = size.workers.map((f) => `  ${kb(f.gzip).padStart(9)}  ${f.file} (worker thread, not counted)`);
  return [
    `first view, page-thread JS + CSS (gzip -9): ${kb(size.gzipBytes)} of ${FIRST_VIEW_BUDGET_KB} KB`,
    ...lines,
    ...apart,
  ].join('\n');
}
