import { describe, expect, it } from 'vitest';
import type { PeState } from '../../core';
import { defaultState, el2Enabled, interruptTarget, syncExceptionTarget } from '../../core';
import { layoutInterrupt, layoutSync } from './flowchart';

const lit = (chart: { nodes: { id: string; lit: boolean }[] }) => chart.nodes.filter((n) => n.lit).map((n) => n.id);

function irq(pe: PeState) {
  const d = interruptTarget(pe, 'IRQ');
  return layoutInterrupt({
    kind: 'IRQ',
    ruleIds: d.because.map((b) => b.rule),
    el2Enabled: el2Enabled(pe),
    targetEL: d.result.targetEL,
    currentEL: pe.el,
    taken: d.result.taken,
  });
}

describe('interrupt flowchart', () => {
  it('lights SCR_EL3.IRQ=1 -> EL3 when SCR_EL3.IRQ is set', () => {
    const pe = defaultState();
    pe.scr.irq = true;
    expect(lit(irq(pe))).toEqual(expect.arrayContaining(['q-scr', 't-el3']));
    expect(lit(irq(pe))).not.toContain('q-el2');
  });

  it('sends a host EL0 IRQ to EL2 through TGE when E2H=1, TGE=1', () => {
    const pe = defaultState();
    pe.el = 0;
    pe.hcr = { ...pe.hcr, e2h: true, tge: true };
    const ids = lit(irq(pe));
    expect(ids).toEqual(expect.arrayContaining(['q-el2', 'q-tge', 't-el2-tge', 'm-mask', 't-mask']));
    expect(ids).not.toContain('t-el1');
  });

  it('sends a guest IRQ to EL2 through IMO, taken whatever PSTATE.I says', () => {
    const pe = defaultState();
    pe.hcr.imo = true;
    pe.pstate.i = true;
    const ids = lit(irq(pe));
    expect(ids).toEqual(expect.arrayContaining(['q-hcr', 't-el2-hcr', 'm-up', 't-up']));
    expect(ids).not.toContain('p-mask');
  });

  it('keeps an EL1 IRQ at EL1 and pending when PSTATE.I=1', () => {
    const pe = defaultState();
    pe.pstate.i = true;
    const ids = lit(irq(pe));
    expect(ids).toEqual(expect.arrayContaining(['t-el1', 'p-mask']));
    expect(ids).not.toContain('t-mask');
  });

  it('reaches EL1 by "EL2 not enabled" in Secure state without SEL2', () => {
    const pe = defaultState();
    pe.secure = true;
    pe.scr.ns = false;
    const ids = lit(irq(pe));
    expect(ids).toContain('t-el1-noel2');
    expect(ids).not.toContain('q-tge');
  });

  it('leaves an IRQ routed to EL1 pending at EL2', () => {
    const pe = defaultState();
    pe.el = 2;
    expect(lit(irq(pe))).toContain('p-lower');
  });

  it('lights exactly one edge into each lit box below the start', () => {
    const pe = defaultState();
    const chart = irq(pe);
    for (const edge of chart.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    expect(chart.height).toBeGreaterThan(0);
  });
});

describe('synchronous checklist', () => {
  it('lights TGE for an SVC from host EL0 and ends at EL2', () => {
    const pe = defaultState();
    pe.el = 0;
    pe.hcr.tge = true;
    const d = syncExceptionTarget(pe, 'SVC');
    const chart = layoutSync({
      kind: 'SVC',
      ruleIds: d.because.map((b) => b.rule),
      targetEL: d.result.targetEL,
      undefinedInstruction: d.result.undefinedInstruction,
    });
    expect(lit(chart)).toEqual(['start', 'c-R-SYNC-EL0-TGE', 't-result']);
    expect(chart.nodes.find((n) => n.id === 't-result')?.el).toBe(2);
  });

  it('says HVC at EL0 is UNDEFINED, taken to EL1', () => {
    const pe = defaultState();
    pe.el = 0;
    const d = syncExceptionTarget(pe, 'HVC');
    const chart = layoutSync({
      kind: 'HVC',
      ruleIds: d.because.map((b) => b.rule),
      targetEL: d.result.targetEL,
      undefinedInstruction: d.result.undefinedInstruction,
    });
    expect(chart.nodes.find((n) => n.id === 't-result')?.label).toEqual({ key: 'undefTo', params: { el: 1 } });
  });
});
