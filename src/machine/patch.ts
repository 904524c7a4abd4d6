// A StatePatch (what a scenario step, a what-if or the sandbox sets) applied to a PE state,
// and two patches merged into one: the only definitions, used by replay, world and the panels.
import type { PeState } from '../core';
import type { StatePatch } from '../scenario/schema';

const GROUPS = ['hcr', 'scr', 'pstate', 'features'] as const;

/** `pe` with the patch's bits set; the EL is never patched (events move it). */
export function applyPatch(pe: PeState, patch: StatePatch): PeState {
  return {
    el: pe.el,
    secure: patch.secure ?? pe.secure,
    features: { ...pe.features, ...patch.features },
    hcr: { ...pe.hcr, ...patch.hcr },
    scr: { ...pe.scr, ...patch.scr },
    pstate: { ...pe.pstate, ...patch.pstate },
  };
}

/** One patch doing what `a` then `b` do (b's bits win). */
export function mergePatch(a: StatePatch, b: StatePatch): StatePatch {
  const out: StatePatch = { ...a };
  for (const group of GROUPS) {
    if (b[group]) out[group] = { ...a[group], ...b[group] } as never;
  }
  if (b.secure !== undefined) out.secure = b.secure;
  return out;
}
