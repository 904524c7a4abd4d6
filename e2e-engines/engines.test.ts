// The cross-engine suite (issue 15): the production build, served as a static host serves it,
// in WebKit, Firefox and Chromium: every panel, stepping, links, embed, predict, a pasted
// custom scenario, an offline reload, a fast sweep against Safari's history limit, and no
// errors anywhere. `npm run test:engines`; ENGINES=webkit,firefox picks engines,
// ENGINES_DIST the build folder. See README.md beside this file.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CAPTURE_KEY, CAPTURE_SCRIPT } from './capture';
import { type Driver, type EngineName, LAUNCH, until } from './drivers';
import { type StaticServer, startStaticServer } from './server';

const ROOT = join(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.ENGINES_DIST ?? 'dist-engines');
const ENGINES = (process.env.ENGINES ?? 'webkit,firefox,chromium').split(',') as EngineName[];
const SHOTS = join(ROOT, 'test-results/engines');
mkdirSync(SHOTS, { recursive: true });

const bare = JSON.parse(readFileSync(join(ROOT, 'scenarios/bare-metal.json'), 'utf8'));
const MINE = { ...bare, id: 'my-bare-metal', title: { en: 'My own bare metal', zh: '我自己的裸机场景' } };

/** The stage (always shown) and the panels beside it, one tab at a time. */
const STAGE = ['Exception levels', 'Narration'];
const PANELS = ['Register file', 'Bits', 'Exception routing', 'Register redirection', 'Address spaces'];

/** Expressions run in the page (strings: the app's CSP forbids building functions there). */
const js = {
  // The live app's counter: the build's inert picture of the first view has one too, and keys
  // pressed before the app runs go nowhere.
  stepCount: `document.getElementById('root')?.inert ? '(the picture, not live yet)' : (document.querySelector('.controls .step-count')?.textContent ?? '')`,
  regions: `[...document.querySelectorAll('section[aria-label]')].map((s) => s.getAttribute('aria-label'))`,
  narration: `document.querySelector('section[aria-label="Narration"], section[aria-label="讲解"]')?.textContent ?? ''`,
  errors: `JSON.parse(sessionStorage.getItem(${JSON.stringify(CAPTURE_KEY)}) || '[]')`,
  clearErrors: `(sessionStorage.removeItem(${JSON.stringify(CAPTURE_KEY)}), true)`,
  visibleText: `document.body.innerText.trim().length`,
  text: (css: string) => `document.querySelector(${JSON.stringify(css)})?.textContent ?? ''`,
};

