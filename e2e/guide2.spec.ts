// Issue 13's scenarios are drawn: x86 as rings in VMX root / non-root columns, three flows in
// lockstep, the Secure world's column and S-EL2, and the device's path through the SMMU.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

// The EL panel's diagrams, in either language (its region name is translated).
const diagrams = (page: Page) => page.locator('#exception-levels svg.el-diagram');

async function open(page: Page, scenario: string, step = 0, lang = 'en') {
  await page.goto(`./?scenario=${scenario}&step=${step}&lang=${lang}`);
  await expect(diagrams(page).first()).toBeVisible();
}

test('x86-vs-arm draws three flows, the first as rings in VMX root and non-root columns', async ({ page }) => {
  await open(page, 'x86-vs-arm', 1);
  await expect(diagrams(page)).toHaveCount(3);
  const x86 = diagrams(page).first();
  await expect(x86).toHaveAttribute('data-arch', 'x86');
  await expect(x86.locator('.lane-name', { hasText: 'ring 0' })).toHaveCount(1);
  await expect(x86.locator('.lane-name', { hasText: 'ring 3' })).toHaveCount(1);
  await expect(x86.locator('.world-name', { hasText: /VMX root operation/ })).toHaveCount(1);
  await expect(x86.locator('.world-name', { hasText: /VMX non-root operation/ })).toHaveCount(1);
  // After the VMCALL exit the host kernel (root, ring 0) runs; the arrow says VMCALL.
  await expect(x86.locator('.actor.running')).toContainText('Host Linux + KVM');
  await expect(x86.locator('.pill')).toContainText('VMCALL');
  await expect(diagrams(page).nth(1)).toHaveAttribute('data-arch', 'arm');
});

test('x86-vs-arm plays to its end in Chinese with the rings still drawn', async ({ page }) => {
  await open(page, 'x86-vs-arm', 11, 'zh');
  await expect(diagrams(page).first().locator('.lane-sub', { hasText: '用户态' })).toHaveCount(1);
  await expect(diagrams(page).first().locator('.actor.running')).toContainText('客户机内核');
});

test('secure-el2 draws the Secure world column with the SPMC at S-EL2 and the partition at S-EL1', async ({ page }) => {
  await open(page, 'secure-el2', 7);
  const d = diagrams(page).first();
  await expect(d.locator('.world.world-secure')).toHaveCount(1);
  await expect(d.locator('.actor.world-secure.el-2')).toContainText('Hafnium');
  await expect(d.locator('.actor.world-secure.el-1.running')).toContainText('Secure partition');
  await expect(d.locator('.lane-name', { hasText: 'EL3' })).toHaveCount(1);
});

test('device-dma draws the device path beside the CPU, and a fault as an SMMU event', async ({ page }) => {
  await open(page, 'device-dma', 2);
  const path = page.getByRole('region', { name: 'Exception levels', exact: true }).getByRole('region', {
    name: 'Device path (SMMU), beside the CPU',
  });
  await expect(path).toContainText('PA: memory written');
  await open(page, 'device-dma', 3);
  await expect(path).toContainText('F_TRANSLATION (0x10)');
  await expect(diagrams(page).first().locator('.actor.running')).toContainText('domU kernel');
});

test('nested-virt draws both flows and ends with L2 running in each', async ({ page }) => {
  await open(page, 'nested-virt', 15);
  await expect(diagrams(page)).toHaveCount(2);
  for (const i of [0, 1])
    await expect(diagrams(page).nth(i).locator('.actor.running')).toContainText('L2 guest kernel');
});
