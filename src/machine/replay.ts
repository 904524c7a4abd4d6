// The state at step N is a pure function of (scenario, overrides, N): replay computes every
// snapshot by asking the rules where each event goes. Rules may answer synchronously (tests,
// Node) or through the worker (the app).
import type {
  Because,
  BootInput,
  BootResult,
  Decision,
  EL,
  EretOutcome,
  GicInterface,
  InterruptKind,
  PeState,
  PhysicalTimerResource,
  RegimeInfo,
  SmmuInput,
  SmmuResult,
  SyncDetail,
  SyncKind,
  SyncOutcome,
  SysregResult,
  TimerAccessOutcome,
  VirtualInterruptDetail,
  VirtualInterruptKind,
  VirtualInterruptOutcome,
  VmxEvent,
  VmxResult,
  VmxState,
} from '../core';
import type { Flow, Scenario, ScenarioEvent, StatePatch, Step } from '../scenario/schema';
import { applyPatch } from './patch';
import { timerResource } from './timers';
import {
  type BlockCode,
  type FlowSnapshot,
  type ListRegister,
  type Override,
  type RegisterReach,
  type Run,
  type StepResult,
  type TlbEntry,
  ZERO_COUNTERS,
} from './types';

type MaybeAsync<T> = T | Promise<T>;

/** The core functions replay needs: the core itself, or the worker client. */
export interface Rules {
  defaultState(): MaybeAsync<PeState>;
  interruptTarget(s: PeState, kind: InterruptKind): MaybeAsync<Decision<{ targetEL: EL; taken: boolean }>>;
  syncExceptionTarget(s: PeState, kind: SyncKind, detail?: SyncDetail): MaybeAsync<Decision<SyncOutcome>>;
  exceptionReturn(s: PeState, targetEL: EL): MaybeAsync<Decision<EretOutcome>>;
  sysregAccess(s: PeState, name: string, op?: 'MRS' | 'MSR', rt?: number): MaybeAsync<Decision<SysregResult>>;
  translationRegime(s: PeState): MaybeAsync<Decision<RegimeInfo>>;
  linuxBootMode(input: BootInput): MaybeAsync<Decision<BootResult>>;
  vmxEvent(s: VmxState, e: VmxEvent, guestCpl?: 0 | 3): MaybeAsync<Decision<VmxResult>>;
  smmuTranslate(input: SmmuInput): MaybeAsync<Decision<SmmuResult>>;
  virtualInterruptTarget(
    s: PeState,
    kind: VirtualInterruptKind,
    detail?: VirtualInterruptDetail,
  ): MaybeAsync<Decision<VirtualInterruptOutcome>>;
  gicCpuInterface(s: PeState, group: 0 | 1): MaybeAsync<Decision<GicInterface>>;
  physicalTimerAccess(
    s: PeState,
    resource: PhysicalTimerResource,
    cnthctl: number,
    access?: { reg: string; op: 'MRS' | 'MSR'; rt?: number },
  ): MaybeAsync<Decision<TimerAccessOutcome>>;
  virtualCounterOffset(s: PeState): MaybeAsync<Decision<{ offset: boolean }>>;
  /** A whole replay where the rules live (the worker): one round trip instead of one per call. */
  replayRun?(scenario: Scenario, overrides: Override[], previous?: { overrides: Override[]; run: Run }): Promise<Run>;
}

const INTERRUPTS = new Set(['IRQ', 'FIQ', 'SError']);
const ALL_MASKED = { d: true, a: true, i: true, f: true };

