// The register file, replayed from the machine's snapshots: who owns each physical system
// register after step n, what is in memory (the vCPU and host contexts), what this step
// moved, and what an exception left in ESR/ELR/SPSR of the EL it was taken to. Pure data.
import type { EL } from '../../core';
import type { FlowSnapshot, StepResult } from '../../machine/types';
import type { Flow } from '../../scenario/schema';

/** The EL1 registers shown when a flow saves or restores none (VHE keeps them untouched). */
export const DEFAULT_EL1 = ['SCTLR_EL1', 'TTBR0_EL1', 'TTBR1_EL1', 'TCR_EL1', 'VBAR_EL1', 'ELR_EL1', 'SPSR_EL1'];

export type OwnerKind = 'host' | 'guest' | 'hypervisor' | 'firmware';

export interface Owner {
  actor: string;
  kind: OwnerKind;
}

export interface Exit {
  /** The step (1-based) that took the exception. */
  step: number;
  event: StepResult['event'];
  from: { actor: string; el: EL };
  targetEL: EL;
  /** ESR_EL2.EC and ISS as the core computed them (absent for interrupts: ESR is not written). */
  ec?: number;
  iss?: number;
}

export interface RegisterFile {
  /** Each EL1 register's owner (whose value it holds), in display order. */
  el1: { name: string; owner: Owner | null }[];
  el2Owner: Owner | null;
  /** Whose EL1 values each context in memory holds (null: nothing saved yet). */
  memory: { vcpu: Owner | null; host: Owner | null };
  /** The last exception taken to EL2 (what ESR_EL2/ELR_EL2/SPSR_EL2 hold). */
  exitToEl2: Exit | null;
  /** What this step did to the register file. */
  moved: { kind: 'save' | 'restore'; of: Owner; count: number } | null;
  /** The register a redirected (or plain) MRS/MSR at this step really reached. */
  reached: { name: string; reaches: string | null } | null;
  /** How many times the EL1 set's owner has changed so far (nVHE: twice per exit). */
  el1OwnerChanges: number;
}

export function ownerOf(flow: Flow, actor: string): Owner {
  const a = flow.actors.find((x) => x.id === actor);
  const world = flow.worlds.find((w) => w.id === a?.world);
  const kind: OwnerKind =
    a?.kind === 'hypervisor' || a?.kind === 'stub'
      ? 'hypervisor'
      : a?.kind === 'firmware'
        ? 'firmware'
        : world?.kind === 'guest'
          ? 'guest'
          : 'host';
  return { actor, kind };
}

/** The EL1 registers a flow's scenario moves: what its saves and restores reach. */
export function el1Names(run: readonly (readonly FlowSnapshot[])[]): string[] {
  const seen = new Set<string>();
  for (const snaps of run)
    for (const s of snaps)
      if (s.last?.event.type === 'SaveContext' || s.last?.event.type === 'RestoreContext')
        for (const r of s.last.registers ?? []) if (r.reaches?.endsWith('_EL1')) seen.add(r.reaches);
  return seen.size ? [...seen] : [...DEFAULT_EL1];
}

/** Who owns the EL1 set at the start: the actor running at EL1, else an EL1 kernel. */
function initialEl1Owner(flow: Flow, first: FlowSnapshot): Owner | null {
  const at1 = flow.actors.filter((a) => first.placement[a.id] === 1 && a.kind === 'kernel');
  const pick =
    at1.find((a) => a.id === first.running) ?? at1.find((a) => ownerOf(flow, a.id).kind === 'host') ?? at1[0];
  return pick ? ownerOf(flow, pick.id) : null;
}

function el2OwnerAt(flow: Flow, snap: FlowSnapshot): Owner | null {
  const at2 = flow.actors.filter((a) => snap.placement[a.id] === 2 && a.kind !== 'app' && a.kind !== 'vmm');
  const pick = at2.find((a) => a.id === snap.running) ?? at2[0];
  return pick ? ownerOf(flow, pick.id) : null;
}

/** The register file after `step` steps of one flow (snaps[i] is the flow after i steps). */
export function registerFileAt(
  flow: Flow,
  snaps: readonly FlowSnapshot[],
  names: string[],
  step: number,
): RegisterFile {
  const first = snaps[0];
  const owners = new Map<string, Owner | null>();
  const start = first ? initialEl1Owner(flow, first) : null;
  for (const n of names) owners.set(n, start);
  const memory: RegisterFile['memory'] = { vcpu: null, host: null };
  let exitToEl2: Exit | null = null;
  let changes = 0;
  let moved: RegisterFile['moved'] = null;
  let reached: RegisterFile['reached'] = null;
  const setOwner = () => owners.get(names[0] ?? '') ?? null;
  const last = Math.min(step, snaps.length - 1);
  for (let i = 1; i <= last; i++) {
    const r = snaps[i]?.last;
    if (!r) continue;
    const here = i === last;
    const e = r.event;
    if (e.type === 'SaveContext' || e.type === 'RestoreContext') {
      const of = ownerOf(flow, e.of);
      const slot = of.kind === 'guest' ? 'vcpu' : 'host';
      if (e.type === 'SaveContext') memory[slot] = of;
      else {
        const before = setOwner();
        for (const reg of r.registers ?? []) if (reg.reaches && owners.has(reg.reaches)) owners.set(reg.reaches, of);
        const after = setOwner();
        if (before?.actor !== after?.actor) changes++;
      }
      if (here) moved = { kind: e.type === 'SaveContext' ? 'save' : 'restore', of, count: e.regs.length };
    }
    if ((e.type === 'MRS' || e.type === 'MSR') && here) {
      const reg = r.registers?.[0];
      if (reg) reached = { name: reg.name, reaches: reg.reaches };
    }
    if (r.outcome === 'exception' && r.targetEL === 2) {
      exitToEl2 = {
        step: i,
        event: e,
        from: r.from,
        targetEL: 2,
        ...(r.ec !== undefined ? { ec: r.ec } : {}),
        ...(r.iss !== undefined ? { iss: r.iss } : {}),
      };
    }
  }
  const now = snaps[last];
  return {
    el1: names.map((name) => ({ name, owner: owners.get(name) ?? null })),
    el2Owner: now ? el2OwnerAt(flow, now) : null,
    memory,
    exitToEl2,
    moved,
    reached,
    el1OwnerChanges: changes,
  };
}