for (const engine of ENGINES) {
  describe(engine, { concurrency: false }, () => {
    let server: StaticServer;
    let d: Driver;
    const url = (q: string) => `${server.url}${q}`;

    /** Waits until the step counter reads `text` (or matches it). */
    const step = (text: string | RegExp, timeout = 30_000) =>
      until(
        `"${text}" in the step counter`,
        async () => {
          const now = await d.value<string>(js.stepCount);
          return typeof text === 'string' ? now === text : text.test(now);
        },
        timeout,
      ).catch(async (e) => {
        throw new Error(`${(e as Error).message}; it reads "${await d.value<string>(js.stepCount)}"`);
      });

    /** Every test ends here: nothing went wrong in the page, and a picture to look at. */
    const quiet = async (shot: string) => {
      await d.screenshot(join(SHOTS, `${engine}-${shot}.png`));
      const errors = await d.value<string[]>(js.errors);
      await d.value(js.clearErrors);
      assert.deepEqual(errors, [], `errors in ${engine}`);
    };

    /** A test, with a screenshot when it fails and a clean local storage after it. */
    const it = (name: string, fn: () => Promise<void>) =>
      test(name, async () => {
        try {
          await fn();
        } catch (e) {
          const slug = name.replace(/\W+/g, '-').slice(0, 40);
          await d.screenshot(join(SHOTS, `${engine}-FAILED-${slug}.png`)).catch(() => {});
          throw e;
        } finally {
          await d.value(`(localStorage.clear(), true)`).catch(() => {});
        }
      });

    before(async () => {
      server = await startStaticServer({ root: DIST, captureScript: CAPTURE_SCRIPT });
      d = await LAUNCH[engine]();
    });
    after(async () => {
      await d?.close();
      await server?.close();
    });

    it('every panel renders; the production build has no test hook', async () => {
      await d.goto(url('?scenario=type2-kvm-vhe&lang=en'));
      await step('Step 0 of 35');
      const regions = await d.value<string[]>(js.regions);
      for (const p of STAGE) assert.ok(regions.includes(p), `stage "${p}" in ${regions.join(', ')}`);
      // Each side panel renders when its tab is chosen (tabs are in the page's order, 1-5).
      const tabs = await d.value<number>(`document.querySelectorAll('[role=tab]').length`);
      const seen = new Set<string>();
      for (let i = 0; i < tabs; i++) {
        await d.value(`(document.querySelectorAll('[role=tab]')[${i}].click(), true)`);
        await until(
          `tab ${i + 1}'s panel`,
          async () => {
            const now = await d.value<string[]>(js.regions);
            const found = PANELS.find((p) => now.includes(p) && !seen.has(p));
            if (found) seen.add(found);
            return found !== undefined;
          },
          10_000,
        );
      }
      for (const p of PANELS) assert.ok(seen.has(p), `panel "${p}" in ${[...seen].join(', ')}`);
      assert.equal(await d.value<number>(`document.querySelectorAll('.panel-failed').length`), 0);
      assert.ok((await d.value<number>(`document.querySelectorAll('svg text').length`)) > 10, 'the stage is drawn');
      assert.equal(await d.value<boolean>(`window.__vheLab === undefined`), true, 'no window.__vheLab');
      await quiet('panels');
    });

    it('steps with the buttons and the keys', async () => {
      await d.goto(url('?scenario=type2-kvm-vhe&lang=en'));
      await step('Step 0 of 35');
      await d.click('Next step');
      await step('Step 1 of 35');
      await d.press(['ArrowRight']);
      await step('Step 2 of 35');
      await d.press(['End']);
      await step('Step 35 of 35');
      await d.click('Previous step');
      await step('Step 34 of 35');
      await d.press(['Home']);
      await step('Step 0 of 35');
      await quiet('stepping');
    });

    it('a link opens its scenario, step and language', async () => {
      await d.goto(url('?scenario=nvhe-vs-vhe&step=3&lang=zh'));
      await step(/^第 3 步，共 \d+ 步$/);
      assert.equal(await d.value<string>(`document.documentElement.lang`), 'zh-Hans');
      assert.match(await d.value<string>(`location.search`), /scenario=nvhe-vs-vhe/);
      await quiet('link');
    });

    it('embed shows the chosen panels and no header', async () => {
      await d.goto(url('?scenario=register-redirection&step=3&embed=1&panels=el,redirect&lang=en'));
      await until('the embed view', async () => (await d.value<string[]>(js.regions)).includes('Register redirection'));
      const regions = await d.value<string[]>(js.regions);
      assert.ok(regions.includes('Exception levels'), regions.join(', '));
      assert.ok(!regions.includes('Narration'), regions.join(', '));
      assert.equal(await d.value<number>(`document.querySelectorAll('.app-header').length`), 0);
      await quiet('embed');
    });

    it('predict mode asks, checks and scores', async () => {
      await d.goto(url('?scenario=bare-metal&lang=en'));
      await step('Step 0 of 5');
      await d.click('Predict mode');
      await d.click('Next step');
      await until('the question', async () =>
        (await d.value<string>(js.text('main'))).includes('Which EL takes this exception?'),
      );
      await d.click('EL1');
      await d.click('Check');
      await until('the verdict', async () => (await d.value<string>(js.text('main'))).includes('1 of 1 correct'));
      await d.click('Predict mode'); // off again: the choice is kept on this device
      await quiet('predict');
    });

    it('a pasted custom scenario opens and plays', async () => {
      await d.goto(url('?scenario=bare-metal&lang=en'));
      await step('Step 0 of 5');
      await d.click('Open scenario');
      await until('the dialog', () =>
        d.value<boolean>(`!!document.querySelector('dialog[open] [role=tabpanel]:not([hidden]) textarea')`),
      );
      // The text is set as a paste would set it, then React hears the input event.
      await d.value(`(() => {
        const area = document.querySelector('dialog[open] [role=tabpanel]:not([hidden]) textarea');
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(area, ${JSON.stringify(JSON.stringify(MINE, null, 2))});
        area.dispatchEvent(new Event('input', { bubbles: true }));
        return true;
      })()`);
      await d.click('Check and open');
      // The stage names the lesson in the document title (the narration shows the step).
      await until('the custom scenario', async () =>
        (await d.value<string>('document.title')).includes('My own bare metal'),
      );
      await d.click('Next step');
      await step('Step 1 of 5');
      await quiet('custom');
    });

    it('reloads offline from the service worker', async () => {
      await d.goto(url('?scenario=bare-metal&lang=en'));
      await step('Step 0 of 5');
      await until('the service worker to control the page', () =>
        d.value<boolean>(`navigator.serviceWorker.controller !== null`),
      );
      server.setOffline(true);
      try {
        await d.reload();
        await step('Step 0 of 5');
        await d.click('Next step');
        await step('Step 1 of 5');
      } finally {
        server.setOffline(false);
      }
      await quiet('offline');
    });

    it('a key sweep after the history budget is spent (Safari history limit) does not blank the page', async () => {
      await d.goto(url('?scenario=type2-kvm-vhe&lang=en'));
      await step('Step 0 of 35');
      // Spend the budget first, as a long sweep would: WebKit refuses the 101st history write
      // within 10 s with a SecurityError (Safari's limit). The app's own writes then fail too.
      const refusedAt = await d.value<number | null>(`(() => {
        for (let i = 0; i < 150; i++) {
          try { history.replaceState(history.state, '', location.search); }
          catch (e) { if (e.name === 'SecurityError') return i; throw e; }
        }
        return null;
      })()`);
      // (The app has made a write or two of its own by now.)
      if (engine === 'webkit')
        assert.ok(refusedAt !== null && refusedAt > 90 && refusedAt <= 100, `WebKit refused write ${refusedAt}`);
      // A held arrow key repeats about 30 times a second: the page sends itself the keys (the
      // app listens on window), one every 30 ms, each step one more refused write.
      await d.value(`(() => {
        const keys = [...Array(20).fill('ArrowRight'), ...Array(17).fill('ArrowLeft')];
        window.__sweep = 'running';
        let n = 0;
        const next = () => {
          if (n === keys.length) { window.__sweep = 'done'; return; }
          window.dispatchEvent(new KeyboardEvent('keydown', { key: keys[n++], bubbles: true }));
          setTimeout(next, 30);
        };
        next();
        return true;
      })()`);
      await until('the sweep to end', () => d.value<boolean>(`window.__sweep === 'done'`), 60_000);
      await step('Step 3 of 35');
      assert.ok((await d.value<number>(js.visibleText)) > 100, 'the page is not blank');
      assert.ok((await d.value<string>(js.narration)).includes('Step 3 of 35'));
      await d.click('Next step');
      await step('Step 4 of 35');
      // Once the browser takes writes again, the address catches up with the lesson.
      await until(
        'the address to reach step 4',
        async () => /[?&]step=4(&|$)/.test(await d.value<string>(`location.search`)),
        20_000,
      );
      await quiet('sweep');
      console.log(`# ${engine}: the history write refused at call ${refusedAt}`);
    });
  });
}
