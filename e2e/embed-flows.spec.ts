// Several flows in a slide's frame (issue 11 §1): x86-vs-arm has three, nvhe-vs-vhe two. A
// frame that cannot draw them all readably shows one at a time with a switcher, drawn as big
// as a one-flow lesson in the same frame, every EL row (ring) in the frame.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

/** The drawn diagrams, their rows (the rows' height is the drawing's scale) and the page's overflow. */
function measure(page: Page) {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll('.el-diagram')].filter((el) => el.getClientRects().length > 0);
    return {
      diagrams: svgs.length,
      lanes: [...document.querySelectorAll('.el-diagram .lane-band')].map((el) => {
        const r = el.getBoundingClientRect();
        return [r.top, r.bottom, r.left, r.right];
      }),
      rowHeight: Math.min(
        ...[...document.querySelectorAll('.el-diagram .lane-band')].map((el) => el.getBoundingClientRect().height),
      ),
      overflow: [
        document.documentElement.scrollWidth - innerWidth,
        document.documentElement.scrollHeight - innerHeight,
      ],
      caption: document.querySelector('.embed-caption')?.textContent ?? '',
    };
  });
}

async function open(page: Page, query: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?${query}&embed=1&panels=el,narration`);
  await expect(page.getByRole('group', { name: /Playback|播放/ })).toBeVisible();
  await expect(page.locator('.el-diagram').first()).toBeVisible();
}

for (const size of [
  { w: 480, h: 270 },
  { w: 960, h: 540 },
]) {
  test(`x86-vs-arm in a ${size.w}x${size.h} frame: one flow at a time, as readable as a one-flow lesson`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: size.w, height: size.h });
    await open(page, 'scenario=bare-metal&step=1&lang=en&theme=light');
    const single = await measure(page);

    await open(page, 'scenario=x86-vs-arm&step=3&lang=en&theme=light');
    const flows = page.getByRole('group', { name: 'Flow shown' }).getByRole('button');
    await expect(flows).toHaveText(['Intel VT-x (KVM on x86)', 'nVHE (split mode)', 'VHE (host kernel at EL2)']);
    await expect(flows.first()).toHaveAttribute('aria-pressed', 'true');
    for (const [i, title] of ['Intel VT-x', 'nVHE', 'VHE'].entries()) {
      await flows.nth(i).click();
      await expect(flows.nth(i)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.el-diagram > title')).toHaveText(new RegExp(`^Exception levels: ${title}`));
      const m = await measure(page);
      expect(m.diagrams).toBe(1);
      expect(m.overflow[0]).toBeLessThanOrEqual(0);
      expect(m.overflow[1]).toBeLessThanOrEqual(0);
      expect(m.lanes.length).toBeGreaterThanOrEqual(3);
      for (const [top, bottom, left, right] of m.lanes) {
        expect(top).toBeGreaterThanOrEqual(0);
        expect(bottom).toBeLessThanOrEqual(size.h);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(size.w);
      }
      // Drawn at the scale of a one-flow lesson in this frame (within 15%).
      expect(m.rowHeight).toBeGreaterThanOrEqual(single.rowHeight * 0.85);
      await page.screenshot({ path: info.outputPath(`x86-vs-arm-${size.w}x${size.h}-flow${i + 1}.png`) });
    }
    // The caption tells the shown flow's step.
    await flows.nth(1).click();
    await expect(page.locator('.embed-caption')).toContainText('HCR_EL2');
  });
}

test('nvhe-vs-vhe: one flow at a time at 480x270 (Chinese), both side by side at 960x540', async ({ page }, info) => {
  await page.setViewportSize({ width: 480, height: 270 });
  await open(page, 'scenario=nvhe-vs-vhe&step=3&lang=zh&theme=dark');
  const flows = page.getByRole('group', { name: '显示的流程' }).getByRole('button');
  await expect(flows).toHaveCount(2);
  expect((await measure(page)).diagrams).toBe(1);
  await flows.nth(1).click();
  await expect(flows.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: info.outputPath('nvhe-vs-vhe-480x270-zh-dark.png') });
  await page.setViewportSize({ width: 960, height: 540 });
  await expect(page.getByRole('group', { name: '显示的流程' })).toHaveCount(0);
  expect((await measure(page)).diagrams).toBe(2);
});
