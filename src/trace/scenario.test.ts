import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import { validateScenario } from '../scenario/load';
import { explainTrace } from './explain';
import { parseTrace } from './parse';
import { MAX_SCENARIO_STEPS, traceToScenario } from './scenario';
import { parseSymbolMap } from './symbols';

const dir = join(__dirname, '../../examples/mini-hyp/sample');
const SAMPLE = parseTrace(readFileSync(join(dir, 'mini-hyp.log'), 'utf8'));
const MAP = parseSymbolMap(readFileSync(join(dir, 'mini-hyp.map'), 'utf8'));
const RULES = { ...core, linuxBootMode: core.linuxBootMode };

describe('traceToScenario: the mini-hyp sample', () => {
  const x = explainTrace(SAMPLE.events);
  const c = traceToScenario(SAMPLE, x, { name: 'mini-hyp.log', map: MAP, id: 'qemu-trace-mini-hyp' });
  const v = validateScenario(c.scenario, 'mini-hyp.log');

  it('is a valid scenario covering the whole trace', () => {
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(c.events).toBe(SAMPLE.events.length);
    expect(c.stopped).toBeUndefined();
  });

  it('names actors by the symbols the trace reached', () => {
    if (!v.ok) throw new Error('invalid');
    const names = v.scenario.flows[0]?.actors.map((a) => a.name.en);
    expect(names).toContain('Code at EL1 (guest_entry, guest_vectors, guest_irq)');
    expect(names?.find((n) => n.startsWith('Code at EL2'))).toMatch(/hyp_vectors/);
  });

  it('replays through the core to the same ELs as the trace, every step met, none blocked', async () => {
    if (!v.ok) throw new Error('invalid');
    const run = await replay(v.scenario, [], RULES);
    const snaps = run[0] ?? [];
    const failures = snaps.flatMap((s) => (s.last ? s.last.expectFailures.map((f) => `${s.last?.index}: ${f}`) : []));
    expect(failures).toEqual([]);
    expect(snaps.some((s) => s.blocked)).toBe(false);
    // Only the trace-forced changes of HCR_EL2 are added: TGE on and off around the host app.
    const setBits = v.scenario.flows[0]?.steps.filter((s) => s.event.type === 'SetBits') ?? [];
    expect(setBits.map((s) => JSON.stringify(s.event))).toEqual([
      expect.stringContaining('"tge":true'),
      expect.stringContaining('"tge":false'),
      expect.stringContaining('"tge":true'),
    ]);
  });

  it('narrates the decoded syndrome and the implication, in both languages', () => {
    if (!v.ok) throw new Error('invalid');
    const steps = v.scenario.flows[0]?.steps ?? [];
    const wfi = steps.find((s) => s.event.type === 'WFI');
    expect(wfi?.narration.en).toContain('EC 0x1 "Trapped WFI or WFE"');
    expect(wfi?.narration.en).toContain('HCR_EL2.TWI must have been 1');
    expect(wfi?.narration.zh).toContain('HCR_EL2.TWI 必定为 1');
    const svc = steps.find((s) => s.event.type === 'SVC');
    expect(svc?.narration.en).toContain('This SVC from EL0 went to EL2: HCR_EL2.TGE must have been 1');
    // QEMU's PSTATE after the entry (0x4003c9) has PAN set: the VHE host shows in the log.
    expect(svc?.narration.en).toContain('PSTATE.PAN is 1 after this entry to EL2');
    expect(steps.filter((s) => s.narration.en.includes('PSTATE.PAN is 1'))).toHaveLength(2);
    const abort = steps.find((s) => s.event.type === 'Stage2Abort');
    expect(abort?.narration.en).toContain('FAR_EL2 = 0x9000018');
    expect(abort?.narration.en).toContain('SRT=1 (register X1)');
  });
});

describe('traceToScenario: limits and what cannot be played', () => {
  it('stops at the schema limit of steps, saying where', () => {
    const one =
      'Taking exception 11 [Hypervisor Call] on CPU 0\n...from EL1 to EL2\n...with ESR 0x16/0x5a000000\nException return from AArch64 EL2 to AArch64 EL1 PC 0x1000\n';
    const t = parseTrace(one.repeat(150));
    const c = traceToScenario(t, explainTrace(t.events), { name: 'long.log' });
    expect(c.stopped?.reason).toBe('limit');
    expect(c.events).toBe(MAX_SCENARIO_STEPS);
    expect(validateScenario(c.scenario).ok).toBe(true);
  });

  it('stops before an exception class the machine cannot replay', () => {
    const t = parseTrace(
      'Taking exception 11 [Hypervisor Call] on CPU 0\n...from EL1 to EL2\n...with ESR 0x16/0x5a000000\nTaking exception 12 [Hypervisor Trap] on CPU 0\n...from EL2 to EL3\n...with ESR 0x18/0x62300460\n',
    );
    const c = traceToScenario(t, explainTrace(t.events), { name: 'x.log' });
    expect(c.stopped).toEqual({ line: 4, reason: 'not-playable' });
    expect(c.events).toBe(1);
  });
});
