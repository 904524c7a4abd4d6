// Share links: the address is the state. A link round-trips exactly into a new browser
// context; every link of the v1 corpus still opens; broken links open the default lesson
// with a translated notice and never an error.
import type { Browser, Page } from '@playwright/test';
import lz from 'lz-string';
import bareMetal from '../scenarios/bare-metal.json' with { type: 'json' };
import eraCorpus from '../src/link/fixtures/v1-era-links.json' with { type: 'json' };
import corpus from '../src/link/fixtures/v1-links.json' with { type: 'json' };
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

const picker = (page: Page) => page.getByLabel(/^(Scenario|场景)$/);
const narration = (page: Page) => page.getByRole('region', { name: /^(Narration|讲解)$/ });

/** What a person sees: enough to tell two views apart. */
async function observe(page: Page) {
  const bits = page.getByRole('region', { name: /^(Bits|控制位)$/ }).getByRole('switch');
  const switches: Record<string, string | null> = {};
  for (const s of await bits.all()) {
    const name = (await s.getAttribute('aria-label')) ?? (await s.textContent()) ?? '?';
    switches[name] = await s.getAttribute('aria-checked');
  }
  return {
    scenario: await picker(page).inputValue(),
    step: await page.getByRole('slider', { name: /^(Step|步骤)$/ }).inputValue(),
    lang: await page.locator('html').getAttribute('lang'),
    theme: await page.locator('html').getAttribute('data-theme'),
    switches,
    narration: ((await narration(page).textContent()) ?? '').replace(/\s+/g, ' '),
  };
}

async function openIsolated(browser: Browser, href: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(href);
  return { context, page, errors };
}

test('a link round-trips the exact state into a new browser context', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(narration(page)).toContainText('Step 0 of 5');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('Step 2 of 5');
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '深色主题' }).click();
  // The bits are a tab beside the stage (bare-metal's own focus is the routing panel).
  await showPanel(page, '控制位');
  const tge = page.getByRole('switch', { name: 'HCR_EL2.TGE' });
  const before = await tge.getAttribute('aria-checked');
  await tge.click();
  await expect(tge).not.toHaveAttribute('aria-checked', before ?? '');
  await expect(narration(page)).toContainText('第 2 步，共 5 步');
  await expect(page).toHaveURL(/[?&]s=1\./);
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page).toHaveURL(/theme=dark/);

  // "Copy link" copies exactly the address.
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  const href = page.url();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
  expect(href.length).toBeLessThan(200);

  const seen = await observe(page);
  expect(seen.switches['HCR_EL2.TGE']).toBe(before === 'true' ? 'false' : 'true');
  const other = await openIsolated(browser, href);
  await expect(narration(other.page)).toContainText('第 2 步，共 5 步');
  await showPanel(other.page, '控制位');
  await expect(other.page.getByRole('switch', { name: 'HCR_EL2.TGE' })).toHaveAttribute(
    'aria-checked',
    seen.switches['HCR_EL2.TGE'] ?? '',
  );
  expect(await observe(other.page)).toEqual(seen);
  expect(other.errors).toEqual([]);
  await other.context.close();
});

test('choosing another scenario adds a history entry; Back returns to the one before', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&step=2&lang=en');
  await expect(narration(page)).toContainText('Step 2 of 5');
  await picker(page).selectOption('type2-kvm-vhe');
  await expect(narration(page)).toContainText(/Step 0 of \d+/);
  await expect(page).toHaveURL(/scenario=type2-kvm-vhe/);
  await page.goBack();
  await expect(picker(page)).toHaveValue('bare-metal');
  await expect(narration(page)).toContainText('Step 2 of 5');
});

for (const { link, state } of corpus) {
  test(`the v1 link ${link.slice(0, 60)} opens without a notice`, async ({ page }) => {
    await page.goto(`./${link}`);
    const levels = page.getByRole('region', { name: /^(Exception levels|异常级别)$/ });
    await expect(levels).toBeVisible();
    if (state.embed) {
      await expect(page.getByRole('link', { name: /Open in VHE Lab/ })).toBeVisible();
      await expect(page.getByText(`Step ${state.step ?? 0} of`)).toBeVisible();
    } else {
      await expect(picker(page)).toHaveValue(state.scenario ?? 'type2-kvm-vhe');
      await expect(page.getByRole('slider', { name: /^(Step|步骤)$/ })).toHaveValue(String(state.step ?? 0));
    }
    if (state.lang) await expect(page.locator('html')).toHaveAttribute('lang', state.lang === 'zh' ? 'zh-Hans' : 'en');
    if (state.theme) await expect(page.locator('html')).toHaveAttribute('data-theme', state.theme);
    // No link notice (a what-if note in the narration is expected for links with what-ifs).
    await expect(page.getByRole('status').getByRole('note')).toHaveCount(0);
  });
}

