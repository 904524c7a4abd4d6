// Custom scenarios: paste or open JSON, precise errors, it plays like a built-in, it is kept
// across reloads, and a damaged kept entry is reported and set aside, never loaded.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const bare = JSON.parse(readFileSync(new URL('../scenarios/bare-metal.json', import.meta.url), 'utf8'));
const mine = {
  ...bare,
  id: 'my-bare-metal',
  title: { en: 'My own bare metal', zh: '我自己的裸机场景' },
};
const narration = (page: Page) => page.getByRole('region', { name: /^(Narration|讲解)$/ });

async function openDialog(page: Page, name = 'Open scenario') {
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a pasted scenario plays like a built-in one and is kept across reloads', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(narration(page)).toContainText('Step 0 of 5');
  const dialog = await openDialog(page);
  await dialog.getByLabel('Scenario JSON').fill(JSON.stringify(mine, null, 2));
  await dialog.getByRole('button', { name: 'Check and open' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(narration(page)).toContainText('My own bare metal');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('Step 1 of 5');
  await expect(narration(page)).toContainText('SVC #0 write() from bash (EL0) taken to EL1, Linux kernel');

  // Kept on this device: a fresh page without the link still offers it.
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(narration(page)).toContainText('Step 0 of 5');
  const picker = page.getByLabel('Scenario', { exact: true });
  await expect(picker.locator('option', { hasText: 'My own bare metal' })).toHaveCount(1);
  const again = await openDialog(page);
  await again.getByRole('button', { name: 'Open My own bare metal' }).click();
  await expect(narration(page)).toContainText('My own bare metal');
  await expect(picker).toHaveValue('my-bare-metal');
});

test('broken JSON shows where it breaks; a wrong field names its JSON path; both languages', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  let dialog = await openDialog(page);
  const area = dialog.getByLabel('Scenario JSON');
  await area.fill('{\n  "format": 1,\n  "id": "x",,\n}');
  await dialog.getByRole('button', { name: 'Check and open' }).click();
  const errors = dialog.getByRole('alert');
  await expect(errors).toContainText('This is not valid JSON: line 3, column 13 (character 29).');
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await errors.getByRole('button', { name: 'Show in the text' }).click();
  await expect(area).toBeFocused();
  expect(await area.evaluate((a: HTMLTextAreaElement) => a.selectionStart)).toBe(29);

  const wrong = structuredClone(mine);
  wrong.flows[0].steps[0].actor = 'nobody';
  await area.fill(JSON.stringify(wrong));
  await dialog.getByRole('button', { name: 'Check and open' }).click();
  await expect(errors).toContainText('This scenario has 1 problem:');
  await expect(errors.locator('code')).toHaveText('$.flows[0].steps[0].actor');
  await expect(errors).toContainText('unknown actor "nobody"');
  await expect(narration(page)).not.toContainText('My own bare metal');

  // Keys typed in the dialog stay there: → does not step the lesson behind it.
  await area.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(narration(page)).toContainText('Step 0 of 5');

  await page.getByRole('button', { name: '简体中文' }).click();
  dialog = await openDialog(page, '打开场景');
  await dialog.getByLabel('场景 JSON').fill('{"format": 1,');
  await dialog.getByRole('button', { name: '检查并打开' }).click();
  await expect(dialog.getByRole('alert')).toContainText('这不是有效的 JSON：第 1 行，第 14 列（第 13 个字符）。');
});

test('a file from the picker opens; a damaged kept entry is reported and set aside', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  const dialog = await openDialog(page);
  await dialog.getByLabel('Scenario file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mine)),
  });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(narration(page)).toContainText('My own bare metal');

  // Damage the kept list, then reload without the link.
  await page.evaluate(() => localStorage.setItem('vhe-lab/custom/v1', '{"version":1,"scenarios":[{"id":'));
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(page.getByRole('alert').filter({ hasText: 'was damaged, so it was not loaded' })).toBeVisible();
  const aside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('vhe-lab/custom/corrupt/')),
  );
  expect(aside).toHaveLength(1);
  expect(await page.evaluate(() => localStorage.getItem('vhe-lab/custom/v1'))).toBeNull();
  // The app works: the built-in scenario steps, nothing custom is offered.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('Step 1 of 5');
  await expect(page.getByLabel('Scenario', { exact: true }).locator('option', { hasText: 'My own' })).toHaveCount(0);
});

test('a file dropped on the dialog opens; text dropped on the trace tab stays in that tab', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  const dialog = await openDialog(page);
  const dropped = (data: { text?: string; file?: string }) =>
    page.evaluateHandle(({ text, file }) => {
      const dt = new DataTransfer();
      if (file) dt.items.add(new File([file], 'dropped.json', { type: 'application/json' }));
      if (text) dt.setData('text/plain', text);
      return dt;
    }, data);

  // Text dropped on the trace tab fills the trace tab's text area only (the dialog never sees it).
  await dialog.getByRole('tab', { name: 'QEMU trace' }).click();
  const tracePanel = dialog.getByRole('tabpanel', { name: 'QEMU trace' });
  await tracePanel.locator('.trace-panel').dispatchEvent('dragover', { dataTransfer: await dropped({}) });
  await expect(tracePanel.locator('.trace-panel')).toHaveClass(/dragging/);
  await expect(dialog).not.toHaveClass(/dragging/);
  await tracePanel
    .locator('.trace-panel')
    .dispatchEvent('drop', { dataTransfer: await dropped({ text: 'not a log' }) });
  await expect(tracePanel.locator('.trace-panel')).not.toHaveClass(/dragging/);
  await expect(dialog.getByLabel('Or paste the log')).toHaveValue('not a log');
  await dialog.getByRole('tab', { name: 'Scenario (JSON)' }).click();
  await expect(dialog.getByLabel('Scenario JSON')).toHaveValue('');

  // Text dropped on the dialog fills the scenario text; a file dropped on it opens and plays.
  await dialog.dispatchEvent('drop', { dataTransfer: await dropped({ text: '{"format": 1' }) });
  await expect(dialog.getByLabel('Scenario JSON')).toHaveValue('{"format": 1');
  await dialog.dispatchEvent('drop', { dataTransfer: await dropped({ file: JSON.stringify(mine) }) });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(narration(page)).toContainText('My own bare metal');
});

test('storage that refuses to keep anything is said, and the scenario still plays', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('exceeded the quota', 'QuotaExceededError');
    };
  });
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  const dialog = await openDialog(page);
  await dialog.getByLabel('Scenario JSON').fill(JSON.stringify(mine));
  await dialog.getByRole('button', { name: 'Check and open' }).click();
  await expect(narration(page)).toContainText('My own bare metal');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
});
