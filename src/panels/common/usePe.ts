// The PE state every state panel draws: the current step of the selected flow, or, before a
// scenario is loaded, a local sandbox started from the core's default state so the bits
// still answer "what if".
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { PeState } from '../../core';
import { defaultState } from '../../core/state';
import { applyPatch, mergePatch } from '../../machine/patch';
import type { StepResult } from '../../machine/types';
import type { StatePatch } from '../../scenario/schema';
import { useUi } from '../../store/ui';
import { send, useWorld } from '../../store/world';

interface Sandbox {
  pe: PeState | null;
  /** Bits changed in the sandbox, as one merged patch (for the "what-if" marks). */
  patch: StatePatch;
}

// Seeded with the core's default state (pure data, no rules): the bits draw in the first
// frame, not when the worker first answers, so nothing below them jumps (layout shift).
const useSandbox = create<Sandbox>(() => ({ pe: defaultState(), patch: {} }));

export interface PeView {
  pe: PeState | null;
  flow: number;
  /** A scenario is loaded: changes go to the world machine as what-ifs. */
  live: boolean;
  last: StepResult | undefined;
}

/** The PE state of the selected flow's current step (or the sandbox). */
export function usePe(): PeView {
  const flow = useUi((s) => s.flow);
  const worldPe = useWorld((s) => s.flows[flow]?.pe ?? s.flows[0]?.pe);
  const last = useWorld((s) => s.flows[flow]?.last ?? s.flows[0]?.last);
  const sandbox = useSandbox((s) => s.pe);
  if (worldPe) return { pe: worldPe, flow, live: true, last };
  return { pe: sandbox, flow, live: false, last: undefined };
}

/** The what-if patch in force for the selected flow at the current step (earlier overrides included). */
export function useWhatIf(): StatePatch {
  const flow = useUi((s) => s.flow);
  const overrides = useWorld(useShallow((s) => s.overrides.filter((o) => o.flow === flow && o.step <= s.step)));
  const live = useWorld((s) => s.flows.length > 0);
  const sandbox = useSandbox((s) => s.patch);
  if (!live) return sandbox;
  return overrides.reduce<StatePatch>((acc, o) => mergePatch(acc, o.patch), {});
}

/** Set bits: a what-if on the loaded scenario (the machine recomputes the rest), or the sandbox. */
export function setBits(flow: number, patch: StatePatch): void {
  if (useWorld.getState().flows.length > 0) {
    send({ type: 'SET_BITS', flow, patch });
    return;
  }
  useSandbox.setState((s) => (s.pe ? { pe: applyPatch(s.pe, patch), patch: mergePatch(s.patch, patch) } : s));
}
