// The stage at the sizes people use (issue 11): no sideways scrolling, and without scrolling
// the page, every EL row of the diagram, the current step's narration and the scenario's
// focus panel are on screen. One screenshot per size, language and theme (test-results/).
import type { Page } from '@playwright/test';
import { expectOnScreen, measureStage } from './fixtures/stage';
import { expect, test } from './fixtures/test';

const SIZES = [
  { w: 1920, h: 1080 },
  { w: 1440, h: 900 },
  { w: 1280, h: 720 },
  { w: 1024, h: 768 },
  { w: 390, h: 844 },
];

/** Scenario, step, and the focus panel it names in its file. */
const LESSONS = [
  { scenario: 'address-spaces', step: 2, focus: 'address', lanes: 3 },
  { scenario: 'nvhe-vs-vhe', step: 3, focus: 'registers', lanes: 3 },
  { scenario: 'exception-routing', step: 4, focus: 'routing', lanes: 3 },
];

async function open(page: Page, query: string, step: number) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?${query}`);
  await expect(page.getByRole('slider', { name: /step|步骤/i })).toHaveValue(String(step));
  await expect(page.locator('.stage .el-diagram').first()).toBeVisible();
}

/**
 * What inside `panel` reaches past the wing's right edge (class or tag), and how far the wing
 * itself scrolls sideways. Inside `scroller` (a region that scrolls on its own) only the
 * region itself counts.
 */
function pastTheWing(page: Page, panel: string, scroller?: string) {
  return page.evaluate(
    ([panel, scroller]) => {
      const wing = document.querySelector('.wing-panel') as HTMLElement;
      const edge = wing.getBoundingClientRect().right;
      const out = [...wing.querySelectorAll(`${panel} *`)]
        .filter((el) => !scroller || !el.closest(scroller) || el.matches(scroller))
        .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
        .map((el) => el.getAttribute('class') ?? el.tagName);
      return { scroll: wing.scrollWidth - wing.clientWidth, out };
    },
    [panel, scroller] as const,
  );
}

for (const { w, h } of SIZES) {
  for (const l of LESSONS) {
    test(`${l.scenario} at ${w}x${h}: the stage and its focus panel fit`, async ({ page }, info) => {
      await page.setViewportSize({ width: w, height: h });
      await open(page, `scenario=${l.scenario}&step=${l.step}&lang=en&theme=light`, l.step);
      await page.screenshot({ path: info.outputPath(`${l.scenario}-${w}x${h}-en-light.png`) });
      expectOnScreen(await measureStage(page), w, h, l.focus, l.lanes);
    });
  }
  test(`Chinese, dark, large text at ${w}x${h}: still fits`, async ({ page }, info) => {
    await page.setViewportSize({ width: w, height: h });
    await open(page, 'scenario=register-redirection&step=3&lang=zh&theme=dark', 3);
    await page.getByRole('button', { name: '大字号' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-large-text', 'on');
    await page.screenshot({ path: info.outputPath(`register-redirection-${w}x${h}-zh-dark-large.png`) });
    expectOnScreen(await measureStage(page), w, h, 'redirect', 3);
  });
}

test('the phone stacks the diagram first, with text of at least 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'scenario=address-spaces&step=2&lang=en', 2);
  const order = await page.evaluate(() => {
    const y = (s: string) => document.querySelector(s)?.getBoundingClientRect().top ?? -1;
    return { diagram: y('.stage-diagram'), text: y('.stage-text'), wing: y('.wing-panel') };
  });
  expect(order.diagram).toBeLessThan(order.text);
  expect(order.text).toBeLessThan(order.wing);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.stage-text *, .wing-panel *, .controls *')]
      .filter((el) => el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ text: el.textContent?.slice(0, 30), px: Number.parseFloat(getComputedStyle(el).fontSize) }))
      .filter((x) => x.px < 12),
  );
  expect(small).toEqual([]);
});

test('every other panel is one click or one key away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'scenario=exception-routing&step=1&lang=en', 1);
  const tabs = page.getByRole('tablist', { name: 'More panels' }).getByRole('tab');
  await expect(tabs).toHaveCount(5);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByRole('region', { name: 'Exception routing' })).toBeVisible();
  await page.getByRole('tab', { name: /Bits/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('region', { name: 'Bits' })).toBeVisible();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('3');
  await expect(page.getByRole('tabpanel').getByRole('region', { name: 'Register redirection' })).toBeVisible();
});

test('nvhe-vs-vhe at 1280x720: at every step both flows are drawn and each story starts in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'scenario=nvhe-vs-vhe&step=1&lang=en', 1);
  const total = Number(await page.getByRole('slider', { name: 'Step' }).getAttribute('max'));
  let whole = 0;
  for (let n = 1; n <= total; n++) {
    await page.getByRole('slider', { name: 'Step' }).fill(String(n));
    await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue(String(n));
    const fit = await measureStage(page);
    expect(fit.lanes.length).toBe(6);
    for (const l of fit.lanes) expect(l.bottom).toBeLessThanOrEqual(720);
    // Past its last step a flow says it has finished instead of repeating its caption.
    const finished = await page.locator('.stage-text .story-card.finished').count();
    expect(fit.stories.length + finished).toBe(2);
    const starts = await page.evaluate(() => {
      const cell = document.querySelector('.stage-text')?.getBoundingClientRect();
      return [...document.querySelectorAll('.stage-text .story-card .story')].map(
        (el) =>
          !!cell && el.getBoundingClientRect().top >= cell.top && el.getBoundingClientRect().top + 60 <= cell.bottom,
      );
    });
    expect(starts.every(Boolean)).toBe(true);
    if (fit.stories.every((s) => !s.clipped)) whole++;
  }
  // Most steps show both stories whole; an overlong one scrolls inside its cell.
  expect(whole).toBeGreaterThanOrEqual(total - 2);
});

for (const { w, h } of SIZES) {
  test(`the Routing wing's flowchart fits its wing at ${w}x${h} (no sideways overflow)`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await open(page, 'scenario=exception-routing&step=4&lang=en&theme=light', 4);
    await expect(page.locator('.wing-panel .fc')).toBeVisible();
    const fit = await pastTheWing(page, '.routing-panel');
    expect(fit.out, 'nothing in the Routing panel reaches past the wing').toEqual([]);
    expect(fit.scroll).toBeLessThanOrEqual(0);
  });

  test(`the Address spaces wing's two-stage walk fits its wing at ${w}x${h}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await open(page, 'scenario=stage2-and-vmids&step=8&lang=en&theme=light', 8);
    await expect(page.locator('.wing-panel .as-walk')).toBeVisible();
    // The TLB table may scroll inside its own region; everything else stays in the wing.
    const fit = await pastTheWing(page, '.as-panel', '.as-tlb-scroll');
    expect(fit.out, 'nothing in the Address spaces panel reaches past the wing').toEqual([]);
    expect(fit.scroll).toBeLessThanOrEqual(0);
  });
}
