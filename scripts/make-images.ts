// Makes the app's pictures in public/: the install icons (from favicon.svg) and og.png, the
// picture a shared link shows in chats (the lab itself, 1200×630). Run after a build, when
// the look changes: `npx vite build && npx tsx scripts/make-images.ts` (then commit them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { startStaticServer } from '../e2e-engines/server';

const ROOT = join(import.meta.dirname, '..');
const PUBLIC = join(ROOT, 'public');
const svg = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  // Icons: "maskable" too, so the artwork sits inside the middle 80% safe zone on a full bleed.
  for (const [name, size] of [
    ['icon-192.png', 192],
    ['icon-512.png', 512],
    ['apple-touch-icon.png', 180],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0;background:#1f3a5f;display:grid;place-items:center;height:100vh">` +
        `<div style="width:80%;height:80%">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: join(PUBLIC, name) });
    await page.close();
  }
  const server = await startStaticServer({ root: join(ROOT, process.env.DIST ?? 'dist') });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.goto(`${server.url}?scenario=type2-kvm-vhe&step=9&lang=en&theme=light`);
  await page.getByText('Step 9 of 35').first().waitFor();
  await page.waitForTimeout(800); // the stage's transition
  await page.screenshot({ path: join(PUBLIC, 'og.png') });
  await server.close();
} finally {
  await browser.close();
}
