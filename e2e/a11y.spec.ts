// axe-core on the whole page, after a few steps: light, dark, Chinese, and a two-flow scenario.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/test';

const cases = [
  { name: 'light, English', query: 'scenario=type2-kvm-vhe&lang=en&theme=light' },
  { name: 'dark, English', query: 'scenario=type2-kvm-vhe&lang=en&theme=dark' },
  { name: 'light, Chinese', query: 'scenario=type2-kvm-vhe&lang=zh&theme=light' },
  { name: 'dark, Chinese', query: 'scenario=type2-kvm-nvhe&lang=zh&theme=dark' },
  { name: 'two flows, dark', query: 'scenario=nvhe-vs-vhe&lang=en&theme=dark' },
];

for (const c of cases) {
  test(`no axe violations on the whole page (${c.name})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?${c.query}`);
    await expect(page.getByRole('slider')).toBeEnabled();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('slider')).toHaveValue('3');
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
    expect(summary).toEqual([]);
  });
}
