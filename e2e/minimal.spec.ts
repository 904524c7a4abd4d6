// The shell survives a rules worker that throws, dies or closes: it says so, and the next
// question (here: opening another scenario, which replays it through the worker) is answered.
import { expect, test } from './fixtures/test';

for (const mode of ['throw', 'uncaught', 'close'] as const) {
  test(`the page survives a rules worker that fails (${mode}) and keeps answering`, async ({ page }) => {
    await page.goto('./?scenario=bare-metal&lang=en');
    const narration = page.getByRole('region', { name: 'Narration' });
    await expect(narration).toContainText('Step 0 of 5');

    expect(await page.evaluate(() => window.__vheLab !== undefined), 'a build made with VITE_TEST_HOOK=1').toBe(true);
    await page.evaluate((m) => window.__vheLab?.rules.crash(m), mode);
    await expect(page.getByRole('status', { name: 'Rules worker status' })).toContainText('stopped and was restarted');

    // The new worker computes a whole scenario and the lesson goes on.
    await page.getByLabel('Scenario', { exact: true }).selectOption('type1-xen');
    await expect(narration).toContainText(/Step 0 of \d+/);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(narration).toContainText(/Step 1 of \d+/);
    await expect(narration.getByRole('list', { name: 'Because' }).first()).toContainText(/R-[A-Z0-9-]+/);
  });
}
