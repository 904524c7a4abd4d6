// Every question's answer, on every shipped scenario, is what the core itself answers when
// asked again from the state before the step: the card never states an answer the rules
// did not compute. (ERET, VM exit and DMA answers are checked in questions.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import type { FlowSnapshot } from '../machine/types';
import { loadScenarioText } from '../scenario/load';
import type { Step } from '../scenario/schema';
import { type Question, questionFor, tablesOf } from './questions';

const DIR = join(__dirname, '../../scenarios');
const IDS = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** CNTHCTL_EL2 before any write (machine/types.ts FlowSnapshot.cnthctl). */
const CNTHCTL_RESET = 0xc03;
const TIMER_RESOURCE: Record<string, core.PhysicalTimerResource> = {
  CNTPCT_EL0: 'counter',
  CNTP_CTL_EL0: 'timer',
  CNTP_CVAL_EL0: 'timer',
  CNTP_TVAL_EL0: 'timer',
};

/** The core's own answer to the question `q` asks about `step`, from the snapshot before it. */
function coreAnswer(q: Question, step: Step, before: FlowSnapshot): string | null {
  const pe = before.pe;
  const e = step.event;
  const el = (n: number) => `EL${n}`;
  switch (q.kind) {
    case 'target-el': {
      if (e.type === 'IRQ' || e.type === 'FIQ' || e.type === 'SError') {
        const d = core.interruptTarget(pe, e.type).result;
        return d.taken ? el(d.targetEL) : 'pending';
      }
      if (e.type === 'vIRQ' || e.type === 'vFIQ' || e.type === 'vSError') {
        const group = e.type === 'vIRQ' ? 1 : e.type === 'vFIQ' ? 0 : null;
        const gic = group !== null && (before.lrs ?? []).some((l) => l.state === 'pending' && l.group === group);
        const d = core.virtualInterruptTarget(pe, e.type, { gic }).result;
        return d.taken && d.targetEL !== null ? el(d.targetEL) : 'pending';
      }
      if (e.type === 'SVC' || e.type === 'HVC' || e.type === 'SMC')
        return el(core.syncExceptionTarget(pe, e.type).result.targetEL);
      if (e.type === 'Stage1Abort' || e.type === 'Stage2Abort' || e.type === 'Undefined')
        return el(core.syncExceptionTarget(pe, e.type).result.targetEL);
      return null;
    }
    case 'trapped': {
      if (e.type === 'WFI' || e.type === 'WFE') {
        const d = core.syncExceptionTarget(pe, e.type).result;
        return d.targetEL === pe.el ? 'not-trapped' : el(d.targetEL);
      }
      if (e.type !== 'MRS' && e.type !== 'MSR') return null;
      const d = core.sysregAccess(pe, e.reg, e.type, e.rt ?? 0).result;
      if (d.kind === 'trap') return 'trap';
      if (d.kind !== 'register') return 'not-trapped';
      const resource = TIMER_RESOURCE[d.reaches];
      if (!resource) return 'not-trapped';
      const t = core.physicalTimerAccess(pe, resource, before.cnthctl ?? CNTHCTL_RESET, { reg: d.reaches, op: e.type });
      return t.result.trapped ? 'trap' : 'not-trapped';
    }
    case 'register': {
      if (e.type !== 'MRS' && e.type !== 'MSR') return null;
      const d = core.sysregAccess(pe, e.reg, e.type, e.rt ?? 0).result;
      if (d.kind === 'trap') return 'trap';
      if (d.kind === 'undefined') return 'UNDEFINED';
      if (d.kind === 'memory') return `VNCR_EL2+0x${d.offset.toString(16).toUpperCase().padStart(3, '0')}`;
      return d.reaches;
    }
    case 'regime':
      return core.translationRegime(pe).result.regime;
    case 'tables': {
      const r = core.translationRegime(pe).result;
      return tablesOf(r.stage1Tables, r.stage2Table);
    }
    case 'vmid':
      return core.translationRegime(pe).result.vmid ? `VMID ${before.vmid ?? 0}` : 'no-vmid';
    case 'stage2':
      return e.type === 'Access' && e.unmapped ? 'stage2-abort' : 'translated';
    default:
      return null;
  }
}

describe('predict answers are the core\u2019s answers, on every shipped scenario', () => {
  it('each asked kind matches the core from the state before the step, and offers its answer', async () => {
    const asked = new Map<string, number>();
    for (const id of IDS) {
      const loaded = loadScenarioText(readFileSync(join(DIR, `${id}.json`), 'utf8'));
      if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.problems)}`);
      const scenario = loaded.scenario;
      const run = await replay(scenario, [], core);
      scenario.flows.forEach((flow, f) => {
        const hyp = flow.actors.some((a) => a.el === 2 && a.kind !== 'stub');
        flow.steps.forEach((step, i) => {
          const before = run[f]?.[i];
          const q = questionFor(step, run[f]?.[i + 1]?.last, hyp);
          if (!q || !before || before.pe.pstate.il) return;
          expect(
            q.choices.map((c) => c.id),
            `${id} ${f}:${i}`,
          ).toContain(q.answer);
          const want = coreAnswer(q, step, before);
          if (want === null) return;
          expect(q.answer, `${id} ${f}:${i} ${q.kind}`).toBe(want);
          asked.set(q.kind, (asked.get(q.kind) ?? 0) + 1);
        });
      });
    }
    // Every kind the card asks is met, and checked, somewhere in the shipped lessons.
    for (const kind of ['target-el', 'register', 'trapped', 'regime', 'tables', 'vmid', 'stage2'])
      expect(asked.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
