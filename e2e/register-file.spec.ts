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
  await expect(nvhe).toContainText(/host kernel|Host Linux/i);
  await expect(nvhe).toContainText('changed owner 1×');
  await expect(vhe).toContainText(/guest kernel/i);
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
  await expect(nvhe).toContainText(/guest kernel/i);
  await expect(nvhe).toContainText('changed owner 2×');
  await expect(vhe).toContainText('changed owner 0×');
  // The last exit to EL2 is now the host's HVC into the hyp code (kvm_call_hyp_ret).
  const exit = panel.getByRole('region', { name: 'Last exception taken to EL2' });
  await expect(exit).toContainText('return address in Host Linux + KVM');
});

// Issue 12: the virtualization registers. VTTBR_EL2 carries the VMID of the VM about to run,
// so switching VMs shows a new VMID (and needs no flush); KVM's list register appears once
// it is written.
test('stage2-and-vmids: VTTBR_EL2 shows VMID 1, then VMID 2 when KVM switches VMs; HPFAR_EL2 the IPA', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?scenario=stage2-and-vmids&step=6&lang=en');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('6');
  const panel = await showPanel(page, 'Register file');
  const vttbr = panel.locator('tr[data-reg="VTTBR_EL2"]');
  await expect(vttbr).toContainText('VMID 1: VM 1');
  await expect(vttbr).toHaveAttribute('data-owner', 'guest');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('7');
  await expect(vttbr).toContainText('VMID 2: VM 2');
  // The write at this step is the VTTBR_EL2 row's.
  await expect(vttbr).toHaveClass(/lit/);
  await vttbr.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('register-file-stage2-vmid2-en.png') });

  await page.goto('./?scenario=stage2-and-vmids&step=10&lang=en');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('10');
  const hpfar = (await showPanel(page, 'Register file')).locator('tr[data-reg="HPFAR_EL2"]');
  await expect(hpfar).toContainText('faulting IPA 0x40002000');
  await expect(hpfar).toContainText('0x400020');
});

test('virtual-interrupts: an ICH_LR0_EL2 row appears when KVM writes the list register', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?scenario=virtual-interrupts&step=2&lang=en');
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('2');
  const panel = await showPanel(page, 'Register file');
  await expect(panel.locator('tr[data-reg="ICH_LR0_EL2"]')).toHaveCount(0);
  await expect(panel).toContainText('no list register written yet');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('3');
  const lr = panel.locator('tr[data-reg="ICH_LR0_EL2"]');
  await expect(lr).toContainText('vINTID 27: pending, group 1, HW=1, pINTID 27');
  await expect(lr).toHaveAttribute('data-owner', 'guest');
  await expect(lr).toHaveClass(/lit/);
  await lr.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('register-file-virtual-interrupts-en.png') });
});

test('in Chinese: the VMID, the list register and the timer controls', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?scenario=stage2-and-vmids&step=7&lang=zh');
  await expect(page.getByRole('slider', { name: '步骤' })).toHaveValue('7');
  const panel = await showPanel(page, '寄存器组');
  await expect(panel.locator('tr[data-reg="VTTBR_EL2"]')).toContainText('VMID 2：');
  await panel.locator('tr[data-reg="VTTBR_EL2"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('register-file-stage2-vmid2-zh.png') });
  await page.goto('./?scenario=virtual-interrupts&step=3&lang=zh');
  await expect(page.getByRole('slider', { name: '步骤' })).toHaveValue('3');
  const vi = await showPanel(page, '寄存器组');
  await expect(vi.locator('tr[data-reg="ICH_LR0_EL2"]')).toContainText('vINTID 27：待处理');
  await vi.locator('tr[data-reg="ICH_LR0_EL2"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('register-file-virtual-interrupts-zh.png') });
  await page.goto('./?scenario=timers&step=24&lang=zh');
  await expect(page.getByRole('slider', { name: '步骤' })).toHaveValue('24');
  const timers = await showPanel(page, '寄存器组');
  await expect(timers.locator('tr[data-reg="CNTHCTL_EL2"]')).toContainText('EL1PCTEN（第 10 位）= 1');
  await expect(timers.locator('tr[data-reg="CNTVOFF_EL2"]')).toContainText('虚拟计数偏移');
  await timers.locator('tr[data-reg="CNTHCTL_EL2"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('register-file-timers-zh.png') });
});
