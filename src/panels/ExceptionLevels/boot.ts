// The boot scenario draws only what the kernel's boot decision (core: linuxBootMode, via the
// machine's Boot step) made exist at EL2: the hyp stub when a kernel entered at EL2 stays at
// EL1, KVM's own EL2 code when KVM runs split (nVHE or pKVM). A kernel entered at EL1 has
// neither; a VHE kernel is itself the EL2 code. Pure: unit-tested in boot.test.ts.
import type { FlowSnapshot, StepResult } from '../../machine/types';
import type { Actor, Flow } from '../../scenario/schema';

/** The latest boot decision in a flow's snapshots up to and including `upTo`. */
export function lastBootDecision(history: readonly FlowSnapshot[], upTo: number): StepResult | undefined {
  for (let i = Math.min(upTo, history.length - 1); i >= 0; i--) {
    const last = history[i]?.last;
    if (last?.outcome === 'boot') return last;
  }
  return undefined;
}

/** Whether an actor whose existence the boot decides exists after `decision`. */
function decided(actor: Pick<Actor, 'kind'>, decision: StepResult | undefined): boolean {
  if (actor.kind === 'stub') {
    // head.S keeps the hyp stub at EL2 only when it was entered at EL2 and stays at EL1.
    const e = decision?.event;
    return e?.type === 'Boot' && e.input.bootEL === 2 && decision?.targetEL === 1;
  }
  // KVM's separate EL2 code: only in split mode (nVHE, pKVM); with VHE the kernel is at EL2.
  return decision?.kvm === 'nvhe' || decision?.kvm === 'protected';
}

/**
 * The actors drawn: every actor of a flow without a Boot step; in a boot flow the EL2
 * stub and hypervisor code only when the last decision made them (none before the first).
 * Whoever runs or moves at this step is always drawn, so an arrow never loses its end.
 */
export function actorsDrawn(
  flow: Flow,
  snap: Pick<FlowSnapshot, 'running' | 'last'>,
  decision: StepResult | undefined,
): Flow['actors'] {
  if (!flow.steps.some((s) => s.event.type === 'Boot')) return flow.actors;
  const involved = new Set([snap.running, snap.last?.from.actor, snap.last?.to.actor]);
  return flow.actors.filter(
    (a) => involved.has(a.id) || (a.kind !== 'stub' && a.kind !== 'hypervisor') || decided(a, decision),
  );
}
