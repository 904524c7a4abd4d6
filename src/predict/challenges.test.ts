// Every challenge is reachable (some single what-if bit, flipped at its step, meets the goal
// in the core's recomputed run) and not already met as the scenario is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { defaultState } from '../core/state';
import { GLOSSARY } from '../i18n/glossary';
import { replay } from '../machine/replay';
import { loadScenarioText } from '../scenario/load';
import type { Scenario, StatePatch } from '../scenario/schema';
import { CHALLENGES, goalMet } from './challenges';

const load = (id: string): Scenario => {
  const r = loadScenarioText(readFileSync(join(__dirname, `../../scenarios/${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

/** Every bit the Bits panel offers (HCR_EL2, SCR_EL3, PSTATE), each to 0 and to 1. */
function singleBits(): StatePatch[] {
  const s = defaultState();
  const out: StatePatch[] = [];
  for (const group of ['hcr', 'scr', 'pstate'] as const)
    for (const key of Object.keys(s[group]))
      if (key !== 'il') for (const value of [false, true]) out.push({ [group]: { [key]: value } } as StatePatch);
  return out;
}

describe('predict challenges', () => {
  it('has at least four, across scenarios, each with text in both languages and a unique id', () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(4);
    expect(new Set(CHALLENGES.map((c) => c.scenario)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(CHALLENGES.map((c) => `${c.scenario}/${c.id}`)).size).toBe(CHALLENGES.length);
    for (const c of CHALLENGES) {
      expect(c.text.en.length, c.id).toBeGreaterThan(10);
      expect(c.text.zh, c.id).toMatch(/[\u4e00-\u9fff]/);
      // The glossary's Chinese terms, as in every other text (src/i18n/glossary.test.ts).
      for (const term of GLOSSARY)
        for (const v of term.avoid) expect(c.text.zh, `${c.id}: ${term.zh}`).not.toContain(v);
    }
  });

  for (const c of CHALLENGES) {
    it(`${c.scenario}: "${c.text.en}" is not met at the start and some bit reaches it`, async () => {
      const scenario = load(c.scenario);
      expect(scenario.flows[c.flow]?.steps[c.step], 'the step exists').toBeDefined();
      const [start] = [(await replay(scenario, [], core))[c.flow]];
      expect(goalMet(c.goal, start?.[c.step + 1]?.last)).toBe(false);
      const reaching: StatePatch[] = [];
      for (const patch of singleBits()) {
        const run = await replay(scenario, [{ flow: c.flow, step: c.step, patch }], core);
        if (goalMet(c.goal, run[c.flow]?.[c.step + 1]?.last)) reaching.push(patch);
      }
      expect(reaching.length, 'bits that reach the goal').toBeGreaterThan(0);
    });
  }

  it('reads the goal from the result: an exception elsewhere, a trap or an UNDEFINED access does not meet it', () => {
    const base = {
      index: 0,
      event: { type: 'SVC' as const },
      from: { actor: 'a', el: 0 as const },
      to: { actor: 'k', el: 1 as const },
      because: [],
      expectFailures: [],
    };
    expect(goalMet({ kind: 'taken-at', el: 1 }, { ...base, outcome: 'exception' })).toBe(true);
    expect(goalMet({ kind: 'taken-at', el: 2 }, { ...base, outcome: 'exception' })).toBe(false);
    expect(goalMet({ kind: 'pending' }, { ...base, outcome: 'pending' })).toBe(true);
    expect(goalMet({ kind: 'not-trapped' }, { ...base, outcome: 'exception' })).toBe(false);
    expect(goalMet({ kind: 'not-trapped' }, { ...base, outcome: 'undefined' })).toBe(false);
    expect(goalMet({ kind: 'not-trapped' }, { ...base, outcome: 'register' })).toBe(true);
    const reached = { ...base, outcome: 'register' as const, registers: [{ name: 'SCTLR_EL1', reaches: 'SCTLR_EL2' }] };
    expect(goalMet({ kind: 'reaches', reg: 'SCTLR_EL1' }, reached)).toBe(false);
    expect(goalMet({ kind: 'taken-at', el: 1 }, undefined)).toBe(false);
  });
});
