// Hardening (issue 6): the page keeps to its own origin under its CSP, survives a rules
// worker that dies mid-lesson, works whatever local storage does, and stays correct and
// responsive on a slow laptop (4× CPU throttling).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const SCENARIO = './?scenario=type2-kvm-vhe&lang=en';

const narration = (page: Page) => page.getByRole('region', { name: 'Narration' });
const stepCount = (page: Page) => page.locator('.controls .step-count');

async function ready(page: Page) {
  await expect(page.getByRole('button', { name: 'Next step' })).toBeEnabled();
}

/** Play at 4× until the last step; returns the total. */
async function playToEnd(page: Page, timeout = 60_000): Promise<number> {
  await page.getByLabel('Speed').selectOption('300');
  await page.getByRole('button', { name: 'Play' }).click();
  const text = (await stepCount(page).textContent()) ?? '';
  const total = Number(/of (\d+)/.exec(text)?.[1]);
  expect(total).toBeGreaterThan(0);
  await expect(stepCount(page)).toHaveText(`Step ${total} of ${total}`, { timeout });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  return total;
}

test.describe('content security', () => {
  test('the built page has the CSP meta and requests nothing from another origin', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    // The context also sees the service worker's own fetches (its precache).
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const violations: string[] = [];
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });

    await page.goto(SCENARIO);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');

    await ready(page);
    await playToEnd(page);
    // Let the service worker install and precache, so its requests are counted too.
    await page.evaluate(() => navigator.serviceWorker?.ready);

    expect(requests.length).toBeGreaterThan(3);
    const foreign = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
  });
});

test.describe('rules worker crash mid-scenario', () => {
  for (const mode of ['close', 'uncaught'] as const) {
    test(`a worker that dies (${mode}) at step 5 is restarted and the lesson resumes there`, async ({
      page,
      browser,
    }) => {
      // The same lesson in a second page with a healthy worker: what "correct" looks like.
      const reference = await browser.newPage();
      for (const p of [page, reference]) {
        await p.goto(SCENARIO);
        await ready(p);
        for (let i = 0; i < 5; i++) await p.getByRole('button', { name: 'Next step' }).click();
        await expect(stepCount(p)).toHaveText('Step 5 of 35');
      }
      await expect(narration(page)).toContainText('Step 5 of 35');

      expect(await page.evaluate(() => window.__vheLab !== undefined), 'a build made with VITE_TEST_HOOK=1').toBe(true);
      await page.evaluate((m) => window.__vheLab?.rules.crash(m), mode);
      const status = page.getByRole('status', { name: 'Rules worker status' });
      await expect(status).toContainText('stopped and was restarted');

      // A what-if makes the machine replay the lesson through the (new) worker.
      for (const p of [page, reference]) {
        await p.getByRole('switch', { name: 'HCR_EL2.E2H' }).click();
        await expect(p.getByRole('switch', { name: 'HCR_EL2.E2H' })).toHaveAttribute('aria-checked', 'false');
      }
      await expect(stepCount(page)).toHaveText('Step 5 of 35');
      await expect(narration(page)).toHaveText((await narration(reference).textContent()) ?? '');

      for (const p of [page, reference]) await p.getByRole('button', { name: 'Next step' }).click();
      await expect(stepCount(page)).toHaveText('Step 6 of 35');
      await expect(stepCount(reference)).toHaveText('Step 6 of 35');
      await expect(narration(page)).toHaveText((await narration(reference).textContent()) ?? '');
      await expect(narration(page).getByRole('list', { name: 'Because' }).first()).toContainText(/R-[A-Z0-9-]+/);
      await reference.close();
    });
  }
});

test.describe('local storage', () => {
  const FAULTS = {
    full: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    disabled: () => {
      const denied = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
        Storage.prototype[m] = denied;
      }
    },
    corrupted: () => {
      // Garbage under every key the app uses (any key starting with vhe-lab, and the likely
      // names before the app has written any).
      const garbage = ['{not json', '\u0000\uffff', 'null', '[]', '{"lang":42,"theme":{}}', '"x"', 'x'.repeat(50_000)];
      const keys = new Set(['vhe-lab', 'vhe-lab:ui', 'vhe-lab:progress', 'vhe-lab-ui', 'vhe-lab.v1']);
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k?.startsWith('vhe-lab')) keys.add(k);
      }
      let n = 0;
      for (const k of keys) localStorage.setItem(k, garbage[n++ % garbage.length] ?? '');
    },
  } as const;

  for (const [name, fault] of Object.entries(FAULTS)) {
    test(`the app loads and plays with local storage ${name}`, async ({ page, pageErrors }) => {
      if (name === 'corrupted') {
        // First a normal visit, so whatever the app keeps is there to be corrupted.
        await page.goto(SCENARIO);
        await ready(page);
        await page.getByRole('button', { name: 'Next step' }).click();
        await page.evaluate(fault);
      } else {
        await page.addInitScript(fault);
      }
      await page.goto(SCENARIO);
      await ready(page);
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect(stepCount(page)).toHaveText('Step 1 of 35');
      await page.getByLabel('Speed').selectOption('300');
      await page.getByRole('button', { name: 'Play' }).click();
      await expect(stepCount(page)).toHaveText(/Step ([4-9]|\d\d) of 35/);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(page.getByRole('region', { name: 'Exception levels' }).locator('svg text').first()).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  }
});

test.describe('slow laptop', () => {
  test('under 4× CPU throttling the lesson ends with the same counters and keys answer within 1 s', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const counters = (p: Page) => narration(p).getByRole('table', { name: /Counters/ });

    const fast = await browser.newPage();
    await fast.goto(SCENARIO);
    await ready(fast);
    await playToEnd(fast);
    const expected = await counters(fast).textContent();
    await fast.close();

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(SCENARIO);
    await ready(page);
    await playToEnd(page, 120_000);
    await expect(counters(page)).toHaveText(expected ?? '');

    // A presenter's clicker: each key press is on screen well within a second. Timed in the
    // page, from the key event's own timestamp to the frame after the step count changed,
    // so Playwright's input round trip is not counted.
    await page.keyboard.press('Home');
    await expect(stepCount(page)).toHaveText('Step 0 of 35');
    for (let i = 1; i <= 3; i++) {
      // Listen first (awaited), then press, then collect.
      await page.evaluate(() => {
        const w = window as unknown as { __keyLatency?: Promise<number> };
        w.__keyLatency = new Promise<number>((resolve) => {
          let pressed = Number.NaN;
          window.addEventListener('keydown', (e) => (pressed = e.timeStamp), { capture: true, once: true });
          const count = document.querySelector('.controls .step-count');
          if (!count) throw new Error('no step count');
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - pressed));
          });
          observer.observe(count, { subtree: true, childList: true, characterData: true });
        });
      });
      await page.keyboard.press('ArrowRight');
      await expect(stepCount(page)).toHaveText(`Step ${i} of 35`, { timeout: 5000 });
      const latency = page.evaluate(() => (window as unknown as { __keyLatency?: Promise<number> }).__keyLatency);
      expect(await latency, `ArrowRight ${i} to paint (ms)`).toBeLessThan(1000);
    }
  });
});
