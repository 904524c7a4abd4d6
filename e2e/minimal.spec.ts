import { expect, test } from './fixtures/test';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByLabel('Current EL')).toBeVisible();
});

const targetEL = (page: import('@playwright/test').Page) =>
  page.getByRole('row', { name: /^Target EL/ }).getByRole('cell');
const because = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Because' });

test('a host EL0 IRQ moves from EL1 to EL2 when HCR_EL2.TGE is set', async ({ page }) => {
  await page.getByLabel('Exception kind').selectOption('IRQ');
  await page.getByLabel('Current EL').selectOption('EL0');
  await expect(targetEL(page)).toHaveText('EL1');

  await page.getByRole('checkbox', { name: 'HCR_EL2.TGE' }).check();
  await expect(targetEL(page)).toHaveText('EL2');
  // The reason names the rule and the bit that decided it.
  await expect(because(page).getByRole('listitem').first()).toBeVisible();
  await expect(because(page)).toContainText(/R-[A-Z0-9-]+/);
  await expect(because(page)).toContainText('TGE');

  await page.getByRole('checkbox', { name: 'HCR_EL2.TGE' }).uncheck();
  await expect(targetEL(page)).toHaveText('EL1');
});

for (const mode of ['throw', 'uncaught', 'close'] as const) {
  test(`the page survives a rules worker that fails (${mode}) and keeps answering`, async ({ page }) => {
    await page.getByLabel('Current EL').selectOption('EL0');
    await expect(targetEL(page)).toHaveText('EL1');

    await page.evaluate((m) => window.__vheLab?.rules.crash(m), mode);
    await expect(page.getByRole('status', { name: 'Rules worker status' })).toContainText('stopped and was restarted');

    // The new worker answers the next question.
    await page.getByRole('checkbox', { name: 'HCR_EL2.TGE' }).check();
    await expect(targetEL(page)).toHaveText('EL2');
  });
}
