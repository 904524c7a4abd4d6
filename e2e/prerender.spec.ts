// The first view is painted from the build (scripts/prerender-plugin.ts) before the app's code
// has run: the default lesson's step 0, inert until React replaces it with the live stage,
// box for box in the same place. A visit that will show something else never sees it.
import { test as bare, type Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

/** Holds the app's scripts until `release()`: the page shows what the HTML alone paints. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((go) => {
    release = go;
  });
  await page.route(/\.js(\?.*)?$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where each actor of the diagram is drawn (page pixels). */
const actorBoxes = (page: Page) =>
  page.locator('svg.el-diagram .actor-box').evaluateAll((rects) =>
    rects.map((r) => {
      const b = r.getBoundingClientRect();
      return [Math.round(b.x), Math.round(b.y), Math.round(b.width), Math.round(b.height)];
    }),
  );

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`the stage is painted before the app runs, then goes live without moving (${size.width}x${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const release = await holdScripts(page);
    await page.goto('./', { waitUntil: 'commit' });
    const root = page.locator('#root');
    await expect(root).toHaveAttribute('data-prerender', 'type2-kvm-vhe');
    await expect(root).toHaveJSProperty('inert', true);
    const diagram = page.locator('section#exception-levels');
    await expect(diagram).toContainText('Host Linux + KVM (VHE)');
    await expect(page.locator('#narration')).toContainText('With FEAT_VHE');
    const before = await actorBoxes(page);
    expect(before.length).toBeGreaterThan(3);

    release();
    await expect(root).toHaveJSProperty('inert', false);
    await expect(root).not.toHaveAttribute('data-prerender');
    await expect(page.getByRole('region', { name: 'Narration' })).toContainText('Step 0 of');
    expect(await actorBoxes(page), 'the live diagram draws each actor where the picture had it').toEqual(before);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByRole('region', { name: 'Narration' })).toContainText('Step 1 of');
  });
}

test('a visit that shows something else never paints the default lesson', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./?scenario=nvhe-vs-vhe&lang=zh', { waitUntil: 'commit' });
  // The gate runs right after #root is parsed: by the time <noscript> exists, it has run.
  await page.locator('noscript').waitFor({ state: 'attached' });
  expect(await page.locator('#root').evaluate((r) => r.childElementCount)).toBe(0);
  release();
  await expect(page.getByRole('region', { name: '讲解' })).toContainText(/第 0 步/);
});

test('the theme is applied before the app runs (the system is dark here)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('#root')).toHaveAttribute('data-prerender', 'type2-kvm-vhe');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  release();
  await expect(page.locator('#root')).toHaveJSProperty('inert', false);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

// Outside the quiet-page fixture: the browser itself logs the failed request.
bare('when the app’s code cannot load, the picture says it does not respond', async ({ page }) => {
  await page.route(/\/assets\/app-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('did not load');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.locator('#root')).toHaveJSProperty('inert', true);
});
