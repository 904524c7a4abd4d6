// Offline: after one visit the service worker has precached the build (scenario chunks
// included), so a reload with no network still opens, switches and plays scenarios.
import { expect, test } from './fixtures/test';

test('works offline after the first visit', async ({ page, context }) => {
  const narration = page.getByRole('region', { name: 'Narration' });
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(narration).toContainText('Step 0 of 5');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(narration).toContainText('Step 0 of 5');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration).toContainText('Step 1 of 5');

  // Another scenario: its chunk was never fetched online, only precached.
  await page.getByLabel('Scenario', { exact: true }).selectOption('exception-routing');
  await expect(narration).toContainText(/Step 0 of \d+/);
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: '4×' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(narration).toContainText(/Step [2-9] of \d+/, { timeout: 10_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});
