// Rule texts must be true in every state that produces them (issue 9, section 1): the texts
// that once spoke of "the guest" or "this EL" where neither held are walked over every state
// that produces them, in both languages.
import { describe, expect, it } from 'vitest';
import { type Because, INTERRUPT_KINDS, interruptTarget, syncExceptionTarget } from '../core';
import { enumerateStates } from '../core/enumerate';
import { ruleText } from './rules';

const unfilled = /\{\w+\}/;
const MASK = { IRQ: 'I', FIQ: 'F', SError: 'A' } as const;

/** Every placeholder filled, in English and Chinese. */
function filled(b: Because): string[] {
  const bad: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const t = ruleText(b, lang);
    if (unfilled.test(t.detail) || unfilled.test(t.source)) bad.push(`${b.rule} (${lang}): ${t.detail}`);
  }
  return bad;
}

const WORLD = [
  'el',
  'features.el2',
  'features.el3',
  'features.vhe',
  'hcr.tge',
  'hcr.e2h',
  'hcr.imo',
  'hcr.fmo',
  'hcr.amo',
  'scr.irq',
  'scr.ns',
  'pstate.i',
  'pstate.f',
  'pstate.a',
] as const;

describe('rule texts fit every state that produces them', () => {
  it('R-INT-EL2-UNMASKED, R-INT-PSTATE-MASKED and the other masking rules carry the EL, target, kind and mask they name', () => {
    const bad: string[] = [];
    const seen = new Set<string>();
    for (const s of enumerateStates([...WORLD])) {
      for (const kind of INTERRUPT_KINDS) {
        const d = interruptTarget(s, kind);
        for (const b of d.because) {
          if (!b.rule.startsWith('R-INT-')) continue;
          seen.add(b.rule);
          const p = b.params ?? {};
          if (p.current !== s.el || p.target !== d.result.targetEL || p.kind !== kind || p.mask !== MASK[kind]) {
            bad.push(`${b.rule} params ${JSON.stringify(p)} in EL${s.el}`);
          }
          bad.push(...filled(b));
          // "at this EL" was false for an interrupt that targets EL2 from below: the text now
          // names both ELs, and they are the real ones.
          if (b.rule === 'R-INT-PSTATE-MASKED' && !b.detail.includes(`targets EL${d.result.targetEL}`)) {
            bad.push(`${b.rule}: ${b.detail}`);
          }
          // "the guest cannot mask its hypervisor" was false for host EL0 with TGE=1: the text
          // must not speak of a guest at all.
          if (b.rule === 'R-INT-EL2-UNMASKED' && /guest/i.test(b.detail)) bad.push(`${b.rule}: ${b.detail}`);
          if (b.rule === 'R-INT-VHE-HOST-MASK' && !b.detail.includes(`at EL${s.el}`)) bad.push(b.detail);
        }
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    for (const id of ['R-INT-EL2-UNMASKED', 'R-INT-PSTATE-MASKED', 'R-INT-PSTATE-UNMASKED', 'R-INT-VHE-HOST-MASK']) {
      expect(seen).toContain(id);
    }
  });

  it('R-SMC-TSC is true whoever runs at EL1 (a guest, or the pKVM host): it names no guest', () => {
    let n = 0;
    for (const s of enumerateStates([
      'el',
      'features.el3',
      'features.smcTrapWithoutEl3',
      'hcr.tsc',
      'hcr.tge',
      'scr.ns',
    ])) {
      const d = syncExceptionTarget(s, 'SMC');
      for (const b of d.because) {
        if (b.rule !== 'R-SMC-TSC') continue;
        n++;
        expect(s.el).toBe(1);
        expect(d.result.targetEL).toBe(2);
        for (const lang of ['en', 'zh'] as const) {
          const { detail } = ruleText(b, lang);
          expect(detail).not.toMatch(/guest|客户机/i);
          expect(detail).toMatch(/EL1/);
        }
      }
    }
    expect(n).toBeGreaterThan(0);
  });
});