function clone(s: FlowSnapshot): FlowSnapshot {
  return {
    pe: applyPatch(s.pe, {}),
    running: s.running,
    placement: { ...s.placement },
    counters: { ...s.counters },
    pending: [...s.pending],
    stack: [...s.stack],
    blocked: s.blocked,
    ...(s.vmx ? { vmx: { ...s.vmx, controls: { ...s.vmx.controls } } } : {}),
    ...(s.lrs ? { lrs: s.lrs.map((l) => ({ ...l })) } : {}),
    ...(s.vmid !== undefined ? { vmid: s.vmid } : {}),
    ...(s.cnthctl !== undefined ? { cnthctl: s.cnthctl } : {}),
    ...(s.tlb ? { tlb: [...s.tlb] } : {}),
  };
}

/** x86: an actor's VMX mode (from its world) and ring. */
function vmxPlace(flow: Flow, actor: string): { mode: 'root' | 'non-root'; ring: 0 | 3 } | undefined {
  const a = flow.actors.find((x) => x.id === actor);
  const mode = flow.worlds.find((w) => w.id === a?.world)?.vmx;
  return a && mode && a.ring !== undefined ? { mode, ring: a.ring } : undefined;
}

/**
 * CNTHCTL_EL2 before a scenario writes it: the EL1 enables set in both layouts (bits 0, 1 for
 * E2H=0; 10, 11 for E2H=1), so nothing is trapped until a step says otherwise.
 */
const CNTHCTL_RESET = 0xc03;
const INTERRUPT_OF_VIRTUAL = { vIRQ: 1, vFIQ: 0 } as const;

/** A register name the saved world's context may use: its own EL1/EL0 names or their aliases. */
function reachesContextOf(reaches: string): boolean {
  return /_EL[01]$/.test(reaches);
}

/** What one MRS/MSR name reached, and how (redirected, alias or direct). */
function reachOf(name: string, r: SysregResult): RegisterReach {
  const upper = name.toUpperCase();
  if (r.kind === 'memory') return { name: upper, reaches: vncrAddress(r.offset) };
  return r.kind === 'register' ? { name: upper, reaches: r.reaches, via: r.via } : { name: upper, reaches: null };
}

/** FEAT_NV2: where a VNCR-mapped access lands, as "VNCR_EL2+0x110". */
export function vncrAddress(offset: number): string {
  return `VNCR_EL2+0x${offset.toString(16).toUpperCase().padStart(3, '0')}`;
}

/** Redirection and aliases are different mechanisms: counted apart. */
function countVia(snap: FlowSnapshot, r: SysregResult): void {
  if (r.kind !== 'register') return;
  if (r.via === 'redirect') snap.counters.redirected++;
  else if (r.via === 'alias') snap.counters.aliased++;
}

/** The actor that handles an exception taken to `el`, coming from `fromActor`'s world. */
type Handler = { actor: string } | { block: BlockCode; params: Record<string, string | number> };

function resolveHandler(flow: Flow, snap: FlowSnapshot, el: EL, fromActor: string, requested?: string): Handler {
  const candidates = flow.actors.filter((a) => snap.placement[a.id] === el);
  if (requested) {
    return candidates.some((a) => a.id === requested)
      ? { actor: requested }
      : { block: 'handler-wrong-el', params: { handler: requested, el } };
  }
  const world = flow.actors.find((a) => a.id === fromActor)?.world;
  const sameWorld = candidates.filter((a) => a.world === world);
  const pick = sameWorld[0] ?? candidates[0];
  if (!pick) return { block: 'no-handler', params: { el } };
  return { actor: pick.id };
}

