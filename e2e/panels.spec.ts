// The state panels: Bits, Register redirection, Exception routing, Address spaces, driven
// the way a student does, by role and accessible name (each is a tab beside the stage).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

// The state panels are tabs beside the stage: each use opens its tab first.
const region = (page: Page, name: string) => showPanel(page, name);
const bit = async (page: Page, name: string) => (await region(page, 'Bits')).getByRole('switch', { name, exact: true });

async function open(page: Page, scenario: string, step = 0) {
  await page.goto(`./?scenario=${scenario}&step=${step}&lang=en`);
  // Until the scenario is loaded the panels show a sandbox; both test scenarios start with E2H=1.
  await expect(await bit(page, 'HCR_EL2.E2H')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText(`Step ${step} of`).first()).toBeVisible();
}

test('toggling HCR_EL2.E2H at EL2 changes what SCTLR_EL1 reaches', async ({ page }) => {
  await open(page, 'type2-kvm-vhe', 2);
  const redirection = await region(page, 'Register redirection');
  await expect(redirection.getByLabel('Register', { exact: true })).toHaveValue('SCTLR_EL1');
  await expect(redirection.getByRole('img', { name: /SCTLR_EL1 → SCTLR_EL2/ })).toBeVisible();

  await (await bit(page, 'HCR_EL2.E2H')).click();
  await expect(await bit(page, 'HCR_EL2.E2H')).toHaveAttribute('aria-checked', 'false');
  await region(page, 'Register redirection');
  await expect(redirection.getByRole('img', { name: /SCTLR_EL1 → SCTLR_EL1$/ })).toBeVisible();
  await expect(redirection.getByRole('row', { name: /^SCTLR_EL1/ })).toContainText('SCTLR_EL1');

  await (await bit(page, 'HCR_EL2.E2H')).click();
  await region(page, 'Register redirection');
  await expect(redirection.getByRole('img', { name: /SCTLR_EL1 → SCTLR_EL2/ })).toBeVisible();
});

test('an unknown register name gets the core’s suggestion', async ({ page }) => {
  await open(page, 'type2-kvm-vhe', 2);
  const input = (await region(page, 'Register redirection')).getByLabel('Register', { exact: true });
  await input.fill('sctlr_el');
  await expect((await region(page, 'Register redirection')).getByRole('alert')).toContainText(
    'did you mean SCTLR_EL1?',
  );
  await input.fill('sctlr_el12');
  await expect(
    (await region(page, 'Register redirection')).getByRole('img', { name: /SCTLR_EL12 → SCTLR_EL1$/ }),
  ).toBeVisible();
});

test('HCR_EL2.TGE moves a host EL0 IRQ between EL1 and EL2', async ({ page }) => {
  await open(page, 'type2-kvm-vhe', 0);
  const routing = await region(page, 'Exception routing');
  await routing.getByLabel('Exception kind').selectOption('IRQ');
  const target = routing.getByRole('status', { name: 'Target' });
  await expect(target).toContainText(/EL0\s*→\s*EL2/);

  await (await bit(page, 'HCR_EL2.TGE')).click();
  await region(page, 'Exception routing');
  await expect(target).toContainText(/EL0\s*→\s*EL1/);
  await expect(routing.getByRole('list', { name: 'Because' })).toContainText('R-IRQ-EL1');

  await (await bit(page, 'HCR_EL2.TGE')).click();
  await region(page, 'Exception routing');
  await expect(target).toContainText(/EL0\s*→\s*EL2/);
  await expect(routing.getByRole('list', { name: 'Because' })).toContainText('R-IRQ-TGE');
});

test('host EL0 sits in EL2&0 with E2H=TGE=1 and in EL1&0 once TGE is cleared', async ({ page }) => {
  await open(page, 'type2-kvm-vhe', 0);
  const spaces = await region(page, 'Address spaces');
  await expect(spaces.getByRole('img', { name: /EL2&0/ }).first()).toBeVisible();
  await (await bit(page, 'HCR_EL2.TGE')).click();
  await region(page, 'Address spaces');
  await expect(spaces.getByRole('img', { name: /EL1&0/ }).first()).toBeVisible();
  await expect(spaces.getByRole('img', { name: /EL2&0/ })).toHaveCount(0);
  // The what-if is marked as such beside the switch.
  await expect(await region(page, 'Bits')).toContainText('what-if');
});

test('the panels are named in both languages', async ({ page }) => {
  await open(page, 'type2-kvm-vhe', 2);
  for (const name of ['Bits', 'Exception routing', 'Register redirection', 'Address spaces']) {
    await expect(await region(page, name)).toBeVisible();
  }
  await page.goto('./?scenario=type2-kvm-vhe&step=2&lang=zh');
  for (const name of ['控制位', '异常路由', '寄存器重定向', '地址空间']) {
    await expect(await region(page, name)).toBeVisible();
  }
  await expect((await region(page, '控制位')).getByRole('switch', { name: 'HCR_EL2.E2H' })).toBeVisible();
});

test('Tab reaches a switch and Space toggles it', async ({ page }) => {
  await open(page, 'type2-kvm-vhe', 2);
  const e2h = await bit(page, 'HCR_EL2.E2H');
  // Wait for the scenario's step (E2H=1) so the key goes to the scenario, not the sandbox.
  await expect(e2h).toHaveAttribute('aria-checked', 'true');
  await e2h.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(e2h).toBeFocused();
  await page.keyboard.press('Space');
  await expect(e2h).toHaveAttribute('aria-checked', 'false');
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the state panels (${theme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?scenario=type2-kvm-vhe&step=2&lang=en&theme=${theme}`);
    await expect((await region(page, 'Bits')).getByRole('switch').first()).toBeVisible();
    // At 1280x900 the stage and one side panel share the screen; each panel is shot in its tab.
    for (const name of ['Bits', 'Exception routing', 'Register redirection', 'Address spaces']) {
      const file = testInfo.outputPath(`${name.replace(/ /g, '-').toLowerCase()}-${theme}.png`);
      const panel = await region(page, name);
      await expect(panel).toBeVisible();
      // A tab's panel may still be swapping its loading placeholder for the panel itself.
      await expect(async () => {
        await panel.screenshot({ path: file, timeout: 2000 });
      }).toPass({ timeout: 10_000 });
    }
  });
}
