// The machine acts on the core's answers for the cases issue 9 section 1 corrected: ERET at
// EL0, the illegal exception return and its Illegal Execution state exception, SCR_EL3.NS as a
// what-if, and aliases counted apart from redirection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { replay } from './replay';
import type { FlowSnapshot, Override } from './types';

const dir = join(__dirname, '../../scenarios');
function scenario(id: string, mutate?: (json: { flows: { steps: unknown[] }[] }) => void): Scenario {
  const json = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
  mutate?.(json);
  const loaded = loadScenarioText(JSON.stringify(json), `${id}.json`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}
async function run(s: Scenario, overrides: Override[] = []): Promise<FlowSnapshot[]> {
  return (await replay(s, overrides, core))[0] as FlowSnapshot[];
}
const rules = (snap: FlowSnapshot | undefined) => snap?.last?.because.map((b) => b.rule) ?? [];

describe('the machine', () => {
  it('ERET at EL0 is UNDEFINED: an Undefined Instruction exception routed like any EL0 exception', async () => {
    // bare-metal with the shell (EL0) executing ERET first.
    const s = scenario('bare-metal', (j) => {
      const flow = j.flows[0] as { steps: unknown[] };
      flow.steps[0] = {
        actor: 'shell',
        event: { type: 'ERET' },
        narration: { en: 'ERET at EL0', zh: '在 EL0 执行 ERET' },
      };
    });
    const plain = await run(s);
    expect(plain[1]?.last).toMatchObject({ outcome: 'exception', to: { actor: 'kernel', el: 1 }, ec: 0x00 });
    expect(rules(plain[1])).toEqual(['R-ERET-UNDEF-EL0', 'R-UNDEF', 'R-SYNC-EL0-EL1']);
    // With HCR_EL2.TGE=1 it goes to EL2, like an SVC from host EL0 would.
    const tge = await run(s, [{ flow: 0, step: 0, patch: { hcr: { tge: true } } }]);
    expect(tge[1]?.last).toMatchObject({ outcome: 'exception', to: { actor: 'hyp-stub', el: 2 }, ec: 0x00 });
  });

  it('an illegal ERET sets PSTATE.IL and keeps the EL; the next step takes an Illegal Execution state exception (EC 0x0E)', async () => {
    // type2-kvm-vhe step 5: KVM's ERET into the guest, with TGE set back to 1.
    const snaps = await run(scenario('type2-kvm-vhe'), [{ flow: 0, step: 5, patch: { hcr: { tge: true } } }]);
    const eret = snaps[6] as FlowSnapshot;
    expect(eret.last?.outcome).toBe('illegal-eret');
    expect(rules(eret)).toEqual(['R-ERET-ILLEGAL-TGE', 'R-ERET-ILLEGAL-IL']);
    expect(eret.pe.el).toBe(2);
    expect(eret.pe.pstate.il).toBe(true);
    expect(eret.running).toBe('host-kernel');
    expect(eret.blocked).toBe(false);
    // Step 6 was the guest's HVC: it never runs; the instruction at ELR_EL2 takes the
    // Illegal Execution state exception at EL2 instead, and exception entry clears IL.
    const next = snaps[7] as FlowSnapshot;
    expect(next.last).toMatchObject({ outcome: 'illegal-state', to: { actor: 'host-kernel', el: 2 }, ec: 0x0e });
    expect(rules(next)[0]).toBe('R-ILLEGAL-STATE');
    expect(next.pe.pstate.il).toBeFalsy();
    expect(next.counters.exceptions).toBe((eret.counters.exceptions ?? 0) + 1);
  });

  it('flipping SCR_EL3.NS in a what-if changes the outcome: HVC at Secure EL1 is UNDEFINED, HCR_EL2 routing is ignored', async () => {
    const s = scenario('type2-kvm-nvhe');
    const plain = await run(s);
    expect(plain[7]?.last).toMatchObject({ outcome: 'exception', to: { actor: 'kvm-hyp', el: 2 }, ec: 0x16 });
    const secure = await run(s, [{ flow: 0, step: 6, patch: { scr: { ns: false } } }]);
    expect(secure[7]?.last).toMatchObject({ outcome: 'exception', to: { actor: 'guest-kernel', el: 1 }, ec: 0x00 });
    expect(rules(secure[7])).toContain('R-HVC-UNDEF-NOEL2');
    // The guest application's IRQ (step 35): IMO=1 sends it to EL2; with NS=0 it targets EL1.
    expect(plain[36]?.last?.to.el).toBe(2);
    const irq = await run(s, [{ flow: 0, step: 35, patch: { scr: { ns: false } } }]);
    expect(irq[36]?.last).toMatchObject({ outcome: 'exception', to: { actor: 'guest-kernel', el: 1 } });
    // Setting `secure` alone does nothing while EL3 is implemented: SCR_EL3.NS decides.
    const secureField = await run(s, [{ flow: 0, step: 6, patch: { secure: true } }]);
    expect(secureField[7]?.last?.to.el).toBe(2);
  });

  it('counts _EL12/_EL02 alias accesses apart from FEAT_VHE redirection', async () => {
    const snaps = await run(scenario('register-redirection'));
    const end = snaps[snaps.length - 1] as FlowSnapshot;
    // Redirected: SCTLR_EL1, TTBR1_EL1, CNTKCTL_EL1 (steps 9, 12, 13) and ESR_EL1 (20) at EL2 with
    // E2H=1. Aliases: SCTLR_EL12 (10) and ESR_EL12 (21).
    expect(end.counters.redirected).toBe(4);
    expect(end.counters.aliased).toBe(2);
    expect(snaps[11]?.last?.registers?.[0]).toEqual({ name: 'SCTLR_EL12', reaches: 'SCTLR_EL1', via: 'alias' });
    expect(snaps[10]?.last?.registers?.[0]).toEqual({ name: 'SCTLR_EL1', reaches: 'SCTLR_EL2', via: 'redirect' });
  });

  it('an access unmapped at stage 2 faults only while stage 2 translates (HCR_EL2.VM=0: the IPA is the PA)', async () => {
    // stage2-and-vmids step 9: VM 2 touches a page KVM has not mapped yet.
    const s = scenario('stage2-and-vmids');
    const plain = await run(s);
    expect(plain[10]?.last).toMatchObject({ outcome: 'exception', walk: { fault: true } });
    expect(plain[10]?.pe.el).toBe(2);
    const off = await run(s, [{ flow: 0, step: 9, patch: { hcr: { vm: false } } }]);
    const access = off[10]?.last;
    expect(access).toMatchObject({ outcome: 'access', walk: { pa: '0x40002000' } });
    expect(access?.walk?.fault).toBeUndefined();
    expect(access?.walk?.stage2Table).toBeNull();
    expect(off[10]?.pe.el).toBe(1);
  });
});
