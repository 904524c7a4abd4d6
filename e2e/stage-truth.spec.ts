// A picture that tells the truth (issue 11 §3): the boot diagram draws only what the boot
// decision made exist and shows the decision; arrow labels never cover an actor's box.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const slider = (page: Page) => page.getByRole('slider', { name: /^(Step|步骤)$/ });

async function open(page: Page, query: string, step: number) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?${query}`);
  await expect(slider(page)).toHaveValue(String(step));
  await expect(page.locator('.stage .el-diagram').first()).toBeVisible();
}

/** The names on the actor boxes of the stage's diagram. */
const actorNames = async (page: Page) =>
  (await page.locator('.stage .el-diagram .actor .actor-name').allTextContents()).sort();

test('linux-boot: a kernel booted at EL1 has no hyp stub or KVM at EL2; the decision is in the picture', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'scenario=linux-boot&step=1&lang=en&theme=light', 1);
  // Step 1 is the decision: the picture says it, not just "Boot".
  await expect(page.locator('.stage .el-diagram .callout')).toHaveText('Linux 6.12: kernel at EL1 · no KVM');
  expect(await actorNames(page)).toEqual(['Firmware (TF-A BL31 at EL3)', 'Linux kernel']);
  await slider(page).fill('2');
  await expect(slider(page)).toHaveValue('2');
  expect(await actorNames(page)).toEqual(['Firmware (TF-A BL31 at EL3)', 'Linux kernel']);
  // Case 2 (Linux 5.10, entered at EL2, no CONFIG_ARM64_VHE): the stub and KVM's hyp code.
  await slider(page).fill('5');
  await expect(page.locator('.stage .el-diagram .callout')).toHaveText('Linux 5.10: kernel at EL1 · KVM in nVHE mode');
  expect(await actorNames(page)).toEqual(
    ['Firmware (TF-A BL31 at EL3)', 'Linux kernel', 'hyp stub', 'KVM nVHE / pKVM hyp code'].sort(),
  );
  // VHE (step 11): the kernel is at EL2 itself.
  await slider(page).fill('11');
  await expect(slider(page)).toHaveValue('11');
  expect(await actorNames(page)).toEqual(['Firmware (TF-A BL31 at EL3)', 'Linux kernel']);
  // Chinese too.
  await open(page, 'scenario=linux-boot&step=1&lang=zh&theme=dark', 1);
  await expect(page.locator('.stage .el-diagram .callout')).toHaveText('Linux 6.12：内核在 EL1 · 不启用 KVM');
});

/** Label pills that overlap an actor box, in the stage's diagrams now. */
function overlaps(page: Page) {
  return page.evaluate(() => {
    const hits: string[] = [];
    for (const svg of document.querySelectorAll('.stage .el-diagram')) {
      const boxes = [...svg.querySelectorAll('.actor')].map((g) => ({
        name: g.querySelector('.actor-name')?.textContent ?? '',
        r: (g.querySelector('.actor-box') as SVGGraphicsElement).getBoundingClientRect(),
      }));
      for (const pill of svg.querySelectorAll('.pill rect')) {
        const p = pill.getBoundingClientRect();
        for (const b of boxes) {
          const x = Math.min(p.right, b.r.right) - Math.max(p.left, b.r.left);
          const y = Math.min(p.bottom, b.r.bottom) - Math.max(p.top, b.r.top);
          if (x > 0.5 && y > 0.5) hits.push(`"${pill.parentElement?.textContent}" over ${b.name}`);
        }
      }
    }
    return hits;
  });
}

test('arrow labels never cover an actor box, in any step of any scenario', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'scenario=bare-metal&step=0&lang=en', 0);
  const ids = await page
    .getByLabel('Scenario', { exact: true })
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const found: string[] = [];
  for (const id of ids) {
    await open(page, `scenario=${id}&step=0&lang=en`, 0);
    const max = Number(await slider(page).getAttribute('max'));
    for (let n = 1; n <= max; n++) {
      await slider(page).fill(String(n));
      await expect(slider(page)).toHaveValue(String(n));
      for (const hit of await overlaps(page)) found.push(`${id} step ${n}: ${hit}`);
    }
  }
  expect(found).toEqual([]);
});
