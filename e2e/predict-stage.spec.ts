// Issue 11 §4: an open question never scrolls the stage away. At a projector's 1280x720 and
// a phone's 390x844, in both languages, with the question open, all EL rows of the diagram
// stay on screen, the page has not scrolled, and nothing overflows sideways. One screenshot
// per size and language, with the question open, and one with the challenges.
import AxeBuilder from '@axe-core/playwright';
import LZString from 'lz-string';
import { expect, test } from './fixtures/test';

const SIZES = [
  [1280, 720],
  [390, 844],
] as const;

for (const [w, h] of SIZES)
  for (const lang of ['en', 'zh'] as const)
    test(`${w}x${h} ${lang}: the question card keeps the stage in view`, async ({ page }, info) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`./?scenario=exception-routing&lang=${lang}&theme=light`);
      await expect(page.getByRole('slider', { name: lang === 'en' ? 'Step' : '步骤' })).toHaveValue('0');
      await page.getByRole('switch', { name: lang === 'en' ? 'Predict mode' : '预测模式' }).click();
      const card = page.getByRole('region', { name: lang === 'en' ? 'Predict mode' : '预测模式' });
      await expect(card.getByRole('region', { name: lang === 'en' ? 'Challenges' : '挑战' })).toBeVisible();
      await page.screenshot({ path: info.outputPath(`predict-challenges-${w}x${h}-${lang}.png`) });
      await page
        .getByRole('button', { name: lang === 'en' ? 'Next step' : '下一步' })
        .first()
        .click();
      const radios = card.getByRole('radio');
      await expect(radios.first()).toBeFocused();
      const fit = await page.evaluate(() => ({
        scrolled: window.scrollY,
        overflowX: document.documentElement.scrollWidth - window.innerWidth,
        lanes: [...document.querySelectorAll('.stage .el-diagram .lane-band')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
      }));
      expect(fit.overflowX).toBeLessThanOrEqual(0);
      expect(fit.scrolled).toBe(0);
      expect(fit.lanes.length).toBeGreaterThanOrEqual(3);
      for (const lane of fit.lanes) {
        expect(lane.top).toBeGreaterThanOrEqual(0);
        expect(lane.bottom).toBeLessThanOrEqual(h);
      }
      await page.screenshot({ path: info.outputPath(`predict-question-${w}x${h}-${lang}.png`) });
    });

for (const [w, h] of SIZES)
  for (const lang of ['en', 'zh'] as const)
    test(`${w}x${h} ${lang}: a shared score shows as the sender's claim without overflow`, async ({ page }, info) => {
      await page.setViewportSize({ width: w, height: h });
      const body = LZString.compressToEncodedURIComponent(JSON.stringify({ k: [3, 4, 1, 1] }));
      await page.goto(`./?scenario=bare-metal&lang=${lang}&theme=light&s=3.${body}`);
      const claim = page.getByRole('region', {
        name: lang === 'en' ? 'A score shared with you' : '别人分享给你的得分',
      });
      await expect(claim).toContainText(
        lang === 'en'
          ? '3 of 4 predictions correct, 1 of 1 challenges met'
          : '预测答对 3 题，共 4 题；完成 1 个挑战，共 1 个',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.screenshot({ path: info.outputPath(`predict-claim-${w}x${h}-${lang}.png`) });
    });

for (const theme of ['light', 'dark'] as const)
  test(`no axe violations in predict mode: challenges, an open question, a shared score, a shared link (${theme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const body = LZString.compressToEncodedURIComponent(JSON.stringify({ k: [3, 4, 0, 1] }));
    await page.goto(`./?scenario=bare-metal&lang=en&theme=${theme}&s=3.${body}`);
    await expect(page.getByRole('region', { name: 'A score shared with you' })).toBeVisible();
    await page.getByRole('switch', { name: 'Predict mode' }).click();
    const card = page.getByRole('region', { name: 'Predict mode' });
    await expect(card.getByRole('region', { name: 'Challenges' })).toBeVisible();
    const axe = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      }));
    };
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Next step' }).first().click();
    await card.getByRole('radio', { name: 'EL1' }).check();
    expect(await axe()).toEqual([]);
    await card.getByRole('button', { name: 'Check' }).click();
    await card.getByRole('button', { name: 'Share my score' }).click();
    await expect(card.getByRole('textbox', { name: 'Link to your score' })).toBeVisible();
    expect(await axe()).toEqual([]);
  });
