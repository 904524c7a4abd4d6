// (b) Time to the first view and to the first interactive panel, against a blank Vite + React
// page served the same way in the same run. Each load is cold (new context). A MutationObserver
// installed before any page script notes when each condition first holds, from navigation
// start (performance.now() in the page). A view counts once it is painted: the later of that
// moment and the page's first contentful paint (the browser's own paint timing), the same way
// for both pages. "Live" is the frame after the app's own render has replaced the prerender
// (once the page has painted at all).
import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { median } from './stats';

/** The stage is drawn (the first view, from the build's prerender or the app): the "Next step" button is enabled and the Exception levels diagram drew its actors. */
const STAGE_DRAWN = `(() => {
  const next = [...document.querySelectorAll('button')].find((b) => (b.textContent || '').trim() === 'Next step');
  if (!next || next.disabled) return false;
  const texts = document.querySelectorAll('section[aria-label="Exception levels"] svg text');
  return [...texts].some((t) => (t.textContent || '').trim() !== '');
})()`;

/** Interactive: the app's own render has replaced the inert prerender. */
const APP_LIVE = `(${STAGE_DRAWN} && !document.getElementById('root').inert)`;

const BLANK_READY = `document.querySelector('button') !== null`;

const watcher = (conditions: Record<string, string>) => `(() => {
  // Layout shifts (CLS) from navigation on: the first view must not jump when the app, then the worker's run, arrives.
  window.__benchCls = 0;
  window.__bench = {};
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__benchCls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const conditions = { ${Object.entries(conditions)
    .map(([name, test]) => `${JSON.stringify(name)}: () => ${test}`)
    .join(', ')} };
  const seen = {};
  const check = () => {
    for (const [name, test] of Object.entries(conditions)) {
      if (seen[name] || !test()) continue;
      seen[name] = performance.now();
      requestAnimationFrame(() => { window.__bench[name] = { seen: seen[name], frame: performance.now() }; });
    }
    if (Object.keys(seen).length === Object.keys(conditions).length) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

async function coldLoad(
  browser: Browser,
  url: string,
  conditions: Record<string, string>,
  settle = 0,
): Promise<{ at: Record<string, { seen: number; frame: number }>; fcp: number; cls: number }> {
  const page = await freshPage(browser);
  try {
    await page.addInitScript({ content: watcher(conditions) });
    await page.goto(url);
    const names = Object.keys(conditions);
    const handle = await page.waitForFunction(
      (names) => {
        const at = (window as { __bench?: Record<string, number> }).__bench ?? {};
        return names.every((n) => at[n] !== undefined) && at;
      },
      names,
      { timeout: 30_000 },
    );
    const at = (await handle.jsonValue()) as unknown as Record<string, { seen: number; frame: number }>;
    const fcp = await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, {
        timeout: 30_000,
      })
      .then((h) => h.jsonValue() as Promise<number>);
    // The shifts that follow readiness too (the worker's run replacing the built step 0).
    if (settle) await page.waitForTimeout(settle);
    const cls = await page.evaluate(() => (window as { __benchCls?: number }).__benchCls ?? 0);
    return { at, fcp, cls };
  } finally {
    await page.context().close();
  }
}

export interface LoadFigures {
  /** The stage painted (from the build's prerender, before the app's code has run). */
  viewMs: number[];
  /** The stage live (the app's first render has replaced the prerender). */
  liveMs: number[];
  blankMs: number[];
  viewMedianMs: number;
  liveMedianMs: number;
  blankMedianMs: number;
  /** First view / blank page: the goal (≤ 1.5×). */
  ratio: number;
  /** Interactive / blank page. */
  liveRatio: number;
  /** The worst cumulative layout shift of the app's loads, until 1 s after it is live. */
  clsMax: number;
}

/** When a view was on screen: once it was in the page and the page had painted. */
function painted(at: { seen: number } | undefined, fcp: number): number {
  if (!at) throw new Error('bench: a condition never held');
  return Math.max(at.seen, fcp);
}

/** `runs` cold loads of each page, interleaved so drift in the machine's load hits both. */
export async function timeToInteractive(
  browser: Browser,
  appBase: string,
  blankBase: string,
  runs: number,
): Promise<LoadFigures> {
  const appUrl = `${appBase}?scenario=type2-kvm-vhe&lang=en`;
  const app = { view: STAGE_DRAWN, live: APP_LIVE };
  const blank = { ready: BLANK_READY };
  // One unmeasured load each: the first navigation of a browser pays for its own start-up.
  await coldLoad(browser, blankBase, blank);
  await coldLoad(browser, appUrl, app);
  const viewMs: number[] = [];
  const liveMs: number[] = [];
  const blankMs: number[] = [];
  let clsMax = 0;
  for (let i = 0; i < runs; i++) {
    const b = await coldLoad(browser, blankBase, blank);
    blankMs.push(painted(b.at.ready, b.fcp));
    const load = await coldLoad(browser, appUrl, app, 1000);
    viewMs.push(painted(load.at.view, load.fcp));
    // Live and painted: without a prerender the app's first render is also its first paint.
    liveMs.push(Math.max((load.at.live as { frame: number }).frame, load.fcp));
    clsMax = Math.max(clsMax, load.cls);
  }
  const viewMedianMs = median(viewMs);
  const liveMedianMs = median(liveMs);
  const blankMedianMs = median(blankMs);
  return {
    viewMs,
    liveMs,
    blankMs,
    viewMedianMs,
    liveMedianMs,
    blankMedianMs,
    ratio: viewMedianMs / blankMedianMs,
    liveRatio: liveMedianMs / blankMedianMs,
    clsMax,
  };
}
