// Shared well (issue 15): a link carries only what its sender chose, the reader's language,
// theme and large text are theirs and kept on their device, the theme follows the system
// until picked, a wrong path meets a real "not found" page, a printed step is clean, and the
// page says what it is to link previews and to the browser (manifest, icons, theme-color).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const narration = (page: Page) => page.getByRole('region', { name: /^(Narration|讲解)$/ });
const html = (page: Page) => page.locator('html');

test('a copied link carries the lesson but not the sender’s language or theme', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?scenario=bare-metal');
  await expect(narration(page)).toContainText('Step 0 of 5');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '深色主题' }).click();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]scenario=bare-metal(&|$)/);
  expect(link).toMatch(/[?&]step=1(&|$)/);
  expect(link).not.toMatch(/lang=|theme=/);

  // The receiver: their own (system) theme and language.
  const receiver = await browser.newContext({ colorScheme: 'light', locale: 'en-GB' });
  const other = await receiver.newPage();
  await other.goto(link);
  await expect(narration(other)).toContainText('Step 1 of 5');
  await expect(html(other)).toHaveAttribute('data-theme', 'light');
  await expect(html(other)).toHaveAttribute('lang', 'en');
  await receiver.close();

  // The sender's own choices stay on their device.
  await page.goto('./?scenario=type1-xen');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(html(page)).toHaveAttribute('lang', 'zh-Hans');
});

test('a link that sets language and theme on purpose applies them to its view only', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?scenario=bare-metal&step=2&lang=zh&theme=dark');
  await expect(narration(page)).toContainText('第 2 步，共 5 步');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  // It stays in the address (it was set on purpose), following the view.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page).toHaveURL(/theme=dark/);
  // But it is not the reader's setting: a plain visit is theirs again.
  await page.goto('./?scenario=bare-metal');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await expect(html(page)).toHaveAttribute('lang', 'en');
});

test('the theme follows the system until the reader picks one, and the pick and large text are kept', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?scenario=bare-metal');
  await expect(narration(page)).toContainText('Step 0 of 5');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await expect(page).not.toHaveURL(/theme=/);

  // Picked: dark, whatever the system says from now on, and after a reload.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Large text' }).click();
  await expect(html(page)).toHaveAttribute('data-large-text', 'on');
  await page.reload();
  await expect(narration(page)).toContainText('Step 0 of 5');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(html(page)).toHaveAttribute('data-large-text', 'on');
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute('content', '#0f1217');
  await expect(page).not.toHaveURL(/theme=|lang=/);
});

test('a deep or unknown path shows a real "not found" page that links to the lab', async ({
  page,
  baseURL,
  pageErrors,
}) => {
  for (const path of ['no/such/page', 'scenario/type2-kvm-vhe', 'assets/missing.js']) {
    const response = await page.goto(`./${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '找不到页面' })).toBeVisible();
  }
  // The browser logs each 404 it was given; those are the point here.
  expect(
    pageErrors.every((e) => /404/.test(e)),
    pageErrors.join('\n'),
  ).toBe(true);
  pageErrors.length = 0;
  await page.getByRole('link', { name: 'Open VHE Lab' }).click();
  // The lab's own page (it then writes the lesson it shows into the query).
  await expect(page).toHaveURL((url) => url.href.startsWith(new URL('/', baseURL).href) && url.pathname === '/');
  await expect(narration(page)).toContainText(/Step 0 of \d+/);
});

test('printing a step gives the stage and the narration, without the controls', async ({ page }, testInfo) => {
  await page.goto('./?scenario=type2-kvm-vhe&step=9&lang=en&theme=dark');
  await expect(narration(page)).toContainText('Step 9 of 35');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Exception levels' })).toBeVisible();
  await expect(narration(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'VHE Lab', level: 1 })).toBeVisible();
  for (const hidden of [
    page.getByRole('group', { name: 'Playback' }),
    page.getByRole('button', { name: 'Next step' }),
    page.getByLabel('Scenario', { exact: true }),
    page.getByRole('region', { name: 'Bits' }),
    page.getByRole('button', { name: 'Copy link' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  // Paper is white whatever the screen theme.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
});

test('the page describes itself to link previews, the browser and installers', async ({ page, request }) => {
  await page.goto('./?scenario=type2-kvm-vhe&lang=en');
  await expect(page).toHaveTitle('KVM with VHE: the host kernel at EL2 · Step 0 of 35 · VHE Lab');
  const meta = async (sel: string) => page.locator(sel).first().getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toContain('VHE Lab');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await meta('meta[property="og:image"]');
  expect(image).toBeTruthy();
  const png = await request.get(new URL(image ?? '', page.url()).href);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(await meta('meta[name="theme-color"]')).toMatch(/^#[0-9a-f]{6}$/);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href ?? '', page.url()).href)).json();
  expect(manifest.name).toBe('VHE Lab');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    expect((await request.get(new URL(icon.src, page.url()).href)).ok(), icon.src).toBe(true);
  }
  // Installable: Chromium finds no manifest errors.
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
});