async function runStep(flow: Flow, prev: FlowSnapshot, step: Step, index: number, rules: Rules): Promise<FlowSnapshot> {
  const snap = clone(prev);
  const from = { actor: snap.running, el: snap.pe.el };
  const result: StepResult = {
    index,
    event: step.event,
    outcome: 'executed',
    from,
    to: from,
    because: [],
    expectFailures: [],
  };
  const block = (code: BlockCode, params: Record<string, string | number> = {}) => {
    result.outcome = 'blocked';
    result.blocked = { code, params };
    snap.blocked = true;
  };
  const moveTo = (actor: string, el: EL) => {
    if (el !== snap.pe.el) snap.counters.elChanges++;
    snap.pe = { ...snap.pe, el };
    snap.running = actor;
    result.to = { actor, el };
  };
  const takeException = (el: EL, requested: string | undefined) => {
    const handler = resolveHandler(flow, snap, el, snap.running, requested);
    result.targetEL = el;
    if ('block' in handler) {
      block(handler.block, handler.params);
      return;
    }
    result.outcome = 'exception';
    snap.counters.exceptions++;
    snap.stack.push({ actor: snap.running, pstate: snap.pe.pstate });
    moveTo(handler.actor, el);
    // Exception entry sets PSTATE.{D,A,I,F} (Arm ARM D1.3.3, AArch64.TakeException).
    snap.pe = { ...snap.pe, pstate: { ...ALL_MASKED } };
  };

  // A synchronous exception: the core's answer decides where it goes and its syndrome.
  const takeSync = (d: Decision<SyncOutcome>, requested: string | undefined, lead: Because[] = []) => {
    result.because = [...lead, ...d.because];
    result.ec = d.result.ec;
    if (d.result.iss !== undefined) result.iss = d.result.iss;
    takeException(d.result.targetEL, requested);
  };

  const e: ScenarioEvent = step.event;
  if (prev.blocked) {
    block('after-blocked');
  } else if (prev.pe.pstate.il) {
    // PSTATE.IL=1 after an illegal exception return: whatever this step meant to do, the
    // instruction at ELR takes an Illegal Execution state exception first
    // (AArch64.CheckIllegalState). Exception entry clears PSTATE.IL.
    const d = await rules.syncExceptionTarget(snap.pe, 'IllegalState');
    takeSync(d, undefined);
    if (result.outcome === 'exception') result.outcome = 'illegal-state';
  } else if (step.actor !== snap.running) {
    block('not-running', { actor: step.actor, running: snap.running });
  } else if (INTERRUPTS.has(e.type)) {
    const kind = e.type as InterruptKind;
    const d = await rules.interruptTarget(snap.pe, kind);
    result.because = d.because;
    result.targetEL = d.result.targetEL;
    if (d.result.taken) {
      takeException(d.result.targetEL, 'handler' in e ? e.handler : undefined);
      // An interrupt of a kind already pending is that pending interrupt being taken: it
      // stops being pending (its line is acknowledged by the handler it now reaches).
      const waiting = snap.pending.findIndex((p) => p.kind === kind);
      if (result.outcome === 'exception' && waiting >= 0) {
        snap.pending.splice(waiting, 1);
        snap.counters.pending--;
        result.wasPending = true;
      }
    } else {
      result.outcome = 'pending';
      snap.pending.push({ kind, targetEL: d.result.targetEL });
      snap.counters.pending++;
    }
  } else {
    switch (e.type) {
      case 'SVC':
      case 'HVC':
      case 'SMC':
      case 'WFI':
      case 'WFE':
      case 'Stage1Abort':
      case 'Stage2Abort':
      case 'Undefined': {
        const d = await rules.syncExceptionTarget(snap.pe, e.type);
        const untrappedWait = (e.type === 'WFI' || e.type === 'WFE') && d.result.targetEL === snap.pe.el;
        if (untrappedWait) {
          result.because = d.because;
          result.outcome = 'executed';
        } else takeSync(d, e.handler);
        break;
      }
      case 'ERET': {
        const frame = snap.stack[snap.stack.length - 1];
        const to = e.to ?? frame?.actor;
        if (snap.pe.el === 0) {
          // The ERET decode: UNDEFINED at EL0, an Undefined Instruction exception routed
          // like any EL0 exception (to EL1, or EL2 when HCR_EL2.TGE=1).
          const d = await rules.exceptionReturn(snap.pe, 0);
          if (d.result.undefinedInstruction) {
            takeSync(await rules.syncExceptionTarget(snap.pe, 'Undefined'), undefined, [d.because[0] as Because]);
            break;
          }
        }
        if (!to) {
          block('nothing-to-return-to');
          break;
        }
        if (snap.pe.el === 1) {
          // FEAT_NV: a guest hypervisor's ERET at EL1 traps to EL2 (EC 0x1A) before it returns.
          const trap = await rules.syncExceptionTarget(snap.pe, 'ERET');
          if (trap.result.targetEL > snap.pe.el) {
            takeSync(trap, undefined);
            break;
          }
        }
        const el = snap.placement[to] as EL;
        const d = await rules.exceptionReturn(snap.pe, el);
        result.because = d.because;
        result.targetEL = el;
        snap.counters.erets++;
        if (!d.result.legal) {
          // AArch64.ExceptionReturn with IllegalExceptionReturn(): PSTATE.IL is set, the EL
          // stays and the PC comes from ELR_ELx (the same actor goes on). The next step takes
          // the Illegal Execution state exception (see the PSTATE.IL check above).
          result.outcome = 'illegal-eret';
          snap.pe = { ...snap.pe, pstate: { ...snap.pe.pstate, il: true } };
          break;
        }
        result.outcome = 'eret';
        // Returning to the frame's owner restores its PSTATE from SPSR; a world switch
        // returns to a context whose PSTATE software restored (taken as unmasked).
        const popped = frame && frame.actor === to ? snap.stack.pop() : undefined;
        if (!popped) snap.stack = snap.stack.filter((f) => f.actor !== to);
        moveTo(to, el);
        snap.pe = { ...snap.pe, pstate: popped ? { ...popped.pstate } : { d: false, a: false, i: false, f: false } };
        break;
      }
      case 'MRS':
      case 'MSR': {
        const d = await rules.sysregAccess(snap.pe, e.reg, e.type, e.rt ?? 0);
        result.because = d.because;
        snap.counters.sysregAccesses++;
        result.registers = [reachOf(e.reg, d.result)];
        countVia(snap, d.result);
        if (d.result.kind === 'trap') {
          // HCR_EL2.TVM/TRVM/TID3 (with the ISS) or FEAT_NV (the real hypervisor emulates it):
          // the core says where (EL2) and the syndrome.
          result.ec = d.result.ec;
          if (d.result.iss !== undefined) result.iss = d.result.iss;
          takeException(d.result.targetEL, undefined);
          break;
        }
        result.outcome = d.result.kind === 'register' || d.result.kind === 'memory' ? 'register' : 'undefined';
        if (d.result.kind !== 'register') break;
        const reached = d.result.reaches;
        // The physical counter/timer at EL0/EL1: CNTHCTL_EL2 may trap it (the core picks the bit).
        const resource = timerResource(reached);
        if (resource) {
          const access = { reg: reached, op: e.type, rt: e.rt ?? 0 };
          const t = await rules.physicalTimerAccess(snap.pe, resource, snap.cnthctl ?? CNTHCTL_RESET, access);
          result.because = [...result.because, ...t.because];
          result.timer = { field: t.result.field, bit: t.result.bit, trapped: t.result.trapped };
          if (t.result.trapped && t.result.targetEL !== null) {
            result.ec = t.result.ec;
            if (t.result.iss !== undefined) result.iss = t.result.iss;
            takeException(t.result.targetEL, undefined);
            break;
          }
        }
        if (reached === 'CNTVCT_EL0') {
          const o = await rules.virtualCounterOffset(snap.pe);
          result.because = [...result.because, ...o.because];
          result.cntvoff = o.result.offset;
        }
        if (e.type === 'MSR' && e.value !== undefined && reached === 'CNTHCTL_EL2') snap.cnthctl = e.value;
        if (e.type === 'MSR' && e.vmid !== undefined && reached === 'VTTBR_EL2') snap.vmid = e.vmid;
        break;
      }
      case 'vIRQ':
      case 'vFIQ':
      case 'vSError': {
        // The GIC's virtual CPU interface signals a vIRQ (group 1) / vFIQ (group 0) while a
        // list register holds a pending vINTID of that group.
        const group = e.type === 'vSError' ? null : INTERRUPT_OF_VIRTUAL[e.type];
        const gic = group !== null && (snap.lrs ?? []).some((l) => l.state === 'pending' && l.group === group);
        const d = await rules.virtualInterruptTarget(snap.pe, e.type, { gic });
        result.because = d.because;
        result.virtual = { kind: e.type, signalled: d.result.signalled, taken: d.result.taken, viaGic: gic };
        if (d.result.taken && d.result.targetEL !== null) {
          takeException(d.result.targetEL, e.handler);
          // Taking a vSError clears HCR_EL2.VSE (AArch64.TakeVirtualSErrorException).
          if (e.type === 'vSError') snap.pe = applyPatch(snap.pe, { hcr: { vse: false } });
        } else {
          result.outcome = 'pending';
          snap.counters.pending++;
        }
        break;
      }
      case 'WriteLR': {
        // ICH_LR<n>_EL2 is an EL2 register (GICv3 ICH_LR<n>_EL2).
        if (snap.pe.el < 2) {
          block('need-el2', { el: snap.pe.el });
          break;
        }
        const lr: ListRegister = {
          lr: e.lr,
          vintid: e.vintid,
          state: 'pending',
          group: e.group ?? 1,
          hw: e.hw ?? false,
          ...(e.pintid !== undefined ? { pintid: e.pintid } : {}),
        };
        snap.lrs = [...(snap.lrs ?? []).filter((l) => l.lr !== e.lr), lr].sort((a, b) => a.lr - b.lr);
        snap.counters.sysregAccesses++;
        result.gic = { iface: 'ICC', reg: `ICH_LR${e.lr}_EL2`, lr: e.lr, vintid: e.vintid };
        result.outcome = 'gic';
        break;
      }
      case 'Ack':
      case 'EOI': {
        const group = e.group ?? 1;
        const d = await rules.gicCpuInterface(snap.pe, group);
        result.because = d.because;
        snap.counters.sysregAccesses++;
        const iface = d.result.iface;
        const reg = `${iface}_${e.type === 'Ack' ? 'IAR' : 'EOIR'}${group}_EL1`;
        result.gic = { iface, reg };
        result.outcome = 'gic';
        if (iface !== 'ICV') break;
        // The virtual CPU interface works on the list registers: acknowledge the pending vINTID
        // (pending -> active), EOI the active one (active -> inactive; with ICV_CTLR_EL1.EOImode
        // 0 the EOI also deactivates, and HW=1 deactivates the physical INTID too).
        const want = e.type === 'Ack' ? 'pending' : 'active';
        const hit = (snap.lrs ?? []).find((l) => l.state === want && l.group === group);
        if (!hit) break;
        hit.state = e.type === 'Ack' ? 'active' : 'inactive';
        result.gic = { iface, reg, lr: hit.lr, vintid: hit.vintid };
        if (e.type === 'EOI' && hit.hw && hit.pintid !== undefined) result.gic.deactivated = hit.pintid;
        break;
      }
      case 'Access': {
        const regime = (await rules.translationRegime(snap.pe)).result;
        const walk: StepResult['walk'] = {
          regime: regime.regime,
          va: e.va,
          stage1Tables: regime.stage1Tables,
          stage2Table: regime.stage2Table,
          ...(regime.asid && e.asid !== undefined ? { asid: e.asid } : {}),
          ...(regime.vmid ? { vmid: snap.vmid ?? 0 } : {}),
          ...(regime.stage2 && e.ipa ? { ipa: e.ipa } : {}),
        };
        result.walk = walk;
        // Unmapped at stage 2 matters only while stage 2 translates: with it off (a what-if on
        // HCR_EL2.VM, say) the IPA is the PA and the access simply goes through.
        if (e.unmapped && regime.stage2) {
          // A stage 2 translation fault on the IPA: the core routes it; ISV=1 for a single
          // LDR/STR, so the hypervisor can emulate it from ESR_EL2 alone.
          walk.fault = true;
          const dataAbort = { srt: e.srt ?? 0, write: e.write ?? false };
          takeSync(await rules.syncExceptionTarget(snap.pe, 'Stage2Abort', { dataAbort }), undefined);
          break;
        }
        const pa = e.pa ?? e.ipa ?? e.va;
        walk.pa = pa;
        const tlb = snap.tlb ?? [];
        const same = (t: TlbEntry) =>
          t.va === e.va && t.regime === walk.regime && t.asid === walk.asid && t.vmid === walk.vmid;
        walk.tlbHit = tlb.some(same);
        if (!walk.tlbHit) {
          const entry: TlbEntry = { va: e.va, pa, regime: walk.regime };
          if (walk.asid !== undefined) entry.asid = walk.asid;
          if (walk.vmid !== undefined) entry.vmid = walk.vmid;
          snap.tlb = [...tlb, entry];
        }
        result.because = (await rules.translationRegime(snap.pe)).because;
        result.outcome = 'access';
        break;
      }
      case 'SetBits': {
        if (!e.setup && e.hcr && snap.pe.el < 2) {
          block('bits-need-el2', { el: snap.pe.el });
          break;
        }
        if (!e.setup && e.scr && snap.pe.el < 3) {
          block('bits-need-el3', { el: snap.pe.el });
          break;
        }
        const patch: StatePatch = {};
        if (e.hcr) patch.hcr = e.hcr;
        if (e.scr) patch.scr = e.scr;
        if (e.pstate) patch.pstate = e.pstate;
        snap.pe = applyPatch(snap.pe, patch);
        if (!e.setup && (e.hcr || e.scr)) snap.counters.sysregAccesses++;
        result.outcome = 'bits';
        break;
      }
      case 'SaveContext':
      case 'RestoreContext': {
        const op = e.type === 'SaveContext' ? 'MRS' : 'MSR';
        const answers = await Promise.all(e.regs.map((r) => rules.sysregAccess(snap.pe, r, op)));
        const registers: RegisterReach[] = answers.map((d, i) => {
          const reach = reachOf(e.regs[i] as string, d.result);
          countVia(snap, d.result);
          return { ...reach, wrong: reach.reaches === null || !reachesContextOf(reach.reaches) };
        });
        snap.counters.sysregAccesses += registers.length;
        result.registers = registers;
        result.because = answers
          .flatMap((d) => d.because)
          .filter((b, i, all) => all.findIndex((x) => x.rule === b.rule) === i);
        if (e.type === 'SaveContext') snap.counters.contextSaves++;
        else snap.counters.contextRestores++;
        result.outcome = 'context';
        break;
      }
      case 'Call': {
        const el = snap.placement[e.to] as EL;
        if (el !== snap.pe.el) {
          block('call-other-el', { to: e.to, el, current: snap.pe.el });
          break;
        }
        result.outcome = 'call';
        snap.running = e.to;
        result.to = { actor: e.to, el };
        break;
      }
      case 'VMX': {
        if (flow.architecture !== 'x86' || !snap.vmx) {
          block('not-x86');
          break;
        }
        const entering = e.op === 'VMLAUNCH' || e.op === 'VMRESUME';
        const frame = snap.stack[snap.stack.length - 1];
        const guest = entering ? (e.to ?? frame?.actor) : undefined;
        const guestPlace = guest ? vmxPlace(flow, guest) : undefined;
        const d = await rules.vmxEvent(snap.vmx, e.op, guestPlace?.ring ?? 0);
        result.because = d.because;
        const r = d.result;
        if (r.outcome === 'vm-exit') {
          // The host-state area: root operation, ring 0; the hypervisor there handles it.
          const root = flow.actors.find((a) => {
            const p = vmxPlace(flow, a.id);
            return p?.mode === r.mode && p.ring === r.cpl;
          });
          if (!root) {
            block('no-handler', { el: r.cpl });
            break;
          }
          snap.stack.push({ actor: snap.running, pstate: snap.pe.pstate });
          snap.counters.vmExits++;
          result.outcome = 'vm-exit';
          if (r.exitReason !== undefined) result.exitReason = r.exitReason;
          moveTo(root.id, snap.placement[root.id] as EL);
        } else if (r.outcome === 'vm-entry') {
          if (!guest || !guestPlace || guestPlace.mode !== 'non-root') {
            block(guest ? 'entry-not-guest' : 'nothing-to-return-to', guest ? { to: guest } : {});
            break;
          }
          if (frame?.actor === guest) snap.stack.pop();
          snap.counters.vmEntries++;
          result.outcome = 'vm-entry';
          moveTo(guest, snap.placement[guest] as EL);
        } else {
          result.outcome = r.outcome === 'pending' ? 'pending' : 'executed';
        }
        snap.vmx = { ...snap.vmx, mode: r.mode, cpl: r.cpl };
        break;
      }
      case 'DMA': {
        // The device, not the PE: the PE's state and the running actor do not change.
        const d = await rules.smmuTranslate({ stage2: e.stage2, mapped: e.mapped });
        result.because = d.because;
        result.smmu = d.result;
        if (d.result.outcome === 'fault') {
          snap.counters.smmuFaults++;
          result.outcome = 'smmu-fault';
        } else {
          snap.counters.dmas++;
          result.outcome = 'dma';
        }
        break;
      }
      case 'Boot': {
        const d = await rules.linuxBootMode(e.input);
        result.because = d.because;
        snap.placement[e.kernel] = d.result.kernelEL;
        result.outcome = 'boot';
        result.targetEL = d.result.kernelEL;
        if (snap.running === e.kernel) {
          snap.pe = { ...snap.pe, el: d.result.kernelEL };
          result.to = { actor: e.kernel, el: d.result.kernelEL };
        }
        const vhe = d.result.kernelEL === 2;
        snap.pe = applyPatch(snap.pe, { hcr: { e2h: vhe, tge: vhe }, features: { vhe: e.input.cpuHasVhe } });
        result.kvm = d.result.kvm;
        result.boot = { kernel: e.input.kernel, hypE2H: d.result.hypE2H, malformed: d.result.malformed };
        break;
      }
    }
  }
  snap.last = result;
  await checkExpect(step, result, snap, rules);
  return snap;
}

