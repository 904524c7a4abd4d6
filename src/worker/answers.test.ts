// The answers the world's view carries (issue 15 §1: one message repaints every panel) must be
// what the panels got from their own rule calls: the same core functions on the step's state,
// asked the way each panel asked them. Checked at every step of every built-in scenario, and
// after a what-if.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import { snapshotAt, stepCount } from '../machine/timeline';
import type { FlowSnapshot, Run } from '../machine/types';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { accessKey, FIRST_REGISTER, type StepAnswers } from './answers';
import { hostWorld, type WorldMessage, type WorldWire } from './world';

const dir = join(__dirname, '../../scenarios');
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const loaded = loadScenarioText(readFileSync(join(dir, f), 'utf8'), f);
    if (!loaded.ok) throw new Error(`${f} does not load`);
    return loaded.scenario;
  });

const settle = () => new Promise((r) => setTimeout(r, 0));

/** What each panel asked the worker for this snapshot before the answers came with the view. */
function directCalls(snap: FlowSnapshot) {
  const { pe } = snap;
  const lrs = snap.lrs ?? [];
  const reach = (d: core.Decision<core.SysregResult>) => (d.result.kind === 'register' ? d.result.reaches : null);
  const ev = snap.last?.event;
  const opening = [
    FIRST_REGISTER,
    ...(ev && (ev.type === 'MRS' || ev.type === 'MSR') ? [ev.reg] : []),
    ...(snap.last?.registers ?? []).map((r) => r.name),
  ];
  return {
    // Bits: rules.effectiveHcr(pe)
    effectiveHcr: core.effectiveHcr(pe),
    // Routing: rules.interruptTarget / syncExceptionTarget (pe, kind), rules.el2Enabled(pe)
    el2Enabled: core.el2Enabled(pe),
    interrupts: Object.fromEntries(core.INTERRUPT_KINDS.map((k) => [k, core.interruptTarget(pe, k)])),
    syncs: Object.fromEntries(core.SYNC_KINDS.map((k) => [k, core.syncExceptionTarget(pe, k)])),
    // Routing's virtual lane: the GIC signals vIRQ (group 1) / vFIQ (group 0) with a pending list register.
    virtual: core.VIRTUAL_INTERRUPT_KINDS.map((kind) => {
      const group = kind === 'vIRQ' ? 1 : 0;
      const gic = kind !== 'vSError' && lrs.some((l) => l.state === 'pending' && l.group === group);
      return { kind, outcome: core.virtualInterruptTarget(pe, kind, { gic }).result, gic };
    }),
    // Address spaces: translationRegime of the current EL and of host EL0
    regimes: { current: core.translationRegime(pe), host: core.translationRegime({ ...pe, el: 0 }) },
    // Redirection: the table (MRS of every row's name and alias) and the register it opens on
    table: core.REDIRECTS.map((row) => ({
      row,
      now: reach(core.sysregAccess(pe, row.from, 'MRS')),
      alias: reach(core.sysregAccess(pe, row.alias, 'MRS')),
    })),
    access: Object.fromEntries(
      opening.flatMap((name) =>
        (['MRS', 'MSR'] as const).map((op) => [accessKey(op, name), core.sysregAccess(pe, name, op)]),
      ),
    ),
  };
}

/** Hosts a world on the core and keeps the page's side: the latest run and answers sent. */
function hosted() {
  const page: { view?: WorldWire; run: Run | null; answers: (StepAnswers | null)[]; messages: WorldWire[] } = {
    run: null,
    answers: [],
    messages: [],
  };
  const world = hostWorld(core, (m: WorldMessage) => {
    if (m.type !== 'view') return;
    page.messages.push(m.view);
    page.view = m.view;
    if (m.view.run !== undefined) page.run = m.view.run;
    if (m.view.answers !== undefined) page.answers = m.view.answers;
  });
  return { world, page };
}

describe('the answers sent with the view', () => {
  for (const scenario of scenarios) {
    it(`equal the panels' own rule calls at every step of ${scenario.id}`, async () => {
      const run = await replay(scenario, [], core);
      const { world, page } = hosted();
      world.send({ type: 'LOAD', scenario });
      await settle();
      expect(page.view?.status).toBe('ready');
      const total = stepCount(scenario);
      for (let step = 0; step <= total; step++) {
        if (step > 0) world.send({ type: 'GOTO', step });
        expect(page.view?.step).toBe(step);
        expect(page.answers).toHaveLength(run.length);
        run.forEach((_, f) => {
          const snap = snapshotAt(run, f, step) as FlowSnapshot;
          expect(page.answers[f], `${scenario.id} flow ${f} step ${step}`).toEqual(directCalls(snap));
        });
      }
      world.stop();
    });
  }

  it('come with the new run in the one message a what-if brings, and not before it', async () => {
    const scenario = scenarios.find((s) => s.id === 'type2-kvm-vhe') as Scenario;
    const { world, page } = hosted();
    world.send({ type: 'LOAD', scenario, step: 5 });
    await settle();
    const before = page.answers[0];
    page.messages.length = 0;
    world.send({ type: 'SET_BITS', flow: 0, patch: { hcr: { e2h: false } } });
    await settle();
    const [computing, ready] = page.messages;
    expect(page.messages).toHaveLength(2);
    // The flip to "computing" carries neither run nor answers: the page keeps what it shows.
    expect(computing?.status).toBe('computing');
    expect(computing && ('run' in computing || 'answers' in computing)).toBe(false);
    expect(ready?.status).toBe('ready');
    expect(ready?.run).toBeDefined();
    const snap = snapshotAt(ready?.run as Run, 0, 5) as FlowSnapshot;
    expect(snap.pe.hcr.e2h).toBe(false);
    expect(ready?.answers?.[0]).toEqual(directCalls(snap));
    expect(ready?.answers?.[0]).not.toEqual(before);
    world.stop();
  });
});
