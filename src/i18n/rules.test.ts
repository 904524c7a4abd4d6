import { describe, expect, it } from 'vitest';
import {
  type Because,
  because,
  effectiveHcrDecision,
  exceptionReturn,
  gicCpuInterface,
  INTERRUPT_KINDS,
  interruptTarget,
  knownRegisters,
  linuxBootMode,
  physicalTimerAccess,
  RULES,
  type RuleId,
  SYNC_KINDS,
  syncExceptionTarget,
  sysregAccess,
  TID3_REGISTERS,
  TVM_REGISTERS,
  translationRegime,
  VIRTUAL_INTERRUPT_KINDS,
  virtualCounterOffset,
  virtualInterruptTarget,
} from '../core';
import { bootInputs } from '../core/bootInputs';
import { enumerateStates } from '../core/enumerate';
import { currentELReported } from '../core/nv';
import { smmuTranslate } from '../core/smmu';
import { enumerateVmxStates, VMX_EVENTS, vmxEvent } from '../core/vmx';
import type { BlockCode, Outcome } from '../machine/types';
import type { ScenarioEvent } from '../scenario/schema';
import { BLOCKED, blockedText, eventLabel, OUTCOMES, outcomeText, ruleText, ZH_RULES } from './rules';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const unfilled = /\{\w+\}/;
const han = /\p{Script=Han}/u;
const ids = Object.keys(RULES) as RuleId[];

// Every reason the core can produce over a broad sweep of states, with the params it really records.
function producedReasons(): Because[] {
  const out = new Map<string, Because>();
  const add = (bs: Because[]) => {
    for (const b of bs) out.set(`${b.rule}|${JSON.stringify(b.params ?? {})}`, b);
  };
  const regs = knownRegisters();
  for (const s of enumerateStates([
    'el',
    'secure',
    'features.el2',
    'features.el3',
    'features.vhe',
    'features.sel2',
    'hcr.tge',
    'hcr.e2h',
    'hcr.imo',
    'hcr.vm',
    'hcr.tsc',
    'scr.irq',
    'scr.hce',
    'scr.eel2',
    'pstate.i',
  ])) {
    add(effectiveHcrDecision(s).because);
    add(translationRegime(s).because);
    for (const k of INTERRUPT_KINDS) add(interruptTarget(s, k).because);
    for (const k of SYNC_KINDS) add(syncExceptionTarget(s, k).because);
    for (const el of [0, 1, 2, 3] as const) add(exceptionReturn(s, el).because);
  }
  // SCR_EL3.NS below EL3, and the IMPLEMENTATION DEFINED SMC trap without EL3.
  for (const s of enumerateStates([
    'el',
    'scr.ns',
    'features.el3',
    'features.smcTrapWithoutEl3',
    'hcr.tsc',
    'hcr.imo',
    'hcr.vm',
  ])) {
    add(effectiveHcrDecision(s).because);
    add(translationRegime(s).because);
    for (const k of INTERRUPT_KINDS) add(interruptTarget(s, k).because);
    for (const k of SYNC_KINDS) add(syncExceptionTarget(s, k).because);
  }
  // The other routing and trap bits, around the defaults.
  for (const s of enumerateStates(['el', 'hcr.fmo', 'hcr.amo', 'hcr.twi', 'hcr.twe', 'scr.fiq', 'scr.ea'])) {
    for (const k of INTERRUPT_KINDS) add(interruptTarget(s, k).because);
    for (const k of SYNC_KINDS) add(syncExceptionTarget(s, k).because);
  }
  for (const s of enumerateStates(['el', 'features.el2', 'features.el3', 'features.vhe', 'hcr.tge', 'hcr.e2h'])) {
    for (const r of regs) {
      add(sysregAccess(s, r, 'MRS').because);
      add(sysregAccess(s, r, 'MSR').because);
    }
  }
  // Virtual interrupts, the EL1 traps and the timers.
  const trapped = [...Object.keys(TVM_REGISTERS), ...Object.keys(TID3_REGISTERS), 'MIDR_EL1'];
  for (const s of enumerateStates([
    'el',
    'features.el2',
    'scr.ns',
    'hcr.tge',
    'hcr.e2h',
    'hcr.vi',
    'hcr.imo',
    'hcr.tvm',
    'hcr.trvm',
    'hcr.tid3',
    'pstate.i',
  ])) {
    for (const k of VIRTUAL_INTERRUPT_KINDS) {
      add(virtualInterruptTarget(s, k).because);
      add(virtualInterruptTarget(s, k, { gic: true }).because);
    }
    // A vSError with VSESR_EL2 (its syndrome), under the vIRQ's bits.
    const serror = { ...s, hcr: { ...s.hcr, vse: s.hcr.vi, amo: s.hcr.imo }, pstate: { ...s.pstate, a: s.pstate.i } };
    add(virtualInterruptTarget(serror, 'vSError', { vsesr: 0x211 }).because);
    for (const r of trapped) {
      add(sysregAccess(s, r, 'MRS').because);
      add(sysregAccess(s, r, 'MSR').because);
    }
    for (const what of ['counter', 'timer'] as const)
      for (const v of [0, 0xfff]) add(physicalTimerAccess(s, what, v).because);
    add(virtualCounterOffset(s).because);
    for (const g of [0, 1] as const) add(gicCpuInterface(s, g).because);
  }
  for (const input of bootInputs()) add(linuxBootMode(input).because);
  for (const s of enumerateVmxStates()) for (const e of VMX_EVENTS) add(vmxEvent(s, e).because);
  for (const s of enumerateStates(['el', 'features.nv', 'features.nv2', 'hcr.nv', 'hcr.nv1', 'hcr.nv2'])) {
    add(currentELReported(s).because);
    add(syncExceptionTarget(s, 'ERET').because);
    for (const r of regs) add(sysregAccess(s, r, 'MRS').because);
  }
  for (const stage2 of [false, true])
    for (const mapped of [false, true]) add(smmuTranslate({ stage2, mapped }).because);
  return [...out.values()];
}