async function checkExpect(step: Step, result: StepResult, snap: FlowSnapshot, rules: Rules): Promise<void> {
  const x = step.expect;
  if (!x) return;
  const fail = (what: string, want: unknown, got: unknown) => {
    if (want !== undefined && want !== got)
      result.expectFailures.push(`${what}: expected ${String(want)}, got ${String(got)}`);
  };
  fail('el', x.el, snap.pe.el);
  fail('actor', x.actor, snap.running);
  fail('outcome', x.outcome, result.outcome);
  if (x.reaches !== undefined)
    fail('reaches', x.reaches.toUpperCase(), (result.registers?.[0]?.reaches ?? 'UNDEFINED').toUpperCase());
  if (x.regime !== undefined) fail('regime', x.regime, (await rules.translationRegime(snap.pe)).result.regime);
  if (x.kvm !== undefined) fail('kvm', x.kvm, result.kvm);
  if (x.ec !== undefined) fail('ec', x.ec, result.ec);
  if (x.hypE2H !== undefined) fail('hypE2H', x.hypE2H, result.boot?.hypE2H);
  if (x.malformed !== undefined) fail('malformed', x.malformed, result.boot?.malformed);
}

/** The initial snapshot of a flow. */
export async function initialSnapshot(flow: Flow, rules: Rules): Promise<FlowSnapshot> {
  const start = flow.actors.find((a) => a.id === flow.initial.actor);
  const base = await rules.defaultState();
  const pe = applyPatch({ ...base, el: start?.el ?? base.el }, flow.initial.state);
  const snap: FlowSnapshot = {
    pe,
    running: flow.initial.actor,
    placement: Object.fromEntries(flow.actors.map((a) => [a.id, a.el])),
    counters: { ...ZERO_COUNTERS },
    pending: [],
    stack: [],
    blocked: false,
  };
  const place = flow.architecture === 'x86' ? vmxPlace(flow, flow.initial.actor) : undefined;
  if (place) {
    // Every control 0 unless the flow sets it (the page imports no core code, so no defaultVmxState()).
    const off = { externalInterruptExiting: false, hltExiting: false, useMsrBitmaps: false, msrBitmapBit: false };
    snap.vmx = {
      mode: place.mode,
      cpl: place.ring,
      rflagsIf: true,
      cr4Smxe: false,
      controls: { ...off, enableEpt: false, ...flow.initial.vmx },
    };
  }
  return snap;
}

