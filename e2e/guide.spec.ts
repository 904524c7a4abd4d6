// The guide's virtualization chapters (issue 12): the vIRQ, a trap and the two-stage walk
// are drawn, by role and accessible name, in both languages.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { showPanel } from './fixtures/wings';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function open(page: Page, scenario: string, step: number, lang: 'en' | 'zh' = 'en') {
  await page.goto(`./?scenario=${scenario}&step=${step}&lang=${lang}`);
  await expect(page.getByText(lang === 'en' ? `Step ${step} of` : `第 ${step} 步，共`).first()).toBeVisible();
}

test('virtual-interrupts: the list register and the vIRQ lane show the guest taking it at EL1', async ({ page }) => {
  // After the ERET to the guest: ICH_LR0_EL2 holds vINTID 27 pending, HW with pINTID 27.
  await open(page, 'virtual-interrupts', 4);
  // The panels beside the stage are tabs: Exception routing is this scenario's focus panel.
  const routing = await showPanel(page, 'Exception routing');
  const lrs = routing.getByRole('table', { name: 'GIC list registers' });
  await expect(lrs.getByRole('row', { name: /ICH_LR0_EL2/ })).toContainText(/27\s*pending\s*yes\s*27/);
  const lane = routing.getByRole('list', { name: 'Virtual interrupts' });
  await expect(lane.getByRole('listitem').filter({ hasText: 'vIRQ' })).toContainText('taken at EL1 now');
  await expect(lane.getByRole('listitem').filter({ hasText: 'vIRQ' })).toContainText('from a list register');

  // Masked in the guest (PSTATE.I=1 what-if): pending for EL1 instead.
  await (await showPanel(page, 'Bits')).getByRole('switch', { name: 'PSTATE.I', exact: true }).click();
  await showPanel(page, 'Exception routing');
  await expect(lane.getByRole('listitem').filter({ hasText: 'vIRQ' })).toContainText('pending for EL1');

  // The step itself: the vIRQ is taken at EL1, and after the EOI the physical INTID is deactivated.
  await open(page, 'virtual-interrupts', 7);
  await expect(page.getByText(/ICV_EOIR1_EL1 \(vINTID 27\); physical INTID 27 deactivated too/).first()).toBeVisible();
  await expect((await showPanel(page, 'Exception routing')).getByRole('row', { name: /ICH_LR0_EL2/ })).toContainText(
    'inactive',
  );
});

test('trap-and-emulate: the trapped ID register read is drawn with its syndrome', async ({ page }) => {
  await open(page, 'trap-and-emulate', 1);
  await expect(page.getByText(/MRS ID_AA64PFR0_EL1 from .* taken to EL2, .*\(ESR EC 0x18\)/).first()).toBeVisible();
  // MIDR_EL1 at EL1 reaches VPIDR_EL2 without a trap.
  await open(page, 'trap-and-emulate', 9);
  await expect(page.getByText(/MRS MIDR_EL1 reaches VPIDR_EL2/).first()).toBeVisible();
});

test('stage2-and-vmids: the two-stage walk and the VMID-tagged TLB are drawn', async ({ page }) => {
  await open(page, 'stage2-and-vmids', 9);
  const spaces = region(page, 'Address spaces');
  await expect(
    spaces.getByRole('img', {
      name: /VA 0x400000 → stage 1: TTBR0_EL1 \+ TTBR1_EL1, ASID 5 → IPA 0x40001000 → stage 2: VTTBR_EL2, VMID 2 → PA 0x890001000/,
    }),
  ).toBeVisible();
  const tlb = spaces.getByRole('table', { name: 'TLB' });
  // The host's entry, VM 1's and VM 2's: same VA and ASID, told apart by the VMID.
  await expect(tlb.getByRole('row')).toHaveCount(4);
  await expect(tlb.getByRole('row', { name: /0x880001000/ })).toContainText('1');
  await expect(tlb.getByRole('row', { name: /0x890001000/ })).toContainText('2');

  // The MMIO store: a stage 2 fault, the IPA in HPFAR_EL2.
  await open(page, 'stage2-and-vmids', 14);
  await expect(region(page, 'Address spaces').getByRole('img', { name: /HPFAR_EL2 holds the IPA/ })).toBeVisible();
});

test('the new panels speak Chinese', async ({ page }) => {
  await open(page, 'stage2-and-vmids', 9, 'zh');
  // The walk is drawn once the worker has answered for this step (slower on a loaded machine).
  await expect(region(page, '地址空间').getByRole('img', { name: /stage 1: TTBR0_EL1/ })).toBeVisible({
    timeout: 15_000,
  });
  await open(page, 'virtual-interrupts', 4, 'zh');
  await expect(region(page, '异常路由').getByRole('table', { name: 'GIC 列表寄存器' })).toBeVisible({
    timeout: 15_000,
  });
});
