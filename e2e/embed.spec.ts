// Slides: the Embed dialog writes an <iframe> snippet; that snippet, pasted into a host page
// (generated here with setContent), shows the chosen panels in a 960x540 and a 480x270
// frame, with the playback bar inside the frame and presenter keys working in it.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const DIALOG = 'Embed in a slide or a web page';

// page.route must see the host page's request: no service worker in between.
test.use({ serviceWorkers: 'block' });

async function snippetFromDialog(page: Page, size: string, panels: string[]): Promise<string> {
  const opener = page.getByRole('button', { name: 'Embed' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await expect(dialog).toBeVisible();
  for (const name of [
    'Exception levels',
    'Narration',
    'Bits',
    'Exception routing',
    'Register redirection',
    'Address spaces',
  ]) {
    const box = dialog.getByRole('checkbox', { name, exact: true });
    if ((await box.isChecked()) !== panels.includes(name)) {
      // By keyboard: focus the box and press Space (the presenter keys leave dialogs alone).
      await box.focus();
      await page.keyboard.press('Space');
    }
  }
  await dialog.getByLabel('Size').selectOption({ label: size });
  const snippet = await dialog.getByRole('textbox', { name: 'HTML to paste' }).inputValue();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  return snippet;
}

const bar = (frame: Frame) => frame.getByRole('group', { name: 'Playback' });

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame ${selector}`);
  return frame;
}

/** The frame shows everything without page scrollbars; the playback bar fits on one line. */
async function expectFits(frame: Frame) {
  const m = await frame.evaluate(() => {
    const bar = document.querySelector('.embed-bar') as HTMLElement;
    const r = bar.getBoundingClientRect();
    return {
      pageW: document.documentElement.scrollWidth - window.innerWidth,
      pageH: document.documentElement.scrollHeight - window.innerHeight,
      barOverflow: bar.scrollWidth - bar.clientWidth,
      barBottom: r.bottom - window.innerHeight,
      barRight: r.right - window.innerWidth,
      barHeight: r.height,
    };
  });
  expect(m.pageW).toBeLessThanOrEqual(0);
  expect(m.pageH).toBeLessThanOrEqual(0);
  expect(m.barOverflow).toBeLessThanOrEqual(0);
  expect(m.barBottom).toBeLessThanOrEqual(0);
  expect(m.barRight).toBeLessThanOrEqual(0);
  expect(m.barHeight).toBeLessThan(60);
}

test('the Embed dialog is keyboard operable and writes the snippet for the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?scenario=bare-metal&step=2&lang=en&theme=light');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('2');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await expect(dialog).toBeVisible();
  // The modal keeps the page inert: Tab around and no element outside the dialog gets focus
  // (past the last control the browser may move focus to its own toolbar: body here).
  let inside = 0;
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() =>
      document.activeElement?.closest('dialog[open]') ? 'dialog' : (document.activeElement?.tagName ?? 'none'),
    );
    expect(['dialog', 'BODY']).toContain(where);
    if (where === 'dialog') inside++;
  }
  expect(inside).toBeGreaterThan(10);
  const field = dialog.getByRole('textbox', { name: 'HTML to paste' });
  await expect(field).toHaveAttribute('readonly', '');
  await expect(field).toHaveValue(/^<iframe src="http[^"]+&embed=1&panels=el,narration"/);
  await expect(field).toHaveValue(/width="960" height="540" title="VHE Lab: Bare metal[^"]*" loading="lazy"/);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const snippet = await snippetFromDialog(page, '480 × 270', ['Exception levels', 'Register redirection']);
  expect(snippet).toContain('embed=1');
  expect(snippet).toContain('panels=el,redirect');
  expect(snippet).toContain('step=2');
  expect(snippet).toContain('width="480" height="270"');
  // Text in a field, never markup in the page.
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('embedded in a slide: 960x540 and 480x270 frames, chosen panels, presenter keys', async ({ page }) => {
  await page.goto('./?scenario=bare-metal&lang=en&theme=light');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('0');
  const big = await snippetFromDialog(page, '960 × 540', ['Exception levels', 'Narration']);
  const small = await snippetFromDialog(page, '480 × 270', ['Exception levels', 'Register redirection']);

  await page.setViewportSize({ width: 1500, height: 900 });
  // The host page, made here and served at the preview's origin (Chromium blocks a public
  // about:blank page from framing localhost); not the app's page, whose CSP has no frames.
  const host = `<!doctype html><html lang="en"><title>Slides</title><body>
    <div id="a">${big}</div><div id="b">${small}</div></body></html>`;
  await page.route('**/embed-host.html', (route) => route.fulfill({ body: host, contentType: 'text/html' }));
  await page.goto('./embed-host.html');
  const a = await frameOf(page, '#a iframe');
  const b = await frameOf(page, '#b iframe');

  // 960x540: the lesson, the narration, nothing else; a link out to the full app.
  await expect(a.getByRole('region', { name: 'Exception levels' })).toBeVisible();
  await expect(a.getByRole('region', { name: 'Narration' })).toBeVisible();
  await expect(a.getByRole('region', { name: 'Bits' })).toHaveCount(0);
  await expect(a.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  const open = a.getByRole('link', { name: 'Open in VHE Lab' });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', /noopener/);
  await expect(open).toHaveAttribute('href', /scenario=bare-metal/);
  expect(await open.getAttribute('href')).not.toContain('embed=1');
  await expectFits(a);

  // 480x270: the panels it names.
  await expect(b.getByRole('region', { name: 'Exception levels' })).toBeVisible();
  await expect(b.getByRole('region', { name: 'Register redirection' })).toBeAttached();
  await expect(b.getByRole('region', { name: 'Narration' })).toHaveCount(0);
  await expect(b.getByRole('link', { name: 'Open in VHE Lab' })).toBeVisible();
  await expectFits(b);

  // Presenter keys reach the frame that has focus (a click in it gives it focus).
  await a.getByRole('region', { name: 'Narration' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(bar(a).getByText('Step 1 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(bar(a).getByText('Step 2 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(bar(a).getByText('Step 1 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(a.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(bar(a).getByText('Step 2 of 5', { exact: true })).toBeVisible({ timeout: 5000 });
  await page.keyboard.press('Space');
  await expect(a.getByRole('button', { name: 'Play' })).toBeVisible();
  // The other frame did not move.
  await expect(bar(b).getByText('Step 0 of 5', { exact: true })).toBeVisible();

  await b.getByRole('region', { name: 'Exception levels' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(bar(b).getByText('Step 1 of 5', { exact: true })).toBeVisible();
});
