// One small driver interface over three engines, so every test is written once:
// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, classic WebDriver, webdriverio),
// Firefox ESR (puppeteer-core over WebDriver BiDi) and Chromium (puppeteer-core over CDP).
// Nothing here downloads a browser: all three are Debian's (scripts/ensure-engines.sh).
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { Key, remote } from 'webdriverio';

export type EngineName = 'webkit' | 'firefox' | 'chromium';
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Enter' | 'Space';

export interface Driver {
  readonly name: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Clicks the first element with this accessible name (a real pointer click). */
  click(name: string): Promise<void>;
  /** Presses keys, one after another, as fast as the engine takes them. */
  press(keys: readonly KeyName[]): Promise<void>;
  /** The value of a JavaScript expression in the page (not a function: the CSP forbids eval). */
  value<T>(expression: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** TCP ports a process listens on (its socket inodes against /proc/net/tcp LISTEN rows). */
function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (link.startsWith('socket:[')) inodes.add(link.slice(8, -1));
    } catch {}
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const c = row.trim().split(/\s+/);
      if (c[3] === '0A' && inodes.has(c[9] ?? '')) ports.push(Number.parseInt(c[1]?.split(':').at(-1) ?? '0', 16));
    }
  }
  return ports;
}

async function until<T>(what: string, get: () => T | Promise<T>, timeout = 30_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const v = await get();
      if (v) return v as NonNullable<T>;
    } catch {}
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const WDIO_KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ArrowRight,
  ArrowLeft: Key.ArrowLeft,
  Home: Key.Home,
  End: Key.End,
  Enter: Key.Enter,
  Space: Key.Space,
};

export async function launchWebKit(): Promise<Driver> {
  if (!process.env.DISPLAY) throw new Error('WebKitGTK needs an X display: run under xvfb-run -a');
  // The browser first, in automation mode, on an inspector port of our choosing; then the
  // driver, pointed at it (spawned by the driver, MiniBrowser would not get our port).
  const inspector = await freePort();
  const procs: ChildProcess[] = [];
  const browserProc = spawn(MINIBROWSER, ['--automation'], {
    env: { ...process.env, WEBKIT_INSPECTOR_SERVER: `127.0.0.1:${inspector}` },
    stdio: 'ignore',
  });
  procs.push(browserProc);
  const pid = browserProc.pid ?? 0;
  await until('MiniBrowser to listen', () => listeningPorts(pid).includes(inspector));
  const port = await freePort();
  procs.push(spawn('WebKitWebDriver', [`--port=${port}`, `--target=127.0.0.1:${inspector}`], { stdio: 'ignore' }));
  await until('WebKitWebDriver to answer', async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    // This build of WebKitWebDriver speaks classic WebDriver only (BiDi: "Failed to match capabilities").
    capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true } as WebdriverIO.Capabilities,
  });
  return {
    name: 'webkit',
    goto: async (url) => {
      await browser.url(url);
    },
    reload: async () => {
      await browser.refresh();
    },
    click: async (name) => {
      // The control (button, tab, link, a radio's label) whose accessible name is `name`: WebKit will not click
      // the 1-px visually hidden label that aria/ selectors match on icon-only buttons.
      const hit = await browser.execute((n: string) => {
        const named = (e: Element) =>
          (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
        const el = [...document.querySelectorAll('button, [role=tab], a, label')].find((e) => named(e) === n);
        return el ? (el as HTMLElement).getBoundingClientRect().width > 0 : false;
      }, name);
      if (!hit) {
        await browser.$(`aria/${name}`).click();
        return;
      }
      const el = await browser.$(
        `//*[self::button or @role='tab' or self::a or self::label][normalize-space(@aria-label)='${name}' or normalize-space(.)='${name}']`,
      );
      await el.click();
    },
    press: async (keys) => {
      for (const k of keys) await browser.keys(WDIO_KEYS[k]);
    },
    value: async <T>(expression: string) => (await browser.execute(`return (${expression});`)) as T,
    screenshot: async (path) => {
      await browser.saveScreenshot(path);
    },
    close: async () => {
      await browser.deleteSession().catch(() => {});
      for (const p of procs.reverse()) p.kill();
    },
  };
}

function puppeteerDriver(name: EngineName, browser: Browser, page: Page): Driver {
  return {
    name,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    click: async (label) => {
      // Not a Locator: its actionability checks use Function(), which the app's CSP blocks.
      const handle = await until(`an element named "${label}"`, () => page.$(`::-p-aria(${label})`), 10_000);
      await handle.click();
      await handle.dispose();
    },
    press: async (keys) => {
      for (const k of keys) await page.keyboard.press((k === 'Space' ? ' ' : k) as KeyInput);
    },
    value: async <T>(expression: string) => (await page.evaluate(expression)) as T,
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}

export async function launchFirefox(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return puppeteerDriver('firefox', browser, page);
}

export async function launchChromium(): Promise<Driver> {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    defaultViewport: { width: 1280, height: 800 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return puppeteerDriver('chromium', browser, page);
}

export const LAUNCH: Record<EngineName, () => Promise<Driver>> = {
  webkit: launchWebKit,
  firefox: launchFirefox,
  chromium: launchChromium,
};

export { sleep, until };
