// Issue 11 §4: while a predict-mode question is open, no panel on screen gives the answer:
// the routing panel (bare-metal's focus: "if SVC happened now -> EL1") is veiled until the
// answer is checked; the Bits stay (they are the inputs, not the answer).
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

test('the routing panel is veiled while the question is open, and back after the answer', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('0');
  const routing = page.getByRole('region', { name: 'Exception routing', exact: true });
  await expect(routing).toBeVisible();
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  await page.getByRole('button', { name: 'Next step' }).first().click();
  const card = page.getByRole('region', { name: 'Predict mode' });
  await expect(card).toContainText('Which EL takes this exception?');
  await expect(routing).toHaveCount(0);
  await expect(page.getByRole('tabpanel')).toContainText('hidden until you answer');
  // The other answer-giving panels are veiled too; the Bits are not.
  for (const name of ['Register redirection', 'Address spaces', 'Register file']) {
    await page
      .getByRole('tab', {
        name: { 'Register redirection': 'Redirection', 'Address spaces': 'Spaces', 'Register file': 'Registers' }[name],
      })
      .click();
    await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
  }
  await expect(await showPanel(page, 'Bits')).toBeVisible();
  await page.getByRole('tab', { name: /^Routing/ }).click();
  await card.getByRole('radio', { name: 'EL1' }).check();
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByRole('status')).toContainText('Correct');
  await expect(routing).toBeVisible();
});

test('in predict mode the timeline strip draws only the steps already played', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&step=2&lang=en&theme=light');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('2');
  const strip = page.locator('.timeline-strip');
  await expect(strip.locator('clipPath')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  // Every lane is clipped at the current step (x of step 2 of 5: 2/5 of the strip's width).
  const clip = strip.locator('clipPath rect');
  await expect(clip).toHaveCount(1);
  const [clipW, stripW] = await Promise.all([
    clip.getAttribute('width'),
    strip.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width),
  ]);
  expect(Number(clipW)).toBeCloseTo((stripW * 2) / 5, 3);
  const id = await strip.locator('clipPath').getAttribute('id');
  for (const lane of await strip.locator('.strip-lane').all())
    expect(await lane.getAttribute('clip-path')).toContain(id ?? 'none');
});

test('the document title names the scenario and the step; the skip link goes to the stage', async ({ page }) => {
  await page.goto('./?scenario=nvhe-vs-vhe&step=3&lang=en');
  await expect(page).toHaveTitle('One guest hypercall, nVHE vs VHE · Step 3 of 11 · VHE Lab');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the lesson' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#stage')).toBeFocused();
  await page.goto('./?scenario=nvhe-vs-vhe&step=2&lang=zh');
  await expect(page).toHaveTitle('同一次客户机超级调用：nVHE 对比 VHE · 第 2 步，共 11 步 · VHE Lab');
});
