import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerName } from './bits';
import { type BitValue, explainTrace } from './explain';
import { parseTrace } from './parse';

const SAMPLE = parseTrace(readFileSync(join(__dirname, '../../examples/mini-hyp/sample/mini-hyp.log'), 'utf8'));
const show = (bits: BitValue[]) => bits.map((b) => `${registerName(b.bit)}=${b.value ? 1 : 0}`).sort();
const one = (log: string) => {
  const t = parseTrace(log);
  return { t, x: explainTrace(t.events) };
};

describe('explainTrace: single steps, by what the core says', () => {
  it('an SVC from EL0 that went to EL2 implies HCR_EL2.TGE=1', () => {
    const { x } = one('Taking exception 2 [SVC] on CPU 0\n...from EL0 to EL2\n...with ESR 0x15/0x56000000\n');
    expect(x.steps[0]?.status).toBe('explained');
    expect(show(x.steps[0]?.implied ?? [])).toEqual(['HCR_EL2.TGE=1', 'SCR_EL3.NS=1']);
    expect(x.steps[0]?.rules).toContain('R-SYNC-EL0-TGE');
  });

  it('an SVC from EL0 to EL1 implies no single bit: TGE=0, or Secure state where HCR_EL2 has no effect', () => {
    const { x } = one('Taking exception 2 [SVC] on CPU 0\n...from EL0 to EL1\n...with ESR 0x15/0x56000000\n');
    expect(x.steps[0]?.status).toBe('explained');
    expect(x.steps[0]?.implied).toEqual([]);
  });

  it('an IRQ from EL1 to EL2 implies IMO (or TGE) and SCR_EL3.IRQ=0, but not which of IMO and TGE', () => {
    const { x } = one('Taking exception 5 [IRQ] on CPU 0\n...from EL1 to EL2\n...with ESR 0x0/0x0\n');
    const implied = show(x.steps[0]?.implied ?? []);
    expect(implied).toContain('SCR_EL3.IRQ=0');
    expect(implied).not.toContain('HCR_EL2.IMO=1');
  });

  it('an SVC from EL0 straight to EL3 is explained by no modelled state, naming the closest rule', () => {
    const { x } = one('Taking exception 2 [SVC] on CPU 0\n...from EL0 to EL3\n...with ESR 0x15/0x56000000\n');
    expect(x.steps[0]?.status).toBe('unexplained');
    expect(x.steps[0]?.closest).toEqual({ rule: 'R-SYNC-EL0-TGE', predicted: 2 });
  });

  it('compares the EC: an instruction abort from EL1 to EL2 fits; an HVC logged with the SVC class does not', () => {
    const { x } = one(
      'Taking exception 3 [Prefetch Abort] on CPU 0\n...from EL1 to EL2\n...with ESR 0x20/0x82000006\nTaking exception 11 [Hypervisor Call] on CPU 0\n...from EL0 to EL2\n...with ESR 0x15/0x56000000\n',
    );
    expect(x.steps[0]?.status).toBe('explained');
    expect(x.steps[0]?.kinds.sort()).toEqual(['Stage1Abort', 'Stage2Abort']);
    // By its EC this is an SVC (0x15), whatever QEMU's name says: SVC from EL0 to EL2 needs TGE.
    expect(x.steps[1]?.implied.map((b) => b.bit)).toContain('hcr.tge');
  });

  it('a data abort from EL2 to EL2 must carry EC 0x25 (same EL): with 0x24 the core disagrees', () => {
    const abort = (ec: string) =>
      `Taking exception 4 [Data Abort] on CPU 0\n...from EL2 to EL2\n...with ESR 0x${ec}/0x96000005\n`;
    expect(one(abort('25')).x.steps[0]?.status).toBe('explained');
    expect(one(abort('24')).x.steps[0]?.status).toBe('unexplained');
  });

  it('a trapped MSR (EC 0x18) is not modelled; a semihosting call is not architectural', () => {
    const { x } = one(
      'Taking exception 12 [Hypervisor Trap] on CPU 0\n...from EL1 to EL2\n...with ESR 0x18/0x62300460\nTaking exception 16 [Semihosting call] on CPU 0\n...from EL3 to EL3\n...handling as semihosting call 0x18\n',
    );
    expect(x.steps.map((s) => s.status)).toEqual(['not-modelled', 'not-architectural']);
  });
});

describe('explainTrace: the mini-hyp sample under QEMU 7.2', () => {
  const x = explainTrace(SAMPLE.events);
  const at = (name: string, from: number, to: number) =>
    SAMPLE.events.findIndex((e) => e.type === 'exception' && e.name === name && e.from === from && e.to === to);

  it('explains every architectural step (the semihosting exit is QEMU itself)', () => {
    expect(x.counts).toEqual({
      explained: 38,
      unexplained: 0,
      'not-modelled': 0,
      'not-architectural': 1,
      incomplete: 0,
    });
    expect(x.bands.every((b) => b.consistent)).toBe(true);
  });

  it('the trapped WFI implies TWI, the trapped SMC TSC, the virtual IRQ IMO and an unmasked PSTATE.I', () => {
    expect(show(x.steps[at('Undefined Instruction', 1, 2)]?.implied ?? [])).toContain('HCR_EL2.TWI=1');
    expect(show(x.steps[at('Hypervisor Trap', 1, 2)]?.implied ?? [])).toEqual([
      'HCR_EL2.TGE=0',
      'HCR_EL2.TSC=1',
      'SCR_EL3.NS=1',
    ]);
    expect(show(x.steps[at('Virtual IRQ', 1, 1)]?.implied ?? [])).toEqual([
      'HCR_EL2.IMO=1',
      'HCR_EL2.TGE=0',
      'PSTATE.I=0',
      'SCR_EL3.NS=1',
    ]);
  });

  it('the data abort alone fits a stage 1 or a stage 2 fault; with the ERET before it (TGE=0) only stage 2, so VM=1', () => {
    const i = at('Data Abort', 1, 2);
    expect(x.steps[i]?.kinds.sort()).toEqual(['Stage1Abort', 'Stage2Abort']);
    const band = x.bands[x.bandOf[i] ?? -1];
    expect(show(band?.implied ?? [])).toEqual(['HCR_EL2.TGE=0', 'HCR_EL2.VM=1']);
  });

  it('the host application phase: an SVC from EL0 to EL2, so TGE=1 between the ERET to EL0 and the SVC', () => {
    const i = at('SVC', 0, 2);
    const band = x.bands[x.bandOf[i] ?? -1];
    expect(show(band?.implied ?? [])).toEqual(['HCR_EL2.TGE=1']);
    expect(band?.first).toBe(i - 1);
  });
});
