// Motion policy for every panel's d3 transitions: short, and none when the user asks for less.
// The side-effect import adds selection.transition(); without it the bundler drops it and
// transitions vanish from the build.
import 'd3-transition';

const QUERY = '(prefers-reduced-motion: reduce)';
const media: MediaQueryList | null = typeof matchMedia === 'function' ? matchMedia(QUERY) : null;

/** Live: read on every call, so a change in the OS setting applies to the next transition. */
export function prefersReducedMotion(): boolean {
  return media?.matches ?? false;
}

/** The duration to use: 0 (instant) under prefers-reduced-motion, else ms. */
export function transitionMs(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
