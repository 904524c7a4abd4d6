// Chromium for the page figures: Debian's build, as in the e2e tests.
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (cold cache, no service worker) and page. tsx (esbuild keepNames) wraps
 * named functions in `__name(...)`; functions passed to page.evaluate are serialised with
 * those calls, so the page needs a no-op `__name`.
 */
export async function freshPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return page;
}

/** The app's page for one scenario, in English, with the lesson ready to step. */
export async function openApp(browser: Browser, base: string, query: string): Promise<Page> {
  const page = await freshPage(browser);
  await page.goto(`${base}?${query}&lang=en`);
  await page.getByRole('button', { name: 'Next step' }).waitFor();
  await page.waitForFunction(() => {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next step');
    return next && !next.disabled;
  });
  return page;
}
