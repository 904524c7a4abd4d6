// Every panel's motion, on the Web Animations API (element.animate): short, interruptible,
// and none at all under prefers-reduced-motion, decided here and nowhere else.
import { type RefObject, useEffect } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
const media: MediaQueryList | null = typeof matchMedia === 'function' ? matchMedia(QUERY) : null;

/** easeInOutCubic, the curve the panels have always moved on. */
export const EASE = 'cubic-bezier(0.65, 0, 0.35, 1)';

/** Starts one animation (none under reduced motion: the element simply shows its end state). */
export type Animate = (target: Element, keyframes: Keyframe[], options: KeyframeAnimationOptions) => Animation | null;

/**
 * Plays `play` after each render where `key` changed. What it starts is cancelled when the
 * key changes again or the component goes, so a new step interrupts a running animation and
 * the element falls back to what React rendered (the end state).
 */
export function useMotion<E extends Element>(
  ref: RefObject<E | null>,
  key: unknown,
  play: (el: E, animate: Animate) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what restarts the animation.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const started: Animation[] = [];
    const animate: Animate = (target, keyframes, options) => {
      // Live: a change in the OS setting applies to the next animation.
      if (media?.matches || typeof target.animate !== 'function') return null;
      const a = target.animate(keyframes, { easing: EASE, ...options });
      started.push(a);
      return a;
    };
    play(el, animate);
    return () => {
      for (const a of started) a.cancel();
    };
  }, [key]);
}
