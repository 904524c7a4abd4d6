import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { questionFor, scoreOf } from './questions';

const load = (id: string): Scenario => {
  const r = loadScenarioText(readFileSync(join(__dirname, `../../scenarios/${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

describe('predict mode questions', () => {
  it('asks where each exception of bare-metal goes, answered by the rules, with the answer among the choices', async () => {
    const scenario = load('bare-metal');
    const [snaps] = await replay(scenario, [], core);
    const flow = scenario.flows[0];
    const questions = flow?.steps.map((step, i) => questionFor(step, snaps?.[i + 1]?.last)) ?? [];
    expect(questions[0]).toMatchObject({ kind: 'target-el', answer: 'EL1' });
    expect(questions[1]).toMatchObject({ kind: 'register', answer: 'ESR_EL1' });
    expect(questions[2]).toMatchObject({ kind: 'eret', answer: 'legal' });
    for (const q of questions) if (q) expect(q.choices.map((c) => c.id)).toContain(q.answer);
  });

  it('follows a what-if: the answer changes when HCR_EL2.IMO routes the IRQ to EL2', async () => {
    const scenario = load('bare-metal');
    const [snaps] = await replay(scenario, [{ flow: 0, step: 3, patch: { hcr: { imo: true } } }], core);
    const step = scenario.flows[0]?.steps[3];
    expect(step && questionFor(step, snaps?.[4]?.last)).toMatchObject({ answer: 'EL2' });
  });

  it('offers the redirected twin and UNDEFINED for a register question', () => {
    const q = questionFor(
      { actor: 'k', event: { type: 'MRS', reg: 'sctlr_el1' }, narration: { en: 'x', zh: 'x' } },
      {
        index: 0,
        event: { type: 'MRS', reg: 'sctlr_el1' },
        outcome: 'register',
        from: { actor: 'k', el: 2 },
        to: { actor: 'k', el: 2 },
        registers: [{ name: 'SCTLR_EL1', reaches: 'SCTLR_EL2' }],
        because: [],
        expectFailures: [],
      },
    );
    expect(q?.choices.map((c) => c.id)).toEqual(['SCTLR_EL1', 'SCTLR_EL2', 'UNDEFINED']);
    expect(q?.answer).toBe('SCTLR_EL2');
  });

  it('asks the new kinds: a vIRQ taken at EL1, a trapped ID read, MIDR_EL1 answered by VPIDR_EL2, a walk', async () => {
    const ask = async (id: string) => {
      const scenario = load(id);
      const [snaps] = await replay(scenario, [], core);
      return scenario.flows[0]?.steps.map((step, i) => questionFor(step, snaps?.[i + 1]?.last, true)) ?? [];
    };
    const virq = await ask('virtual-interrupts');
    expect(virq[4]).toMatchObject({ kind: 'target-el', event: 'vIRQ', answer: 'EL1' });
    const traps = await ask('trap-and-emulate');
    expect(traps[0]).toMatchObject({ kind: 'trapped', what: 'MRS x0, ID_AA64PFR0_EL1', answer: 'trap' });
    expect(traps[3]).toMatchObject({ kind: 'trapped', what: 'MSR SCTLR_EL1, x0', answer: 'trap' });
    expect(traps[7]).toMatchObject({ kind: 'trapped', answer: 'not-trapped' });
    expect(traps[8]).toMatchObject({ kind: 'register', answer: 'VPIDR_EL2' });
    expect(traps[8]?.choices.map((c) => c.id)).toEqual(['MIDR_EL1', 'VPIDR_EL2', 'UNDEFINED', 'trap']);
    expect(traps[9]).toMatchObject({ kind: 'trapped', what: 'WFI', answer: 'EL2' });
    // Without software at EL2 there is nothing to trap to: no "trapped" choice.
    const trapScenario = load('trap-and-emulate');
    const [trapSnaps] = await replay(trapScenario, [], core);
    const midrStep = trapScenario.flows[0]?.steps[8];
    const noHyp = midrStep && questionFor(midrStep, trapSnaps?.[9]?.last, false);
    expect(noHyp?.choices.map((c) => c.id)).toEqual(['MIDR_EL1', 'VPIDR_EL2', 'UNDEFINED']);
    const s2 = await ask('stage2-and-vmids');
    expect(s2[0]).toMatchObject({ kind: 'vmid', answer: 'no-vmid' });
    expect(s2[4]).toMatchObject({ kind: 'regime', answer: 'EL1&0' });
    expect(s2[8]).toMatchObject({ kind: 'tables', answer: 'TTBR0_EL1, TTBR1_EL1 + VTTBR_EL2' });
    expect(s2[9]).toMatchObject({ kind: 'stage2', answer: 'stage2-abort' });
    expect(s2[12]).toMatchObject({ kind: 'vmid', answer: 'VMID 2' });
    const timers = await ask('timers');
    expect(timers[27]).toMatchObject({ kind: 'trapped', what: 'MRS x0, CNTPCT_EL0', answer: 'not-trapped' });
    expect(timers[31]).toMatchObject({ kind: 'trapped', what: 'MRS x0, CNTPCT_EL0', answer: 'trap' });
    for (const q of [...virq, ...traps, ...s2, ...timers])
      if (q) expect(q.choices.map((c) => c.id)).toContain(q.answer);
  });

  it('follows a what-if on the new kinds: PSTATE.I=1 leaves the vIRQ pending, TID3=0 lets the ID read through', async () => {
    const virq = load('virtual-interrupts');
    const [v] = await replay(virq, [{ flow: 0, step: 4, patch: { pstate: { i: true } } }], core);
    const vStep = virq.flows[0]?.steps[4];
    expect(vStep && questionFor(vStep, v?.[5]?.last, true)).toMatchObject({ kind: 'target-el', answer: 'pending' });
    const traps = load('trap-and-emulate');
    const [t] = await replay(traps, [{ flow: 0, step: 0, patch: { hcr: { tid3: false } } }], core);
    const tStep = traps.flows[0]?.steps[0];
    expect(tStep && questionFor(tStep, t?.[1]?.last, true)).toMatchObject({ kind: 'trapped', answer: 'not-trapped' });
  });

  it('scores each step once', () => {
    expect(scoreOf({ '0:1': true, '0:2': false, '0:4': true })).toEqual({ asked: 3, correct: 2 });
  });
});

describe('predict questions for the issue 13 scenarios', () => {
  const questionsOf = async (id: string) => {
    const scenario = load(id);
    const run = await replay(scenario, [], core);
    return scenario.flows.map((flow, f) => flow.steps.map((step, i) => questionFor(step, run[f]?.[i + 1]?.last)));
  };

  it('always offers the rules\u2019 answer among the choices, in all four', async () => {
    for (const id of ['nested-virt', 'secure-el2', 'device-dma', 'x86-vs-arm']) {
      for (const flow of await questionsOf(id))
        for (const q of flow)
          if (q)
            expect(
              q.choices.map((c) => c.id),
              `${id}`,
            ).toContain(q.answer);
    }
  });

  it('asks whether L1\u2019s HCR_EL2 write traps (NV) or goes to the VNCR page (NV2), and whether its ERET is trapped', async () => {
    const [nv, nv2] = await questionsOf('nested-virt');
    expect(nv?.find((q) => q?.kind === 'register')).toMatchObject({ reg: 'HCR_EL2', answer: 'trap' });
    expect(nv2?.find((q) => q?.kind === 'register')).toMatchObject({ reg: 'HCR_EL2', answer: 'VNCR_EL2+0x078' });
    expect(nv?.filter((q) => q?.kind === 'eret').map((q) => q?.answer)).toContain('eret-trap');
  });

  it('asks VM exit or not on VT-x, and what the SMMU does with a DMA', async () => {
    const [x86] = await questionsOf('x86-vs-arm');
    expect(x86?.[0]).toMatchObject({ kind: 'vm-exit', event: 'VMCALL', answer: 'vm-exit' });
    const [dma] = await questionsOf('device-dma');
    expect(dma?.filter((q) => q?.kind === 'dma').map((q) => q?.answer)).toEqual(['dma', 'smmu-fault']);
  });
});
