// The core against real AArch64 code: every case of the table runs bare-metal in QEMU
// (see README.md) and its record is compared with what the core answers.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirmware } from './build';
import { allCases, type ProbeCase } from './cases';
import { KNOWN_DIFFERENCES, type KnownDifference } from './exceptions';
import { describeCase, describeRecord, differences, expected, type Outcome, observed } from './expect';
import { type Record, runCases } from './run';

interface Compared {
  c: ProbeCase;
  r: Record;
  core: Outcome;
  qemu: Outcome;
  diff: string[];
  explainedBy?: KnownDifference;
}

const cases = allCases();
let dir = '';
let compared: Compared[] = [];
let missing: ProbeCase[] = [];

beforeAll(async () => {
  const built = buildFirmware();
  dir = built.dir;
  const records = await runCases(built.image, built.dir, cases);
  missing = cases.filter((c) => !records.has(c.id));
  compared = cases.flatMap((c) => {
    const r = records.get(c.id);
    if (!r) return [];
    const core = expected(c);
    const qemu = observed(c, r);
    const diff = differences(core, qemu);
    const explainedBy = diff.length ? KNOWN_DIFFERENCES.find((k) => k.matches(c, core, qemu)) : undefined;
    return [{ c, r, core, qemu, diff, explainedBy }];
  });
  const summary = KNOWN_DIFFERENCES.map(
    (k) => `  ${k.id} (${k.release}): ${compared.filter((x) => x.explainedBy === k).length} cases`,
  );
  console.log(
    `QEMU probes: ${cases.length} cases, ${compared.filter((x) => x.diff.length).length} differences\n${summary.join('\n')}`,
  );
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const evidence = (x: Compared) =>
  `${describeCase(x.c)}\n    ${x.diff.join('; ')}\n    QEMU: ${describeRecord(x.r)}\n    record: ${x.r.line}`;

describe('the core against QEMU (qemu-system-aarch64 -M virt,secure=on,virtualization=on,gic-version=3 -cpu max)', () => {
  it('runs at least 1,000 cases, every kind of event, and gets a record from each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const kinds = new Set(cases.map((c) => (c.probe.kind === 'sync' ? c.probe.sync : c.probe.kind)));
    expect([...kinds].sort()).toEqual([
      'HVC',
      'SMC',
      'SVC',
      'Undefined',
      'WFE',
      'WFI',
      'counter',
      'eret',
      'fetch',
      'interrupt',
      'sysreg',
      'timer',
      'virtual',
    ]);
    expect(missing.map(describeCase)).toEqual([]);
  });

  it('sees each issue 12 probe both ways (none is vacuous)', () => {
    const seen = (kind: string, outcome: (x: Compared) => string) =>
      [...new Set(compared.filter((x) => x.c.probe.kind === kind).map(outcome))].sort();
    expect(seen('virtual', (x) => `${x.qemu.taken}@EL${x.qemu.el}`)).toEqual(
      expect.arrayContaining(['IRQ@EL1', 'FIQ@EL1', 'SError@EL1', 'none@EL0', 'none@EL1', 'none@EL2', 'none@EL3']),
    );
    // A taken vSError carries VSESR_EL2's syndrome in ESR_EL1 (EC 0x2F).
    expect(seen('virtual', (x) => (x.qemu.taken === 'SError' ? `0x${x.qemu.ec?.toString(16)}` : '-'))).toEqual([
      '-',
      '0x2f',
    ]);
    expect(seen('timer', (x) => (x.qemu.taken === 'sync' ? `trap@EL${x.qemu.el}` : `ran@EL${x.qemu.el}`))).toEqual([
      'ran@EL0',
      'ran@EL1',
      'ran@EL2',
      'trap@EL2',
    ]);
    expect(seen('counter', (x) => String(x.qemu.offset))).toEqual(['applied', 'not applied']);
  });

  it('runs each case at the EL it asked for (the probe set up the state it claims)', () => {
    // The first exception's SPSR, or the escape's, names the EL the event ran at.
    // (QEMU 7.2 reports its HVC-at-EL3 entry to EL2 as from the current EL: a named difference.)
    const wrong = compared.filter(({ c, r, explainedBy }) => {
      if (c.probe.kind === 'eret' || c.probe.kind === 'fetch' || explainedBy) return false;
      const s = r.first.el !== 0xff ? r.first : r.escape;
      const from = s.offset >= 0x400 ? Number((s.spsr >> 2n) & 3n) : s.el;
      return from !== c.el;
    });
    expect(wrong.map((x) => `${describeCase(x.c)}: ${describeRecord(x.r)}`)).toEqual([]);
  });

  it('gets the Security state below EL3 from SCR_EL3.NS alone (PeState.secure is not read)', () => {
    // The probe's PeState leaves `secure` Non-secure, as after a what-if that flips only
    // SCR_EL3.NS; with EL3 implemented the answer must not change when `secure` agrees.
    const readsSecure = cases.filter((c) => differences(expected(c), expected(c, true)).length > 0);
    expect(readsSecure.map(describeCase)).toEqual([]);
  });

  it('agrees with the core in every case, or a named difference explains it', () => {
    const unexplained = compared.filter((x) => x.diff.length && !x.explainedBy);
    expect(unexplained.map(evidence)).toEqual([]);
  });

  it('still needs every named difference (none is left to rot)', () => {
    const unused = KNOWN_DIFFERENCES.filter((k) => !compared.some((x) => x.explainedBy === k));
    expect(unused.map((k) => k.id)).toEqual([]);
  });
});
