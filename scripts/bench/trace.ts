// (g) Opening a QEMU trace (issue 14): a 100,000-line -d int log, made by repeating the
// shipped mini-hyp sample, read and explained in the page's worker (load time) and in Node
// (load time and peak heap, sampled at every progress report and at the end).
// Goal: < 2 s to load; the heap bounded by the events kept, not by the file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Browser } from '@playwright/test';
import { openTrace } from '../../src/trace/open';
import { freshPage } from './browser';
import { median } from './stats';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A log of `n` lines: the sample's exceptions and returns over and over. */
export function traceLog(n = 100_000): string {
  const sample = readFileSync(join(ROOT, 'examples/mini-hyp/sample/mini-hyp.log'), 'utf8');
  const body = sample.trim().split('\n').slice(0, -3); // without the final SMC and QEMU exit
  const lines: string[] = [];
  while (lines.length < n) lines.push(...body);
  return `${lines.slice(0, n).join('\n')}\n`;
}

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export async function benchTraceNode(runs = 3) {
  const text = traceLog();
  const blob = new Blob([text]);
  const times: number[] = [];
  let peak = 0;
  let events = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const base = process.memoryUsage().heapUsed;
    let top = base;
    const t0 = performance.now();
    const r = await openTrace({ log: blob, name: 'bench.log' }, () => {
      top = Math.max(top, process.memoryUsage().heapUsed);
    });
    times.push(performance.now() - t0);
    top = Math.max(top, process.memoryUsage().heapUsed);
    peak = Math.max(peak, top - base);
    if (r.ok) events = r.events;
  }
  return { lines: 100_000, bytes: blob.size, events, medianMs: median(times), peakHeapMB: peak / 2 ** 20 };
}

export async function benchTraceWorker(browser: Browser, base: string, runs = 3) {
  const page = await freshPage(browser);
  try {
    await page.goto(base);
    await page.waitForFunction(() => window.__vheLab !== undefined);
    const times = await page.evaluate(
      async ({ text, n }) => {
        const rules = window.__vheLab?.rules;
        if (!rules) throw new Error('window.__vheLab is missing');
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          const r = await rules.openTrace({ log: new Blob([text]), name: 'bench.log' });
          if (!r.ok) throw new Error(`the trace did not open: ${r.reason}`);
          out.push(performance.now() - t0);
        }
        return out;
      },
      { text: traceLog(), n: runs },
    );
    return { medianMs: median(times), firstMs: times[0] ?? Number.NaN };
  } finally {
    await page.context().close();
  }
}