const truncated = '?scenario=type2-kvm-vhe&step=7&s=1.N4Ig9iBcDa0AwBoDMCDsCCMBdB8EF';
const broken: [string, RegExp][] = [
  ['?step=abc&lang=en', /"abc" is not a step number/],
  ['?s=9.xxx&lang=en', /newer VHE Lab \(link format 9\)/],
  ['?s=1.garbage&lang=en', /damaged or cut short/],
  [`${truncated}&lang=en`, /damaged or cut short/],
  ['?scenario=nope&lang=en', /There is no scenario "nope"/],
  ['?step=abc&lang=zh', /“abc”不是有效的步骤编号/],
];
for (const [link, says] of broken) {
  test(`the broken link ${link} opens the default scenario with a notice`, async ({ page }) => {
    await page.goto(`./${link}`);
    const notice = page.getByRole('status').filter({ hasText: says });
    await expect(notice).toBeVisible();
    await expect(picker(page)).toHaveValue('type2-kvm-vhe');
    await expect(narration(page)).toContainText(/(Step 0 of|第 0 步)/);
    await notice.getByRole('button', { name: /Dismiss|关闭/ }).click();
    await expect(notice).toBeHidden();
  });
}

test('unknown parameters are ignored', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&step=1&lang=en&utm_source=slides&foo=bar');
  await expect(narration(page)).toContainText('Step 1 of 5');
  await expect(page.getByRole('status').getByRole('note')).toHaveCount(0);
});

/** A v1 link with a custom scenario (src/link/encode's format; lz-string is CommonJS here). */
const customLink = (scenario: string, step: number, custom: unknown) =>
  `scenario=${scenario}&step=${step}&lang=en&s=1.${lz.compressToEncodedURIComponent(JSON.stringify({ c: custom }))}`;

test('a custom scenario travels inside the link and plays like a built-in one', async ({ page, browser }) => {
  const data = { ...bareMetal, id: 'my-lab', title: { en: 'My lab', zh: '我的实验' } };
  const query = customLink('my-lab', 2, data);
  await page.goto(`./?${query}`);
  await expect(picker(page)).toHaveValue('my-lab');
  await expect(narration(page)).toContainText('Step 2 of 5');
  await expect(narration(page)).toContainText('My lab');
  await expect(page).toHaveURL(/[?&]s=1\./);
  // The address still carries it after a step: open that in a fresh browser.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('Step 3 of 5');
  // The address follows the lesson behind a short throttle (src/store/addressWriter.ts).
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  const other = await openIsolated(browser, page.url());
  await expect(narration(other.page)).toContainText('Step 3 of 5');
  await expect(picker(other.page)).toHaveValue('my-lab');
  expect(other.errors).toEqual([]);
  await other.context.close();

  // Invalid custom data: the default scenario, and a notice saying so.
  const bad = customLink('my-lab', 0, { ...data, flows: [] });
  await page.goto(`./?${bad}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'custom scenario in the link is not a valid' }),
  ).toBeVisible();
  await expect(picker(page)).toHaveValue('type2-kvm-vhe');
});

for (const { link, state } of eraCorpus) {
  test('an old link whose custom scenario names a boot era still opens, on a release, with a notice', async ({
    page,
  }) => {
    await page.goto(`./${link}&lang=en`);
    await expect(picker(page)).toHaveValue(state.scenario);
    await expect(narration(page)).toContainText(`Step ${state.step} of`);
    const notice = page.getByRole('status').filter({ hasText: 'now play on a release (5.10 → 5.10, 5.15+ → 5.15)' });
    await expect(notice).toBeVisible();
    // The link was followed: no "could not be followed" head line.
    await expect(page.getByRole('status').filter({ hasText: 'could not be followed' })).toHaveCount(0);
    await expect(narration(page)).toContainText('Linux 5.15');
  });
}
