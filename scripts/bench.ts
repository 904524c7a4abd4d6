// `npm run bench`: the rules' speed in Node and the worker's round trip in Chromium.
// Goals (issue 2): a full sweep (~50k decisions) under 100 ms in Node; p95 round trip
// under 2 ms in the browser. Writes bench-results.json beside package.json.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { sweep } from '../src/worker/sweep';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4174;
const NODE_RUNS = 15;
const ROUND_TRIPS = 1000;
const SKIP_BUILD = process.argv.includes('--no-build');

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i] ?? Number.NaN;
}
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

function benchNode() {
  sweep(); // warm-up: JIT and the core's own tables
  const runs = Array.from({ length: NODE_RUNS }, () => sweep());
  const first = runs[0];
  if (!first) throw new Error('no sweep ran');
  return {
    decisions: first.decisions,
    errors: first.errors,
    checksum: first.checksum,
    medianMs: median(runs.map((r) => r.ms)),
    minMs: Math.min(...runs.map((r) => r.ms)),
  };
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

async function benchBrowser() {
  if (!SKIP_BUILD || !existsSync(join(ROOT, 'dist/index.html'))) {
    console.log('bench: building the app (vite build)...');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const url = `http://localhost:${PORT}/`;
  // Own process group, so the whole server tree dies with it.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const stopServer = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', stopServer);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      stopServer();
      process.exit(130);
    });
  }

  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    await waitForServer(url, server, 30_000);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    // tsx (esbuild keepNames) wraps named functions in `__name(...)`; the function we pass to
    // page.evaluate is serialised with those calls, so the page needs a no-op `__name`.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(url);
    await page.waitForFunction(() => window.__vheLab !== undefined);
    return await page.evaluate(async (n) => {
      const rules = window.__vheLab?.rules;
      if (!rules) throw new Error('window.__vheLab is missing');
      const state = await rules.defaultState();
      const time = async (f: () => Promise<unknown>) => {
        for (let i = 0; i < 50; i++) await f(); // warm-up
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          await f();
          out.push(performance.now() - t0);
        }
        return out;
      };
      const ping = await time(() => rules.ping());
      const irq = await time(() => rules.interruptTarget({ ...state, el: 0 }, 'IRQ'));
      await rules.sweep(); // warm-up
      const sweeps = [];
      for (let i = 0; i < 5; i++) sweeps.push(await rules.sweep());
      return { ping, irq, sweeps };
    }, ROUND_TRIPS);
  } finally {
    await browser?.close();
    stopServer();
  }
}

async function main() {
  const node = benchNode();
  const web = await benchBrowser();
  const sweepMs = web.sweeps.map((s) => s.ms);
  const workerSweep = web.sweeps[0];
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    nodeSweep: node,
    worker: {
      pingP50Ms: percentile(web.ping, 50),
      pingP95Ms: percentile(web.ping, 95),
      interruptTargetP50Ms: percentile(web.irq, 50),
      interruptTargetP95Ms: percentile(web.irq, 95),
      calls: ROUND_TRIPS,
      sweepMedianMs: median(sweepMs),
      sweepDecisions: workerSweep?.decisions,
      sweepChecksumMatchesNode: workerSweep?.checksum === node.checksum,
    },
  };
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const w = results.worker;
  const rows: [string, string, string, string][] = [
    ['Node: full sweep (median)', fmt(node.medianMs), '< 100 ms', ok(node.medianMs < 100)],
    ['Node: decisions per sweep', String(node.decisions), '≈ 50k', node.errors ? `${node.errors} threw` : 'ok'],
    ['Worker: ping p50', fmt(w.pingP50Ms), '', ''],
    ['Worker: ping p95', fmt(w.pingP95Ms), '< 2 ms', ok(w.pingP95Ms < 2)],
    ['Worker: interruptTarget p50', fmt(w.interruptTargetP50Ms), '', ''],
    ['Worker: interruptTarget p95', fmt(w.interruptTargetP95Ms), '< 2 ms', ok(w.interruptTargetP95Ms < 2)],
    ['Worker: full sweep (median)', fmt(w.sweepMedianMs), '', ok(w.sweepChecksumMatchesNode)],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0), 6));
  const line = (r: readonly string[]) => `| ${r.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\nVHE Lab bench (${ROUND_TRIPS} calls per round trip figure, Chromium ${CHROMIUM_PATH})\n`);
  console.log(line(['measure', 'value', 'goal', 'status']));
  console.log(line(widths.map((n) => '-'.repeat(n))));
  for (const r of rows) console.log(line(r));
  console.log('\nwrote bench-results.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
