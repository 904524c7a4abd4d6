// `npm run test:trace`: rebuilds examples/mini-hyp, runs it under QEMU, and checks that
// (1) its exceptions and returns match the shipped sample (examples/mini-hyp/sample), field
// by field (kind, ELs, ESR, FAR, ELR, vector PC; PSTATE is left out, as a newer QEMU may set
// more PSTATE bits on entry), and (2) the rules explain every step of the new log and its
// scenario replays through the core to the ELs QEMU saw. Exit code 1 on any difference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../src/core';
import { replay } from '../src/machine/replay';
import { validateScenario } from '../src/scenario/load';
import { explainTrace } from '../src/trace/explain';
import { parseTrace } from '../src/trace/parse';
import { traceToScenario } from '../src/trace/scenario';
import { parseSymbolMap } from '../src/trace/symbols';
import type { TraceEvent } from '../src/trace/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HERE = join(ROOT, 'examples/mini-hyp');
const failures: string[] = [];
const fail = (what: string) => failures.push(what);

/** What must not change between runs: everything QEMU logs but PSTATE. */
const essence = (e: TraceEvent) =>
  e.type === 'exception'
    ? [e.line, e.number, e.name, e.from, e.to, e.ec, e.esr, e.far, e.elr, e.pc, e.handledBy].join(' ')
    : e.type === 'return'
      ? [e.line, 'ERET', e.from, e.to, e.aarch32, e.pc].join(' ')
      : [e.line, 'illegal', e.at, e.pc].join(' ');

async function main() {
  const out = mkdtempSync(join(tmpdir(), 'mini-hyp-'));
  try {
    execFileSync('bash', [join(HERE, 'build.sh')], { env: { ...process.env, OUT: out }, stdio: 'inherit' });
    const fresh = parseTrace(readFileSync(join(out, 'mini-hyp.log'), 'utf8'));
    const sample = parseTrace(readFileSync(join(HERE, 'sample/mini-hyp.log'), 'utf8'));
    const map = parseSymbolMap(readFileSync(join(out, 'mini-hyp.map'), 'utf8'));

    // (1) Same exceptions as the shipped sample.
    if (fresh.problems.length) fail(`the new log has problems: ${JSON.stringify(fresh.problems)}`);
    const a = fresh.events.map(essence);
    const b = sample.events.map(essence);
    if (a.length !== b.length) fail(`${a.length} events in the new log, ${b.length} in the sample`);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) fail(`event ${i + 1} differs:\n  new:    ${a[i]}\n  sample: ${b[i]}`);
    }
    if (readFileSync(join(out, 'mini-hyp.map'), 'utf8') !== readFileSync(join(HERE, 'sample/mini-hyp.map'), 'utf8')) {
      fail('the symbol map differs from the sample (rebuild the sample: npm run mini-hyp -- --update-sample)');
    }

    // (2) The rules explain every step (QEMU's own semihosting exit is not an exception).
    const x = explainTrace(fresh.events);
    fresh.events.forEach((e, i) => {
      const s = x.steps[i];
      const qemu = s?.status === 'not-architectural' && e.type === 'exception' && e.handledBy === 'semihosting';
      if (s?.status !== 'explained' && !qemu) fail(`line ${e.line}: ${s?.status} (${s?.rules.join(', ')})`);
    });
    x.bands.forEach((band) => {
      if (!band.consistent) fail(`no single HCR_EL2 value explains events ${band.first + 1}-${band.last + 1}`);
    });
    const converted = traceToScenario(fresh, x, { name: 'mini-hyp.log', map });
    const v = validateScenario(converted.scenario, 'mini-hyp.log');
    if (!v.ok) fail(`the scenario is not valid: ${JSON.stringify(v.problems)}`);
    else {
      const run = await replay(v.scenario, [], core);
      for (const snap of run[0] ?? []) {
        const last = snap.last;
        if (last && (last.outcome === 'blocked' || last.expectFailures.length)) {
          fail(`scenario step ${last.index + 1}: ${last.outcome} ${last.expectFailures.join('; ')}`);
        }
      }
    }
    console.log(
      `mini-hyp check: ${fresh.events.length} events, ${x.counts.explained} explained by the rules, ` +
        `${x.counts['not-architectural']} QEMU-internal; ${failures.length} problem(s).`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (failures.length) {
    for (const f of failures) console.error(`mini-hyp check: ${f}`);
    process.exit(1);
  }
}

void main();
