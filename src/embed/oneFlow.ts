// A small frame cannot draw several flows readably: three flows (x86 vs nVHE vs VHE) never
// fit a slide's frame, and two fit side by side only from 700px. Then the embed draws one
// flow at a time, with a switcher; every EL row of that flow stays in the frame.
import { useSyncExternalStore } from 'react';

const WIDE = '(min-width: 700px)';

function subscribe(onChange: () => void): () => void {
  const q = matchMedia(WIDE);
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

/** Whether a frame of this kind shows one flow at a time. */
export function oneFlowAtATime(flows: number, wide: boolean): boolean {
  return flows > 2 || (flows === 2 && !wide);
}

/** The same, for this frame now (follows resizes). */
export function useOneFlowAtATime(flows: number): boolean {
  const wide = useSyncExternalStore(
    subscribe,
    () => matchMedia(WIDE).matches,
    () => true,
  );
  return oneFlowAtATime(flows, wide);
}