/** Every snapshot of one flow, with the what-if overrides applied at their step. */
export async function replayFlow(
  flow: Flow,
  flowIndex: number,
  overrides: readonly Override[],
  rules: Rules,
  previous?: { overrides: readonly Override[]; snapshots: FlowSnapshot[] },
): Promise<FlowSnapshot[]> {
  const mine = overrides.filter((o) => o.flow === flowIndex);
  const apply = (snap: FlowSnapshot, i: number): FlowSnapshot => {
    let pe = snap.pe;
    for (const o of mine) if (o.step === i) pe = applyPatch(pe, o.patch);
    return pe === snap.pe ? snap : { ...snap, pe };
  };
  // Snapshots before the first step whose what-ifs changed cannot differ: reuse them, so a
  // bit toggled at step N replays only from N (the state at N stays a pure function).
  const from = previous ? firstChangedStep(mine, previous.overrides, flowIndex, flow.steps.length) : 0;
  if (previous && from > flow.steps.length) return previous.snapshots;
  const out: FlowSnapshot[] =
    previous && from > 0 ? previous.snapshots.slice(0, from) : [apply(await initialSnapshot(flow, rules), 0)];
  for (let i = out.length - 1; i < flow.steps.length; i++) {
    const next = await runStep(flow, out[i] as FlowSnapshot, flow.steps[i] as Step, i, rules);
    out.push(apply(next, i + 1));
  }
  return out;
}

/** The first snapshot index whose overrides differ (steps + 1 when none do). */
function firstChangedStep(mine: readonly Override[], before: readonly Override[], flow: number, steps: number): number {
  const key = (list: readonly Override[], i: number) =>
    JSON.stringify(list.filter((o) => o.flow === flow && o.step === i).map((o) => o.patch));
  for (let i = 0; i <= steps; i++) if (key(mine, i) !== key(before, i)) return i;
  return steps + 1;
}

/** Every snapshot of every flow of a scenario; `previous` (same scenario) lets unchanged steps be reused. */
export async function replay(
  scenario: Scenario,
  overrides: readonly Override[],
  rules: Rules,
  previous?: { overrides: readonly Override[]; run: Run },
): Promise<Run> {
  return Promise.all(
    scenario.flows.map((flow, f) => {
      const snapshots = previous?.run[f];
      return replayFlow(
        flow,
        f,
        overrides,
        rules,
        snapshots ? { overrides: previous.overrides, snapshots } : undefined,
      );
    }),
  );
}

// The timeline's two lookups live in timeline.ts (the page needs them without the replay).
export { snapshotAt, stepCount } from './timeline';
