// Issue 11: axe finds nothing in each layout of the stage, in presenter mode, and in the
// embed at slide sizes; presenter mode keeps the stage on screen and Escape leaves it; the
// embed shows every EL row and the narration as a caption of at most two lines.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectOnScreen, measureStage } from './fixtures/stage';
import { expect, test } from './fixtures/test';

async function noViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  expect(summary).toEqual([]);
}

const LAYOUTS = [
  { w: 1920, h: 1080, theme: 'dark', lang: 'en' },
  { w: 1280, h: 720, theme: 'light', lang: 'zh' },
  { w: 1024, h: 768, theme: 'dark', lang: 'zh' },
  { w: 390, h: 844, theme: 'light', lang: 'en' },
];

for (const l of LAYOUTS) {
  test(`axe: the stage at ${l.w}x${l.h} (${l.theme}, ${l.lang})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: l.w, height: l.h });
    await page.goto(`./?scenario=nvhe-vs-vhe&step=3&lang=${l.lang}&theme=${l.theme}`);
    await expect(page.getByRole('slider')).toHaveValue('3');
    await noViolations(page);
  });
}

for (const size of [
  { w: 1920, h: 1080 },
  { w: 1280, h: 720 },
]) {
  test(`presenter mode at ${size.w}x${size.h}: chrome hidden, the stage fits, axe is clean, Escape leaves`, async ({
    page,
  }, info) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: size.w, height: size.h });
    await page.goto('./?scenario=exception-routing&step=4&lang=en');
    await expect(page.getByRole('slider')).toHaveValue('4');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
    await expect(page.getByRole('banner')).toBeHidden();
    const fit = await measureStage(page);
    // The focus panel stays beside the stage only where it fits (>= 1600px).
    if (size.w >= 1600) expectOnScreen(fit, size.w, size.h, 'routing', 3);
    else {
      expect(fit.focus?.bottom ?? 0).toBe(0);
      expect(fit.overflowX).toBeLessThanOrEqual(0);
      for (const lane of fit.lanes) expect(lane.bottom).toBeLessThanOrEqual(size.h);
      for (const s of fit.stories) expect(s.clipped).toBe(false);
    }
    // Big type.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22px');
    await page.screenshot({ path: info.outputPath(`presenter-${size.w}x${size.h}.png`) });
    await noViolations(page);
    // The clicker's keys still step.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('slider')).toHaveValue('5');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'off');
    await expect(page.getByRole('banner')).toBeVisible();
  });
}

for (const size of [
  { w: 960, h: 540 },
  { w: 480, h: 270 },
]) {
  test(`embed at ${size.w}x${size.h}: every EL row in the frame, a caption of at most two lines, axe clean`, async ({
    page,
  }, info) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: size.w, height: size.h });
    await page.goto('./?scenario=exception-routing&step=4&lang=en&embed=1&panels=el,narration');
    await expect(page.getByRole('group', { name: 'Playback' })).toBeVisible();
    await expect(page.locator('.el-diagram .lane-band')).toHaveCount(4);
    const m = await page.evaluate(() => {
      const lanes = [...document.querySelectorAll('.el-diagram .lane-band')].map((el) => el.getBoundingClientRect());
      const p = document.querySelector('.embed-caption p') as HTMLElement;
      const lh = Number.parseFloat(getComputedStyle(p).lineHeight);
      return {
        overflow: [
          document.documentElement.scrollWidth - innerWidth,
          document.documentElement.scrollHeight - innerHeight,
        ],
        lanes: lanes.map((r) => [r.top, r.bottom, r.left, r.right]),
        lines: Math.round(p.getBoundingClientRect().height / lh),
        captionBottom: p.getBoundingClientRect().bottom,
      };
    });
    expect(m.overflow[0]).toBeLessThanOrEqual(0);
    expect(m.overflow[1]).toBeLessThanOrEqual(0);
    for (const [top, bottom, left, right] of m.lanes) {
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(size.h);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(size.w);
    }
    expect(m.lines).toBeGreaterThanOrEqual(1);
    expect(m.lines).toBeLessThanOrEqual(2);
    expect(m.captionBottom).toBeLessThanOrEqual(size.h);
    await page.screenshot({ path: info.outputPath(`embed-${size.w}x${size.h}.png`) });
    await noViolations(page);
    // Presenter mode is offered in the frame too.
    await page.getByRole('button', { name: /Presenter mode/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
    await noViolations(page);
  });
}
