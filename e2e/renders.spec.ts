// Issue 15 §1: a bit toggle (or a step) re-renders only the panels whose drawing changed.
// A test build (VITE_TEST_HOOK=1) counts each component's renders in window.__vheLab.renders
// (src/panels/common/renderCount.ts); here they are reset, one thing is done, and the page
// is left to settle (one worker message, then nothing more) before they are read.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

type Counts = Record<string, number>;

async function resetCounts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const hook = window.__vheLab;
    if (!hook) throw new Error('window.__vheLab is missing: build with VITE_TEST_HOOK=1');
    hook.renders = {};
  });
}

/** The counts once they have stopped moving (no render for `quietMs`). */
async function settledCounts(page: Page, quietMs = 300): Promise<Counts> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(quietMs);
    const now = await page.evaluate(() => JSON.stringify(window.__vheLab?.renders ?? {}));
    if (now === last) return JSON.parse(now) as Counts;
    last = now;
  }
  throw new Error(`render counts never settled: ${last}`);
}

const zeroes = (counts: Counts, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, counts[n] ?? 0]));

/** Components that draw neither the bits, the run nor the step: a toggle must not render them. */
const UNTOUCHED_BY_TOGGLE = ['App', 'Header', 'Controls', 'Stage', 'Wings', 'FlowPicker', 'CostBars'] as const;
/** Of those, the ones a step does not change either (Controls draws the step). */
const UNTOUCHED_BY_STEP = ['App', 'Header', 'Stage', 'Wings', 'FlowPicker', 'CostBars'] as const;

/** The regions a toggle may change, by their names, and the component that draws each. */
const DRAWN_BY: Record<string, string> = {
  'Exception levels': 'ExceptionLevelsPanel',
  Narration: 'NarrationPanel',
  Bits: 'BitsPanel',
};

test('a bit toggle re-renders only the panels it changed, each once', async ({ page }) => {
  await page.goto('./?scenario=type2-kvm-vhe&step=5&lang=en');
  const bits = await showPanel(page, 'Bits');
  const e2h = bits.getByRole('switch', { name: 'HCR_EL2.E2H' });
  await expect(e2h).toBeVisible();
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText('Step 5 of');
  await settledCounts(page);
  const strip = page.locator('svg.timeline-strip');
  const region = (name: string) => page.getByRole('region', { name, exact: true });
  // Twice: the first toggle adds the what-if (the narration says so), the second undoes the bit.
  for (const round of [1, 2]) {
    const stripBefore = await strip.innerHTML();
    const before = Object.fromEntries(
      await Promise.all(Object.keys(DRAWN_BY).map(async (n) => [n, await region(n).innerHTML()] as const)),
    );
    const checked = await e2h.getAttribute('aria-checked');

    await resetCounts(page);
    await e2h.click();
    await expect(e2h).not.toHaveAttribute('aria-checked', checked ?? '');
    const counts = await settledCounts(page);
    console.log(`renders after toggling HCR_EL2.E2H at step 5 (toggle ${round}): ${JSON.stringify(counts)}`);

    // Each region renders once if the bit changed what it shows, else not at all.
    for (const [name, component] of Object.entries(DRAWN_BY)) {
      const same = (await region(name).innerHTML()) === before[name];
      expect(counts[component] ?? 0, `toggle ${round}: ${name} ${same ? 'did not change' : 'changed'}`).toBe(
        same ? 0 : 1,
      );
    }
    expect(counts.BitsPanel, 'the Bits panel draws the new value').toBe(1);
    // What the bit does not change renders no more.
    expect(zeroes(counts, UNTOUCHED_BY_TOGGLE)).toEqual(zeroes({}, UNTOUCHED_BY_TOGGLE));
    // The timeline strip renders only if the what-if changed the lanes it draws.
    const stripSame = (await strip.innerHTML()) === stripBefore;
    expect(counts.TimelineStrip ?? 0, `the strip ${stripSame ? 'did not change' : 'changed'}`).toBe(stripSame ? 0 : 1);
  }
});

test('a step re-renders the stage and the open panel once, and not the shell', async ({ page }) => {
  await page.goto('./?scenario=type2-kvm-vhe&step=5&lang=en');
  const bits = await showPanel(page, 'Bits');
  await expect(bits.getByRole('switch', { name: 'HCR_EL2.E2H' })).toBeVisible();
  const narration = page.getByRole('region', { name: 'Narration' });
  await expect(narration).toContainText('Step 5 of');
  await settledCounts(page);

  await resetCounts(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration).toContainText('Step 6 of');
  const counts = await settledCounts(page);
  console.log(`renders after Next (step 5 -> 6): ${JSON.stringify(counts)}`);

  for (const name of ['Controls', 'TimelineStrip', 'ExceptionLevelsPanel', 'NarrationPanel', 'BitsPanel']) {
    expect(counts[name] ?? 0, `${name} renders the new step once`).toBe(1);
  }
  expect(zeroes(counts, UNTOUCHED_BY_STEP)).toEqual(zeroes({}, UNTOUCHED_BY_STEP));
});

test('a step re-renders the register file only where a value it shows changed', async ({ page }) => {
  // 35 steps, each left to settle.
  test.setTimeout(120_000);
  await page.goto('./?scenario=type2-kvm-vhe&lang=en');
  const file = await showPanel(page, 'Register file');
  const narration = page.getByRole('region', { name: 'Narration' });
  await expect(narration).toContainText('Step 0 of');
  const total = Number((await narration.locator('.step-pill').textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(5);
  await settledCounts(page);
  const seen = { same: 0, changed: 0 };
  for (let step = 1; step <= total; step++) {
    const before = await file.innerHTML();
    await resetCounts(page);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(narration).toContainText(`Step ${step} of`);
    const counts = await settledCounts(page, 150);
    const same = (await file.innerHTML()) === before;
    seen[same ? 'same' : 'changed']++;
    expect(
      counts.RegisterFilePanel ?? 0,
      `step ${step}: the register file ${same ? 'did not change' : 'changed'}`,
    ).toBe(same ? 0 : 1);
  }
  console.log(`register file over ${total} steps: ${JSON.stringify(seen)}`);
  // The lesson has steps of both kinds, so both halves of the rule were checked.
  expect(seen.same).toBeGreaterThan(0);
  expect(seen.changed).toBeGreaterThan(0);
});
