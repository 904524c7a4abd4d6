// Export: the current view downloads as a valid SVG (title, step, narration, theme colours)
// and as a PNG at twice the size.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

async function download(page: Page, item: 'Download SVG' | 'Download PNG (2×)'): Promise<[Download, Buffer]> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await file.path();
  return [file, await readFile(path)];
}

async function parse(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    return {
      error,
      name: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: doc.getElementById('background')?.getAttribute('fill') ?? null,
      text: [...doc.querySelectorAll('text')].map((n) => n.textContent).join(' '),
      diagrams: doc.querySelectorAll('svg svg').length,
    };
  }, text);
}

test('downloads the current view as SVG with the scenario title, step and narration', async ({ page }) => {
  await page.goto('./?scenario=type2-kvm-vhe&step=9&lang=en&theme=light');
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText(/Step 9 of \d+/);
  const [file, body] = await download(page, 'Download SVG');
  expect(file.suggestedFilename()).toBe('vhe-lab_type2-kvm-vhe_step-9.svg');
  const svg = await parse(page, body.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.name).toBe('svg');
  expect(svg.ns).toBe('http://www.w3.org/2000/svg');
  const title = await page.getByRole('region', { name: 'Narration' }).locator('.scenario-name').textContent();
  expect(svg.text).toContain(title ?? '');
  expect(svg.text).toMatch(/Step 9 of \d+/);
  expect(svg.diagrams).toBeGreaterThan(0);
  expect(svg.background).toBe('#f4f6f9');
  // The diagram keeps its on-screen colours inline (no stylesheet travels with the file).
  expect(body.toString('utf8')).not.toContain('var(--');
});

test('downloads a PNG at 2× with PNG magic bytes', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&step=2&lang=zh&theme=light');
  await page.getByRole('button', { name: 'English' }).click();
  const [, svgBody] = await download(page, 'Download SVG');
  const svg = await parse(page, svgBody.toString('utf8'));
  const [file, png] = await download(page, 'Download PNG (2×)');
  expect(file.suggestedFilename()).toBe('vhe-lab_bare-metal_step-2.png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(svg.width * 2);
  expect(png.readUInt32BE(20)).toBe(svg.height * 2);
});

test('in the dark theme the SVG is dark, and the menu works by keyboard', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&step=1&lang=en&theme=dark');
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText('Step 1 of 5');
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Download SVG' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Download PNG (2×)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const svg = await parse(page, (await readFile(await file.path())).toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.background).toBe('#0f1217');
  expect(svg.text).toContain('SVC #0 write()');
  expect(svg.text).toContain('Step 1 of 5');
});
