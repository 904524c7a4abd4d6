// Predict mode, as a student uses it: the step about to play asks its question first; the
// answer is checked by keyboard, the verdict shows the rule that decides it, the score counts.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const narration = (page: Page) => page.getByRole('region', { name: /^(Narration|讲解)$/ });

async function open(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`./?scenario=bare-metal&lang=${lang}&theme=light`);
  await expect(narration(page)).toContainText(lang === 'en' ? 'Step 0 of 5' : '第 0 步，共 5 步');
}

test('asks before the step plays, answered by keyboard, with verdict, rule id and score', async ({ page }) => {
  await open(page);
  const predict = page.getByRole('switch', { name: 'Predict mode' });
  await predict.click();
  await expect(predict).toHaveAttribute('aria-checked', 'true');
  const card = page.getByRole('region', { name: /^(Predict mode|预测模式)$/ });
  await expect(card).toContainText('0 of 0 correct');

  // → asks instead of stepping; the first choice has the focus.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  const group = card.getByRole('radiogroup', { name: 'Your prediction' });
  await expect(card).toContainText('Which EL takes this exception?');
  await expect(narration(page)).toContainText('Step 0 of 5');
  await expect(group.getByRole('radio', { name: 'EL1' })).toBeFocused();
  // Space picks the focused choice, Enter checks it.
  await page.keyboard.press(' ');
  await expect(group.getByRole('radio', { name: 'EL1' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toContainText('Correct');
  await expect(card.getByRole('list', { name: 'The rule that decides it' })).toContainText(/R-[A-Z0-9-]+/);
  await expect(card).toContainText('1 of 1 correct');
  // Next (focused) plays the step.
  await expect(card.getByRole('button', { name: 'Next step' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText('Step 1 of 5');
  await expect(group).toHaveCount(0);

  // A wrong answer: MRS ESR_EL1 reaches ESR_EL1, not UNDEFINED.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(card).toContainText('Which register does MRS x0, ESR_EL1 reach?');
  await page.keyboard.press('ArrowDown'); // arrows move the choice within the group
  await group.getByRole('radio', { name: 'UNDEFINED' }).check();
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByRole('status')).toContainText('Not quite');
  await expect(card.getByRole('status')).toContainText('The answer is ESR_EL1; you chose UNDEFINED.');
  await expect(card).toContainText('1 of 2 correct');
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText('Step 2 of 5');

  // Play stops at the next question; after the answer, play carries on.
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: '4×' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(card).toContainText('Is this ERET legal?');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(narration(page)).toContainText('Step 2 of 5');

  // The same in Chinese, and the score is per scenario and resettable.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(card).toContainText('这条 ERET 合法吗？');
  await expect(card).toContainText('答对 1 题，共 2 题');
  await card.getByRole('radio', { name: '合法' }).check();
  await card.getByRole('button', { name: '核对' }).click();
  await expect(card.getByRole('status')).toContainText('正确');
  await expect(page.getByRole('region', { name: '预测模式' })).toContainText('答对 2 题，共 3 题');
  await card.getByRole('button', { name: '重置得分' }).click();
  await expect(card).toContainText('答对 0 题，共 0 题');
});

test('the score is kept across a reload, and predict mode can be turned off', async ({ page }) => {
  await open(page, 'zh');
  const predict = page.getByRole('switch', { name: '预测模式' });
  await predict.click();
  await page.getByRole('button', { name: '下一步' }).first().click();
  const card = page.getByRole('region', { name: '预测模式' });
  await expect(card).toContainText('这个异常由哪个 EL 处理？');
  await card.getByRole('radio', { name: 'EL2' }).check();
  await card.getByRole('button', { name: '核对' }).click();
  await expect(card.getByRole('status')).toContainText('不对');
  await page.reload();
  await expect(page.getByRole('region', { name: '预测模式' })).toContainText('答对 0 题，共 1 题');
  await page.getByRole('switch', { name: '预测模式' }).click();
  await expect(page.getByRole('region', { name: '预测模式' })).toHaveCount(0);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(narration(page)).toContainText('第 1 步，共 5 步');
});

test('asks the new kinds: whether a guest ID register read traps, and which tables a walk uses (en + zh)', async ({
  page,
}) => {
  await page.goto('./?scenario=trap-and-emulate&lang=en&theme=light');
  await expect(narration(page)).toContainText('Step 0 of');
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  const card = page.getByRole('region', { name: 'Predict mode' });
  await page.getByRole('button', { name: 'Next step' }).first().click();
  await expect(card).toContainText('Is MRS x0, ID_AA64PFR0_EL1 trapped to EL2?');
  await card.getByRole('radio', { name: 'trapped to EL2 (EC 0x18)' }).check();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toContainText('Correct');
  await expect(card.getByRole('list', { name: 'The rule that decides it' })).toContainText('R-');

  // A stage-2 walk in Chinese: which tables does the guest's load walk?
  await page.goto('./?scenario=stage2-and-vmids&step=8&lang=zh&theme=light');
  await expect(narration(page)).toContainText('第 8 步');
  const zhCard = page.getByRole('region', { name: '预测模式' });
  await page.getByRole('button', { name: '下一步' }).first().click();
  await expect(zhCard).toContainText('这次访问遍历哪些转换表？');
  await zhCard.getByRole('radio', { name: 'TTBR0_EL1, TTBR1_EL1 + VTTBR_EL2' }).check();
  await zhCard.getByRole('button', { name: '核对' }).click();
  await expect(zhCard.getByRole('status')).toContainText('正确');
});

test('a challenge is met by flipping a bit, by keyboard, and checked by the rules', async ({ page }) => {
  await open(page);
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  const card = page.getByRole('region', { name: 'Predict mode' });
  const challenges = card.getByRole('region', { name: 'Challenges' });
  const goal = challenges.getByRole('listitem').filter({ hasText: 'Make the timer IRQ go to EL2 instead of EL1.' });
  await expect(goal).toContainText('not yet');
  await expect(card).toContainText('0 of 1 challenges met');
  // Keyboard only: go to the step, open the Bits, flip HCR_EL2.IMO.
  await goal.getByRole('button', { name: 'Go to step 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(narration(page)).toContainText('Step 3 of 5');
  await challenges.getByRole('button', { name: 'Open the Bits panel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /^Bits/ })).toBeFocused();
  const bits = page.getByRole('region', { name: 'Bits', exact: true });
  await bits.getByRole('switch', { name: 'HCR_EL2.IMO' }).focus();
  await page.keyboard.press('Space');
  await expect(goal).toContainText('met');
  await expect(goal).not.toContainText('not yet');
  await expect(card).toContainText('1 of 1 challenges met');
  // The step's question now has the recomputed answer: EL2.
  await page.getByRole('button', { name: 'Next step' }).first().click();
  await expect(card).toContainText('Which EL takes this IRQ, or does it stay pending?');
  await card.getByRole('radio', { name: 'EL2' }).check();
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByRole('status')).toContainText('Correct');
});

test('share my score: the link opens elsewhere as the sender\u2019s claim, apart from the receiver\u2019s own score', async ({
  page,
  browser,
}) => {
  await open(page);
  await page.getByRole('switch', { name: 'Predict mode' }).click();
  const card = page.getByRole('region', { name: 'Predict mode' });
  await page.getByRole('button', { name: 'Next step' }).first().click();
  await card.getByRole('radio', { name: 'EL1' }).check();
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card).toContainText('1 of 1 correct');
  await card.getByRole('button', { name: 'Share my score' }).click();
  const field = card.getByRole('textbox', { name: 'Link to your score' });
  await expect(field).toHaveValue(/scenario=bare-metal&s=3\./);
  const link = await field.inputValue();

  const receiver = await browser.newContext({ colorScheme: 'light' });
  try {
    const other = await receiver.newPage();
    // The receiver has a score of their own in this scenario first.
    await other.goto('./?scenario=bare-metal&lang=en');
    await other.getByRole('switch', { name: 'Predict mode' }).click();
    const theirs = other.getByRole('region', { name: 'Predict mode' });
    await other.getByRole('button', { name: 'Next step' }).first().click();
    await theirs.getByRole('radio', { name: 'EL3' }).check();
    await theirs.getByRole('button', { name: 'Check' }).click();
    await expect(theirs).toContainText('0 of 1 correct');

    await other.goto(link);
    const claim = other.getByRole('region', { name: 'A score shared with you' });
    await expect(claim).toContainText(
      'For \u201cBare metal: apps at EL0, the kernel at EL1\u201d, the sender says: 1 of 1 predictions correct, 0 of 1 challenges met.',
    );
    await expect(claim).toContainText('the sender\u2019s claim');
    // Their own score is untouched, and stays so after the claim is dismissed and on reload.
    await expect(other.getByRole('region', { name: 'Predict mode' })).toContainText('0 of 1 correct');
    await claim.getByRole('button', { name: 'Dismiss' }).click();
    await expect(claim).toHaveCount(0);
    await other.reload();
    await expect(other.getByRole('region', { name: 'Predict mode' })).toContainText('0 of 1 correct');
    await expect(other.getByRole('region', { name: 'A score shared with you' })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
