import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrace, TraceParser } from './parse';
import type { TakenException } from './types';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'latin1');
const SAMPLE = readFileSync(join(__dirname, '../../examples/mini-hyp/sample/mini-hyp.log'), 'utf8');

describe('parseTrace: QEMU 7.2 (the shipped mini-hyp sample, made by Debian QEMU 7.2)', () => {
  const t = parseTrace(SAMPLE);

  it('reads every exception and return, and nothing is unknown', () => {
    expect(t.problems).toEqual([]);
    expect(t.unknown.count).toBe(0);
    expect(t.events.filter((e) => e.type === 'exception')).toHaveLength(20);
    expect(t.events.filter((e) => e.type === 'return')).toHaveLength(19);
  });

  it('reads a hypercall record field by field', () => {
    const hvc = t.events[2] as TakenException;
    expect(hvc).toEqual({
      type: 'exception',
      line: 3,
      number: 11,
      name: 'Hypervisor Call',
      cpu: 0,
      from: 1,
      to: 2,
      ec: 0x16,
      esr: '5a000042',
      elr: '40081810',
      pc: '40080c00',
      pstate: '3c9',
      complete: true,
    });
  });

  it('reads the FAR of a data abort and the semihosting call QEMU handles itself', () => {
    const abort = t.events.find((e) => e.type === 'exception' && e.name === 'Data Abort') as TakenException;
    expect(abort.far).toBe('9000018');
    const last = t.events[t.events.length - 1] as TakenException;
    expect(last).toMatchObject({ name: 'Semihosting call', from: 3, to: 3, handledBy: 'semihosting', complete: true });
  });

  it('gives the same result however the text is cut into chunks', () => {
    for (const size of [1, 7, 64, 4096]) {
      const p = new TraceParser();
      for (let i = 0; i < SAMPLE.length; i += size) p.push(SAMPLE.slice(i, i + size));
      expect(p.finish()).toEqual(t);
    }
  });
});

describe('parseTrace: other QEMU releases', () => {
  it('reads the older "Taking exception N [NAME]" without a CPU number', () => {
    const t = parseTrace(fixture('older-no-cpu.log'));
    expect(t.problems).toEqual([]);
    const [svc, , irq] = t.events as TakenException[];
    expect(svc).toMatchObject({ name: 'SVC', from: 0, to: 1, ec: 0x15, pc: 'ffffffc010011400' });
    expect(svc?.cpu).toBeUndefined();
    expect(irq).toMatchObject({ name: 'IRQ', number: 5 });
  });

  it('reads MFAR, 64-bit syndromes, returns to AArch32 and PSCI calls (newer releases)', () => {
    const t = parseTrace(fixture('newer-64bit.log'));
    expect(t.problems).toEqual([]);
    const [, gpc, abort, ret, psci] = t.events;
    expect(gpc).toMatchObject({ name: 'Granule Protection Check', mfar: '80000000', far: '80000000', to: 3 });
    expect(abort).toMatchObject({ esr: '1293810005', ec: 0x24 });
    expect(ret).toMatchObject({ type: 'return', from: 2, to: 1, aarch32: true, pc: '8000' });
    expect(psci).toMatchObject({ handledBy: 'psci', complete: true, from: 1, to: 2 });
  });
});

describe('parseTrace: bad input is reported by line, never fatal', () => {
  const t = parseTrace(fixture('broken.log'));
  const codes = (code: string) => t.problems.filter((p) => p.code === code).map((p) => p.line);

  it('reads CRLF line ends (and says so once, at the first line)', () => {
    expect(codes('crlf')).toEqual([1]);
    expect(t.events[0]).toMatchObject({ name: 'Hypervisor Call', esr: '5a000042', complete: true });
  });

  it('names truncated lines, binary lines, and records cut short', () => {
    expect(codes('truncated')).toEqual([7, 10]);
    expect(codes('binary')).toEqual([8]);
    // "Taking exception 11 [Hyperv" is not a record, so nothing is left incomplete by it;
    // the return on line 9 is still read.
    expect(t.events.map((e) => e.type)).toEqual(['exception', 'return']);
  });

  it('keeps and counts unknown lines, with control characters made visible', () => {
    expect(t.unknown.count).toBe(4);
    expect(t.unknown.samples[0]).toEqual({ line: 6, text: 'some other QEMU output' });
    expect(t.unknown.samples.find((s) => s.line === 8)?.text).toMatch(/^\\x00\\x01\\x02binary/);
  });

  it('says when a file holds no QEMU exception lines at all', () => {
    const r = parseTrace('hello\nworld\n');
    expect(r.events).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, code: 'not-a-trace', text: 'hello' }]);
  });

  it('flags a record that never says where it went, and "..." lines with no record', () => {
    const r = parseTrace(
      '...from EL1 to EL2\nTaking exception 2 [SVC] on CPU 0\nTaking exception 2 [SVC] on CPU 0\n...from EL0 to EL1\n',
    );
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['orphan', 1],
      ['incomplete', 2],
    ]);
    expect(r.events[1]).toMatchObject({ from: 0, to: 1, complete: false });
  });

  it('bounds a line that never ends (binary without newlines)', () => {
    const p = new TraceParser();
    for (let i = 0; i < 100; i++) p.push('\u0001'.repeat(10_000));
    const r = p.finish();
    expect(r.problems[0]?.code).toBe('too-long');
    expect(r.lines).toBe(1);
  });
});