describe('rule texts', () => {
  it('has a Chinese sentence for every rule id in the core, and no extra ones', () => {
    expect(Object.keys(ZH_RULES).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(ZH_RULES[id].detail, id).toMatch(han);
  });

  it('uses exactly the English placeholders in every Chinese template', () => {
    for (const id of ids) {
      const zh: { detail: string; source?: string } = ZH_RULES[id];
      expect(placeholders(zh.detail), `${id} detail`).toEqual(placeholders(RULES[id].detail));
      if (zh.source) expect(placeholders(zh.source), `${id} source`).toEqual(placeholders(RULES[id].source));
    }
  });

  it('fills every placeholder for the reasons the core really produces', () => {
    const reasons = producedReasons();
    // The sweep reaches every rule; a new rule it misses shows up here (widen the sweep).
    const seen = new Set(reasons.map((b) => b.rule));
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    for (const b of reasons) {
      const zh = ruleText(b, 'zh');
      expect(zh.detail, b.rule).not.toMatch(unfilled);
      expect(zh.source, b.rule).not.toMatch(unfilled);
      expect(zh.detail, b.rule).toMatch(han);
    }
  });

  it('passes English through as the core wrote it', () => {
    const b = because('R-SYSREG-REDIRECT-E2H', { reg: 'SCTLR_EL1', current: 2, owner: 1, reaches: 'SCTLR_EL2' });
    expect(ruleText(b, 'en')).toEqual({ detail: b.detail, source: b.source });
  });

  it('reads naturally for a redirected register and an IRQ routed by TGE', () => {
    const b = because('R-SYSREG-REDIRECT-E2H', { reg: 'SCTLR_EL1', current: 2, owner: 1, reaches: 'SCTLR_EL2' });
    expect(ruleText(b, 'zh').detail).toBe(
      '在 EL2 且 HCR_EL2.E2H=1 时，SCTLR_EL1 被重定向到 SCTLR_EL2，这样未经修改的内核就能运行在 EL2。',
    );
    expect(ruleText(because('R-IRQ-TGE'), 'zh').detail).toBe(
      'HCR_EL2.TGE=1：物理 IRQ 被路由到 EL2，不管 HCR_EL2.IMO 是多少。',
    );
  });

  it('translates the world word and keeps register names in sources', () => {
    expect(ruleText(because('R-EL2-ENABLED', { world: 'Non-secure' }), 'zh').detail).toContain('非安全');
    const own = because('R-SYSREG-OWN', { reg: 'TTBR0_EL1', current: 1, owner: 1, reaches: 'TTBR0_EL1' });
    expect(ruleText(own, 'zh').source).toBe('Arm ARM D13，TTBR0_EL1 的可访问性');
    expect(ruleText(because('R-IRQ-TGE'), 'zh').source).toBe(RULES['R-IRQ-TGE'].source);
  });

  it('falls back to English for a rule id it does not know', () => {
    const b: Because = { rule: 'R-FUTURE', source: 'X', detail: 'Y' };
    expect(ruleText(b, 'zh')).toEqual({ detail: 'Y', source: 'X' });
  });
});

describe('blocked, outcome and event texts', () => {
  const codes: BlockCode[] = [
    'not-running',
    'no-handler',
    'handler-wrong-el',
    'call-other-el',
    'bits-need-el2',
    'bits-need-el3',
    'nothing-to-return-to',
    'not-x86',
    'entry-not-guest',
    'need-el2',
    'after-blocked',
  ];
  const outcomes: Outcome[] = [
    'exception',
    'pending',
    'executed',
    'eret',
    'illegal-eret',
    'illegal-state',
    'register',
    'undefined',
    'bits',
    'context',
    'call',
    'boot',
    'vm-exit',
    'vm-entry',
    'dma',
    'smmu-fault',
    'gic',
    'access',
    'blocked',
  ];

  it('has both languages, with the same placeholders, for every BlockCode', () => {
    expect(Object.keys(BLOCKED).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(placeholders(BLOCKED[c].zh), c).toEqual(placeholders(BLOCKED[c].en));
      expect(BLOCKED[c].zh, c).toMatch(han);
    }
  });

  it('fills the params the machine records', () => {
    const params = {
      actor: 'guest-app',
      running: 'host-kernel',
      el: 2,
      handler: 'guest-kernel',
      to: 'kvm',
      current: 1,
    };
    for (const c of codes) {
      for (const lang of ['en', 'zh'] as const) expect(blockedText(c, params, lang), c).not.toMatch(unfilled);
    }
    expect(blockedText('not-running', { actor: 'guest-app', running: 'host-kernel' }, 'en')).toBe(
      'guest-app cannot do this step: host-kernel is running now. A change earlier in the flow sent control elsewhere.',
    );
  });

  it('labels every outcome in both languages', () => {
    expect(Object.keys(OUTCOMES).sort()).toEqual([...outcomes].sort());
    for (const o of outcomes) {
      expect(outcomeText(o, 'en')).toBeTruthy();
      expect(outcomeText(o, 'zh')).toMatch(han);
    }
    expect(outcomeText('illegal-eret', 'en')).toBe('illegal exception return (PSTATE.IL set)');
    expect(outcomeText('illegal-state', 'en')).toBe('Illegal Execution state exception');
  });

  it('labels events as on the diagrams', () => {
    const cases: [ScenarioEvent, string, string][] = [
      [{ type: 'SVC', label: '#0' }, 'SVC #0', 'SVC #0'],
      [{ type: 'IRQ' }, 'IRQ', 'IRQ'],
      [{ type: 'ERET' }, 'ERET', 'ERET'],
      [{ type: 'MRS', reg: 'sctlr_el1' }, 'MRS SCTLR_EL1', 'MRS SCTLR_EL1'],
      [{ type: 'SetBits', hcr: { e2h: true, tge: false } }, 'HCR_EL2 ← E2H=1, TGE=0', 'HCR_EL2 ← E2H=1, TGE=0'],
      [{ type: 'SetBits', setup: true }, 'set up', '初始设置'],
      [
        { type: 'SaveContext', of: 'guest-kernel', regs: ['SCTLR_EL1'] },
        'save EL1 context (guest-kernel)',
        '保存 EL1 上下文（guest-kernel）',
      ],
      [{ type: 'Call', to: 'hyp', fn: '__kvm_vcpu_run' }, 'call __kvm_vcpu_run', '调用 __kvm_vcpu_run'],
      [
        {
          type: 'Boot',
          kernel: 'linux',
          input: {
            bootEL: 2,
            cpuHasVhe: true,
            cpuNested: 'none',
            kernel: '5.15',
            configArm64Vhe: true,
            kvmArmMode: 'unset',
            hvhe: false,
          },
        },
        'boot',
        '启动',
      ],
      [{ type: 'Stage2Abort' }, 'stage 2 abort', 'stage 2 中止'],
    ];
    for (const [event, en, zh] of cases) {
      expect(eventLabel(event, 'en')).toBe(en);
      expect(eventLabel(event, 'zh')).toBe(zh);
    }
    expect(eventLabel({ type: 'RestoreContext', of: 'g', regs: ['X'] }, 'en', () => 'Guest kernel')).toBe(
      'restore EL1 context (Guest kernel)',
    );
  });
});
