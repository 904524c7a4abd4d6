// Issue 11 §2: on nvhe-vs-vhe the register file shows nVHE handing the EL1 registers to the
// host kernel and back on one exit, while VHE keeps them the guest's (the host works at EL2).
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

test('nVHE changes the EL1 set owner twice per exit; VHE never', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?scenario=nvhe-vs-vhe&step=4&lang=en');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('4');
  const panel = await showPanel(page, 'Register file');
  const glance = panel.getByRole('region', { name: 'Who owns the EL1 registers' });
  const nvhe = glance.locator('li[data-flow="nvhe"]');
  const vhe = glance.locator('li[data-flow="vhe"]');
  // Mid-exit: nVHE has loaded the host kernel's EL1 registers; VHE's still hold the guest's.
  await expect(nvhe).toContainText('host kernel');
  await expect(nvhe).toContainText('changed owner 1×');
  await expect(vhe).toContainText('guest kernel');
  await expect(vhe).toContainText('changed owner 0×');
  await expect(panel).toContainText('loaded 21 EL1 registers of Host Linux + KVM from memory');
  // The exit that started it: ESR_EL2 / ELR_EL2 / SPSR_EL2 after the guest's HVC.
  const first = panel.getByRole('region', { name: 'Last exception taken to EL2' });
  await expect(first).toContainText('ESR_EL2');
  await expect(first).toContainText('return address in Guest');
  await expect(first).toContainText('PSTATE of Guest');
  await expect(first).toContainText('(EL1)');
  await page.screenshot({ path: info.outputPath('register-file-nvhe-vs-vhe-step4.png') });

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('11');
  await expect(nvhe).toContainText('guest kernel');
  await expect(nvhe).toContainText('changed owner 2×');
  await expect(vhe).toContainText('changed owner 0×');
  // The last exit to EL2 is now the host's HVC into the hyp code (kvm_call_hyp_ret).
  const exit = panel.getByRole('region', { name: 'Last exception taken to EL2' });
  await expect(exit).toContainText('return address in Host Linux + KVM');
});
