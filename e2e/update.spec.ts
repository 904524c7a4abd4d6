// A deploy while a tab is open (issue 15): build A is served, the tab opens it, the host
// switches to build B (every asset name changed). The open tab keeps working on A (steps, a
// lazily loaded dialog whose chunk B no longer has), is offered the update, and takes it.
import { join } from 'node:path';
import { build } from 'vite';
import { type StaticServer, startStaticServer } from '../e2e-engines/server';
import { expect, test } from './fixtures/test';

const ROOT = join(import.meta.dirname, '..');

async function buildInto(outDir: string, banner: string) {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [{ name: 'release-banner', renderChunk: (code) => ({ code: `${banner}\n${code}`, map: null }) }],
  });
}

test.describe.configure({ mode: 'serial' });

let server: StaticServer;
const A = join(ROOT, 'test-results/deploy-a');
const B = join(ROOT, 'test-results/deploy-b');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Two releases of the same source: one statement added to every chunk changes every hash.
  await buildInto(A, 'globalThis.__release = "A";');
  await buildInto(B, 'globalThis.__release = "B";');
  server = await startStaticServer({ root: A });
});
test.afterAll(async () => {
  await server?.close();
});

test('an open tab survives a deploy, then is offered the update and takes it', async ({ page }) => {
  test.setTimeout(90_000);
  const narration = page.getByRole('region', { name: 'Narration' });
  await page.goto(`${server.url}?scenario=bare-metal&lang=en`);
  await expect(narration).toContainText('Step 0 of 5');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const entryA = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.src);

  // The deploy: the host now has release B only.
  server.setRoot(B);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const offer = page.getByRole('status').filter({ hasText: 'A new version of VHE Lab is ready' });
  await expect(offer).toBeVisible({ timeout: 30_000 });

  // The tab still runs release A: it steps, and a dialog loaded on demand (a chunk release B
  // does not have) opens, from A's cache.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration).toContainText('Step 1 of 5');
  const before = server.requests.length;
  await page.getByRole('button', { name: 'Open scenario' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Scenario JSON')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(
    server.requests.slice(before).filter((p) => p.startsWith('/assets/')),
    'no asset from the network',
  ).toEqual([]);
  expect(await page.evaluate(() => caches.keys().then((k) => k.length))).toBe(2);

  // Accepting reloads into release B, at the same step; A's cache goes once no tab runs it.
  await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload to update' }).click()]);
  const entryB = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.src);
  expect(entryB).toMatch(/\/assets\/index-.+\.js$/);
  expect(entryB).not.toBe(entryA);
  await expect(narration).toContainText('Step 1 of 5');
  await expect(offer).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => caches.keys().then((k) => k.length)), { timeout: 15_000 }).toBe(1);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration).toContainText('Step 2 of 5');
});
