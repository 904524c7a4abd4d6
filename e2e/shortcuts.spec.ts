// The action registry seen from the keyboard: one table gives the keys, the buttons'
// aria-keyshortcuts and the shortcuts help; single-key shortcuts can be turned off (WCAG 2.1.4).
import { expect, test } from './fixtures/test';

const stepCount = (page: import('@playwright/test').Page) =>
  page.getByRole('group', { name: 'Playback' }).locator('.step-count');

test('the help lists every action with its keys, and each key does what the help says', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en');
  await expect(stepCount(page)).toHaveText('Step 0 of 5');

  // Buttons name their keys.
  await expect(page.getByRole('button', { name: 'Next step' })).toHaveAttribute(
    'aria-keyshortcuts',
    'ArrowRight PageDown',
  );
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-keyshortcuts', 'T');

  // "?" opens the help; it names the keys of the buttons.
  await page.locator('body').press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const [keys, what] of [
    ['→ or Page Down', 'Next step'],
    ['Space', 'Play or pause'],
    ['T', 'Dark or light theme'],
    ['C', 'Copy link'],
    ['1–5', 'Side panel tabs'],
  ] as const) {
    await expect(help.locator('dt', { hasText: keys }).first()).toBeVisible();
    await expect(help.getByText(what, { exact: true })).toBeVisible();
  }
  // Escape closes it and gives focus back to the page (the help button opened nothing: the key did).
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The keys work: T switches the theme, R restarts, arrows step.
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.keyboard.press('t');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(stepCount(page)).toHaveText('Step 2 of 5');
  await page.keyboard.press('r');
  await expect(stepCount(page)).toHaveText('Step 0 of 5');
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the header button opens the help; single-key shortcuts can be turned off and stay off', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en');
  await expect(stepCount(page)).toHaveText('Step 0 of 5');
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await expect(opener).toBeFocused();

  // Letters do nothing now; arrows still step; the buttons no longer claim the letters.
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.locator('body').press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? '');
  await expect(page.getByRole('button', { name: 'Dark theme' })).not.toHaveAttribute('aria-keyshortcuts', /.+/);
  await page.locator('body').press('ArrowRight');
  await expect(stepCount(page)).toHaveText('Step 1 of 5');

  // Remembered on this device.
  await page.reload();
  await expect(stepCount(page)).toHaveText(/Step \d of 5/);
  await page.locator('body').press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme ?? '');
});

test('a letter typed in a text field stays there', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en');
  await expect(stepCount(page)).toHaveText('Step 0 of 5');
  await page.getByRole('button', { name: 'Open scenario' }).click();
  const dialog = page.getByRole('dialog');
  const text = dialog.getByRole('textbox').first();
  await text.fill('');
  await text.pressSequentially('trace');
  await expect(text).toHaveValue('trace');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
