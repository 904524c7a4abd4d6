// The main view, as a student and a lecturer use it: pick, step, play, keys, languages,
// themes; every scenario plays to its end; panel screenshots for a human to look at.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

const narration = (page: Page) => page.getByRole('region', { name: 'Narration' });
const stepSlider = (page: Page) => page.getByRole('slider', { name: 'Step' });

async function open(page: Page, query = 'scenario=bare-metal&lang=en&theme=light') {
  await page.goto(`./?${query}`);
  await expect(narration(page)).toContainText(/Step \d+ of \d+/);
}

test('opens with every panel named and the default scenario ready', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { name: 'VHE Lab', level: 1 })).toBeVisible();
  for (const name of ['Exception levels', 'Narration']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  // The state panels are tabs beside the stage, each one click away.
  for (const name of ['Bits', 'Exception routing', 'Register redirection', 'Address spaces', 'Register file']) {
    await expect(await showPanel(page, name)).toBeVisible();
  }
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('type2-kvm-vhe');
  await expect(narration(page)).toContainText(/Step 0 of \d+/);
});

test('picks a scenario and steps it with Next, Previous, Play and Restart', async ({ page }) => {
  await open(page, 'lang=en');
  await page.getByLabel('Scenario', { exact: true }).selectOption('bare-metal');
  await expect(narration(page)).toContainText('Step 0 of 5');
  await expect(page).toHaveURL(/scenario=bare-metal/);

  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('Step 1 of 5');
  await expect(narration(page)).toContainText('SVC #0 write() from bash (EL0) taken to EL1, Linux kernel');
  await expect(stepSlider(page)).toHaveAttribute('aria-valuetext', /Step 1 of 5: SVC/);
  await expect(page).toHaveURL(/step=1/);

  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(narration(page)).toContainText('Step 0 of 5');

  await page.getByLabel('Speed', { exact: true }).selectOption({ label: '4×' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(narration(page)).toContainText('Step 5 of 5', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(narration(page)).toContainText('Step 0 of 5');
});

test('presenter keys: arrows, PageUp/PageDown, Home/End and Space', async ({ page }) => {
  await open(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText('Step 1 of 5');
  await page.keyboard.press('PageDown');
  await expect(narration(page)).toContainText('Step 2 of 5');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(narration(page)).toContainText('Step 0 of 5');
  await page.keyboard.press('End');
  await expect(narration(page)).toContainText('Step 5 of 5');
  await page.keyboard.press('Home');
  await expect(narration(page)).toContainText('Step 0 of 5');

  await page.getByLabel('Speed', { exact: true }).selectOption({ label: '0.5×' });
  // Space on a focused button presses that button (here Next), never play/pause.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('Step 1 of 5');
  await page.keyboard.press('Space');
  await expect(narration(page)).toContainText('Step 2 of 5');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // With nothing pressable focused, Space plays and pauses.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(narration(page)).toContainText('Step 2 of 5');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the timeline slider scrubs to any step', async ({ page }) => {
  await open(page);
  await stepSlider(page).fill('3');
  await expect(narration(page)).toContainText('Step 3 of 5');
  await expect(stepSlider(page)).toHaveAttribute('aria-valuetext', 'Step 3 of 5: ERET');
});

test('switches to Simplified Chinese: panel names, controls and narration', async ({ page }) => {
  await open(page, 'scenario=bare-metal&step=1&lang=en');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  const zh = page.getByRole('region', { name: '讲解' });
  await expect(zh).toContainText('第 1 步，共 5 步');
  await expect(zh).toContainText('系统调用号');
  await expect(page.getByRole('region', { name: '异常级别', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
  await expect(page).toHaveURL(/lang=zh/);
});

test('the theme switch sets data-theme and the address remembers it', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/theme=dark/);
});

test('an unknown scenario in the address falls back with a notice', async ({ page }) => {
  await page.goto('./?scenario=no-such-thing&lang=en');
  await expect(page.getByRole('note')).toContainText('There is no scenario "no-such-thing"');
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('type2-kvm-vhe');
  await expect(narration(page)).toContainText(/Step 0 of \d+/);
});

test('the address opens a scenario at a step', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&step=4&lang=en');
  await expect(narration(page)).toContainText('Step 4 of 5');
  await expect(page.getByRole('region', { name: 'Exception levels' })).toContainText('Linux kernel');
});

test('every scenario in the picker plays through to its last step', async ({ page }) => {
  test.setTimeout(720_000); // eighteen scenarios, ~480 steps, on a 2-core CI machine
  await open(page);
  const ids = await page
    .getByLabel('Scenario', { exact: true })
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(ids.length).toBeGreaterThanOrEqual(1);
  for (const id of ids) {
    await page.getByLabel('Scenario', { exact: true }).selectOption(id);
    await expect(narration(page)).toContainText(/Step 0 of \d+/);
    const max = Number(await stepSlider(page).getAttribute('max'));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let n = 1; n <= max; n++) {
      await page.keyboard.press('ArrowRight');
      await expect(stepSlider(page), `${id} step ${n}`).toHaveValue(String(n));
    }
    await expect(narration(page)).toContainText(`Step ${max} of ${max}`);
  }
});

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`screenshots of each panel (${theme}, ${lang})`, async ({ page }, testInfo) => {
      // Tall enough that no panel scrolls under the sticky playback bar.
      await page.setViewportSize({ width: 1280, height: 4000 });
      await page.goto(`./?scenario=type2-kvm-vhe&step=3&lang=${lang}&theme=${theme}`);
      await expect(page.getByRole('slider')).toHaveValue('3');
      for (const id of ['exception-levels', 'narration']) {
        await page.locator(`#${id}`).screenshot({ path: testInfo.outputPath(`${id}-${theme}-${lang}.png`) });
      }
      for (const section of await page.locator('main section.panel[aria-label]').all()) {
        const name = (await section.getAttribute('aria-label')) ?? 'panel';
        const file = name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
        await section.screenshot({ path: testInfo.outputPath(`panel-${file}-${theme}-${lang}.png`) });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: testInfo.outputPath(`page-${theme}-${lang}.png`) });
    });
  }
}

test('a what-if is announced in the narration and can be cleared', async ({ page }) => {
  await open(page, 'scenario=bare-metal&step=1&lang=en');
  await (await showPanel(page, 'Bits')).getByRole('switch', { name: 'HCR_EL2.TGE' }).click();
  const clear = narration(page).getByRole('button', { name: 'Clear what-ifs' });
  await expect(clear).toBeVisible();
  await expect(narration(page)).toContainText('1 what-if is applied.');
  await clear.click();
  await expect(clear).toBeHidden();
  await expect(narration(page)).toContainText('Step 1 of 5');
});
