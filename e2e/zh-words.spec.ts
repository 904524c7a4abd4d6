// Chinese labels (issue 11 §5): walks every step of every scenario in Chinese and reads the
// stage's labels (the EL diagram's words, its screen-reader text, the step's event and
// outcome, flow titles, pending chips, counters, cost bars, published measurements). It
// flags English words left untranslated (register names, mnemonics, code identifiers and
// proper names are allowed), a Chinese run touching a Latin one without a space, and
// doubled headers such as "客户机 · 客户机". The narration's own paragraphs, the rule
// reasons and the sources are out of its scope (prose and citations).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

/** Where the labels are. */
const LABELS = [
  '.stage .el-diagram text',
  '.stage .el-diagram > desc',
  '.stage .flow-caption',
  '.stage .pending-line .chip',
  '.stage .callout',
  '.exception-levels [aria-live]',
  '.stage-text .event-label code',
  '.stage-text .outcome-line',
  '.stage-text .flow-title',
  '.stage-text .counters th',
  '.stage-text .measurements li > span',
  '.stage .smmu-stages li',
  '.cost-bars .cost-name',
  '.cost-bars .cost-who',
  '.cost-bars .cost-bar',
  '.cost-bars .cost-value',
].join(', ');

/**
 * Latin words that stay in Chinese text: proper names, Linux's "hyp" (its EL2 code), Arm's
 * "stage 1/2" (the glossary keeps them), Intel's "ring", "VM exit" and "VM entry", and
 * program names. Everything with a digit, an underscore, a dot, brackets, a slash or two
 * capitals (registers, mnemonics, identifiers, acronyms such as nVHE) is allowed by form.
 */
const ALLOWED = new Set([
  'Linux',
  'Xen',
  'Arm',
  'Intel',
  'Hafnium',
  'Android',
  'Moonshot',
  'Linaro',
  'hyp',
  'stage',
  'ring',
  'exit',
  'entry',
  'bash',
  'xl',
  'crosvm',
  'domU',
  'domctl',
  'ioctl',
]);

const latinWord = (chunk: string) =>
  /[A-Za-z]{2,}/.test(chunk) &&
  !/[_()[\]./\\#=<>0-9]/.test(chunk) &&
  (chunk.match(/[A-Z]/g)?.length ?? 0) < 2 &&
  !ALLOWED.has(chunk.replace(/^[-"'“‘]+|[-,;:!?"'”’…]+$/g, ''));

/** What is wrong with one label, if anything. */
function problems(label: string): string[] {
  const out: string[] = [];
  // A work cited by its own title (《…》) keeps its language.
  const text = label.replace(/《[^》]*》/g, '《》');
  const chunks = text.split(/[\s\u3000-\u303f\uff00-\uffef\u3400-\u9fff·、，。：；（）→←↔×]+/);
  const english = chunks.filter(latinWord);
  if (english.length) out.push(`English: ${english.join(' ')}`);
  const touch = text.match(/[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/g);
  if (touch) out.push(`no space: ${touch.join(' ')}`);
  const doubled = text.match(/(^|\s)(\S+) · \2(\s|$)/);
  if (doubled) out.push(`doubled: ${doubled[2]} · ${doubled[2]}`);
  return out;
}

async function labels(page: Page): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)]
        .filter((el) => el.closest('.visually-hidden, desc') || el.getClientRects().length > 0)
        // A name wrapped on two lines (tspans) reads as its lines with a space between.
        .map((el) => {
          const lines = [...el.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
          return (lines.length > 1 ? lines.join(' ') : (el.textContent ?? '')).replace(/\s+/g, ' ').trim();
        })
        .filter((t) => t && /[\u3400-\u9fff]|[A-Za-z]{2}/.test(t)),
    LABELS,
  );
}

test('the checker flags English, missing spaces and doubled headers, and allows names', () => {
  expect(problems('IRQ timer')).toEqual(['English: timer']);
  expect(problems('ERET：从KVM hyp 代码（EL2）')).toEqual(['no space: 从K']);
  expect(problems('客户机 · 客户机')).toEqual(['doubled: 客户机 · 客户机']);
  expect(problems('SMC PSCI SYSTEM_RESET：从 Linux 内核（EL1）进入 EL3')).toEqual([]);
  expect(problems('HVC kvm_call_hyp_ret(__kvm_vcpu_run)：由 pKVM hyp 处理')).toEqual([]);
  expect(problems('出处：《Arm 102142, Learn the architecture》')).toEqual([]);
});

test('every scenario in Chinese: no English labels, spaces between Chinese and Latin, no doubled headers', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?scenario=bare-metal&step=0&lang=zh');
  const slider = page.getByRole('slider', { name: '步骤' });
  await expect(slider).toHaveValue('0');
  const ids = await page
    .getByLabel('场景', { exact: true })
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(ids.length).toBeGreaterThan(15);
  const found = new Map<string, string>();
  for (const id of ids) {
    await page.goto(`./?scenario=${id}&step=0&lang=zh`);
    await expect(slider).toHaveValue('0');
    await expect(page.locator('.stage .el-diagram').first()).toBeVisible();
    const max = Number(await slider.getAttribute('max'));
    for (let n = 0; n <= max; n++) {
      if (n > 0) {
        await slider.fill(String(n));
        await expect(slider).toHaveValue(String(n));
      }
      // The published costs are folded away: open them to read them.
      for (const d of await page.locator('.cost-published:not([open]) summary').all()) await d.click();
      for (const text of await labels(page)) {
        for (const p of problems(text)) if (!found.has(`${p} | ${text}`)) found.set(`${p} | ${text}`, `${id}#${n}`);
      }
    }
  }
  const report = [...found].map(([what, where]) => `${where}: ${what}`);
  expect(report).toEqual([]);
});
