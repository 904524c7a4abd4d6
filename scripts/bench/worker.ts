// (e) The rules in Node and in the page's worker: the full sweep (~50k decisions) and the
// round trip of one call. Goals (issue 2): sweep < 100 ms; p95 round trip < 2 ms.
import type { Browser } from '@playwright/test';
import { sweep } from '../../src/worker/sweep';
import { freshPage } from './browser';
import { median, percentile } from './stats';

export function benchNode(runs: number) {
  sweep(); // warm-up: JIT and the core's own tables
  const all = Array.from({ length: runs }, () => sweep());
  const first = all[0];
  if (!first) throw new Error('no sweep ran');
  return {
    decisions: first.decisions,
    errors: first.errors,
    checksum: first.checksum,
    medianMs: median(all.map((r) => r.ms)),
    minMs: Math.min(...all.map((r) => r.ms)),
  };
}

export async function benchWorker(browser: Browser, base: string, roundTrips: number, nodeChecksum: number | string) {
  const page = await freshPage(browser);
  try {
    await page.goto(base);
    await page
      .waitForFunction(() => window.__vheLab !== undefined, undefined, { timeout: 10_000 })
      .catch(() => {
        throw new Error('window.__vheLab is missing: build with VITE_TEST_HOOK=1 (or let the bench build)');
      });
    const web = await page.evaluate(async (n) => {
      const rules = window.__vheLab?.rules;
      if (!rules) throw new Error('window.__vheLab is missing');
      const state = await rules.defaultState();
      const time = async (f: () => Promise<unknown>) => {
        for (let i = 0; i < 50; i++) await f(); // warm-up
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          await f();
          out.push(performance.now() - t0);
        }
        return out;
      };
      const ping = await time(() => rules.ping());
      const irq = await time(() => rules.interruptTarget({ ...state, el: 0 }, 'IRQ'));
      await rules.sweep(); // warm-up
      const sweeps = [];
      for (let i = 0; i < 5; i++) sweeps.push(await rules.sweep());
      return { ping, irq, sweeps };
    }, roundTrips);
    const first = web.sweeps[0];
    return {
      pingP50Ms: percentile(web.ping, 50),
      pingP95Ms: percentile(web.ping, 95),
      interruptTargetP50Ms: percentile(web.irq, 50),
      interruptTargetP95Ms: percentile(web.irq, 95),
      calls: roundTrips,
      sweepMedianMs: median(web.sweeps.map((s) => s.ms)),
      sweepDecisions: first?.decisions,
      sweepChecksumMatchesNode: first?.checksum === nodeChecksum,
    };
  } finally {
    await page.context().close();
  }
}
