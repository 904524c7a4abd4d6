// (b) Time to the first interactive panel, against a blank Vite + React page served the
// same way in the same run. Each load is cold (new context). A MutationObserver installed
// before any page script notes the first moment the page is ready, measured from navigation
// start (performance.now() in the page).
import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { median } from './stats';

/** Ready: the "Next step" button is enabled and the Exception levels diagram drew its actors. */
const APP_READY = `(() => {
  const next = [...document.querySelectorAll('button')].find((b) => (b.textContent || '').trim() === 'Next step');
  if (!next || next.disabled) return false;
  const texts = document.querySelectorAll('section[aria-label="Exception levels"] svg text');
  return [...texts].some((t) => (t.textContent || '').trim() !== '');
})()`;

const BLANK_READY = `document.querySelector('button') !== null`;

const watcher = (condition: string) => `(() => {
  // Layout shifts (CLS) from navigation on: the built step 0 must not jump when the worker's run arrives.
  window.__benchCls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__benchCls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const check = () => {
    if (window.__benchReady !== undefined) return;
    if (${condition}) { window.__benchReady = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

async function coldLoad(
  browser: Browser,
  url: string,
  condition: string,
  settle = 0,
): Promise<{ readyMs: number; cls: number }> {
  const page = await freshPage(browser);
  try {
    await page.addInitScript({ content: watcher(condition) });
    await page.goto(url);
    const handle = await page.waitForFunction(() => (window as { __benchReady?: number }).__benchReady, undefined, {
      timeout: 30_000,
    });
    const readyMs = (await handle.jsonValue()) as number;
    // The shifts that follow readiness too (the worker's run replacing the built step 0).
    if (settle) await page.waitForTimeout(settle);
    const cls = await page.evaluate(() => (window as { __benchCls?: number }).__benchCls ?? 0);
    return { readyMs, cls };
  } finally {
    await page.context().close();
  }
}

export interface LoadFigures {
  appMs: number[];
  blankMs: number[];
  appMedianMs: number;
  blankMedianMs: number;
  ratio: number;
  /** The worst cumulative layout shift of the app's loads, until 1 s after ready. */
  clsMax: number;
}

/** `runs` cold loads of each page, interleaved so drift in the machine's load hits both. */
export async function timeToInteractive(
  browser: Browser,
  appBase: string,
  blankBase: string,
  runs: number,
): Promise<LoadFigures> {
  const appUrl = `${appBase}?scenario=type2-kvm-vhe&lang=en`;
  // One unmeasured load each: the first navigation of a browser pays for its own start-up.
  await coldLoad(browser, blankBase, BLANK_READY);
  await coldLoad(browser, appUrl, APP_READY);
  const appMs: number[] = [];
  const blankMs: number[] = [];
  let clsMax = 0;
  for (let i = 0; i < runs; i++) {
    blankMs.push((await coldLoad(browser, blankBase, BLANK_READY)).readyMs);
    const app = await coldLoad(browser, appUrl, APP_READY, 1000);
    appMs.push(app.readyMs);
    clsMax = Math.max(clsMax, app.cls);
  }
  const appMedianMs = median(appMs);
  const blankMedianMs = median(blankMs);
  return { appMs, blankMs, appMedianMs, blankMedianMs, ratio: appMedianMs / blankMedianMs, clsMax };
}
