// The record parser and the outcome decoder, on records QEMU 7.2 printed (no QEMU needed).

import { describe, expect, it } from 'vitest';
import { allCases, caseBlob, NO_HCR, NO_SCR, type ProbeCase } from './cases';
import { differences, expected, observed } from './expect';
import { parseRecords } from './run';

const base: Omit<ProbeCase, 'probe'> = {
  id: 0,
  el: 2,
  scr: NO_SCR,
  hcr: NO_HCR,
  pstate: { i: true, f: true },
};

describe('QEMU probe records', () => {
  it('decodes a synchronous exception: HVC at EL1 taken to EL2 (EC 0x16, ISS imm16)', () => {
    const out = 'vhe-lab-probes start\n@45 2 400 5a002345 3c5 402029c4 0 ff 0 0 0 0 0 dead dead dead\n';
    const r = parseRecords(out).get(0x45);
    expect(r?.first.el).toBe(2);
    const c: ProbeCase = { ...base, id: 0x45, el: 1, probe: { kind: 'sync', sync: 'HVC' } };
    if (!r) throw new Error('no record');
    expect(observed(c, r)).toEqual({ taken: 'sync', el: 2, ec: 0x16, iss: 0x2345 });
    expect(differences(expected(c), observed(c, r))).toEqual([]);
  });

  it('decodes "nothing taken" from the escape SVC and a register an MSR reached', () => {
    // MSR TTBR0_EL1 at EL2 with E2H=1: TTBR0_EL2 reads back the written 0x3300.
    const out = '@7 ff 0 0 0 0 0 2 200 56000e5c 3c9 40202a38 0 1100 3300 dead\n';
    const r = parseRecords(out).get(7);
    if (!r) throw new Error('no record');
    const c: ProbeCase = {
      ...base,
      id: 7,
      hcr: { ...base.hcr, e2h: true },
      probe: { kind: 'sysreg', reg: 'TTBR0_EL1', op: 'MSR' },
    };
    expect(observed(c, r)).toEqual({ taken: 'none', el: 2, reaches: 'TTBR0_EL2' });
    expect(differences(expected(c), observed(c, r))).toEqual([]);
  });

  it('reports a difference field by field', () => {
    expect(differences({ taken: 'sync', el: 3, ec: 0x16 }, { taken: 'sync', el: 2, ec: 0x16, iss: 0 })).toEqual([
      'EL: core EL3, QEMU EL2',
    ]);
    expect(differences({ taken: 'none', el: 2 }, { taken: 'IRQ', el: 2 })).toEqual(['taken: core none, QEMU IRQ']);
  });

  it('numbers the cases densely and encodes each in 64 bytes after a 64-byte header', () => {
    const cases = allCases();
    expect(cases.map((c) => c.id)).toEqual(cases.map((_, i) => i));
    const blob = caseBlob(cases.slice(0, 3));
    expect(blob.length).toBe(64 * 4);
    expect(blob.readBigUInt64LE(0)).toBe(3n);
    expect(blob.readBigUInt64LE(64 + 64)).toBe(1n);
  });
});
