// (d) A what-if bit toggle until every panel on screen shows the result: with the Bits tab
// open beside the stage, click the switch, then wait (MutationObserver) until the Exception
// levels diagram, the Narration and the Bits panel hold the text they settle on for that bit
// value, then one more requestAnimationFrame (the frame that paints it). The two settled texts are learnt first,
// by toggling twice and waiting; a region whose text does not depend on the bit is reported
// and not waited for.
import type { Browser } from '@playwright/test';
import { openApp } from './browser';
import { percentile } from './stats';

export const TOGGLE_REGIONS = ['Exception levels', 'Narration', 'Bits'] as const;

export interface ToggleFigures {
  bit: string;
  step: number;
  toggles: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  timedOut: number;
  /** Regions whose text differs between the bit's two values (the ones waited for). */
  regionsChanged: string[];
}

export async function toggleToRepaint(
  browser: Browser,
  base: string,
  opts: { bit: string; step: number; toggles: number },
): Promise<ToggleFigures> {
  const page = await openApp(browser, base, `scenario=type2-kvm-vhe&step=${opts.step}`);
  try {
    // The switches are in the Bits tab beside the stage.
    await page.getByRole('tab', { name: /Bits/ }).click();
    await page.getByRole('switch', { name: opts.bit }).waitFor();
    const raw = await page.evaluate(
      async ({ bit, names, toggles }) => {
        const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
        const region = (n: string) => document.querySelector(`section[aria-label="${n}"]`);
        const texts = () => names.map((n) => region(n)?.textContent ?? '');
        const click = () => {
          const sw = document.querySelector<HTMLButtonElement>(`button[role="switch"][aria-label="${bit}"]`);
          if (!sw) throw new Error(`no switch named ${bit}`);
          sw.click();
        };
        const SETTLE_MS = 800; // longer than the 600 ms transitions and a worker round trip
        const states: string[][] = [];
        for (let k = 0; k < 2; k++) {
          click();
          await sleep(SETTLE_MS);
          states.push(texts());
        }
        const changes = names.map((_, j) => states[0]?.[j] !== states[1]?.[j]);
        const times: number[] = [];
        let timedOut = 0;
        for (let i = 0; i < toggles; i++) {
          const target = states[i % 2] ?? [];
          const t0 = performance.now();
          const done = new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => check());
            const timer = setTimeout(() => {
              observer.disconnect();
              resolve(Number.NaN);
            }, 3000);
            const check = () => {
              const ok = names.every((n, j) => !changes[j] || (region(n)?.textContent ?? '') === target[j]);
              if (!ok) return;
              observer.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => resolve(performance.now() - t0));
            };
            for (const n of names) {
              const r = region(n);
              if (r) observer.observe(r, { subtree: true, childList: true, attributes: true, characterData: true });
            }
          });
          click();
          const t = await done;
          if (Number.isNaN(t)) timedOut++;
          else times.push(t);
          await sleep(SETTLE_MS);
        }
        return { times, timedOut, changed: names.filter((_, j) => changes[j]) };
      },
      { bit: opts.bit, names: [...TOGGLE_REGIONS], toggles: opts.toggles },
    );
    return {
      bit: opts.bit,
      step: opts.step,
      toggles: opts.toggles,
      p50Ms: percentile(raw.times, 50),
      p95Ms: percentile(raw.times, 95),
      maxMs: raw.times.length ? Math.max(...raw.times) : Number.NaN,
      timedOut: raw.timedOut,
      regionsChanged: raw.changed,
    };
  } finally {
    await page.context().close();
  }
}
