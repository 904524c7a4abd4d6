// Moves the transition token along the arrow and draws the arrow in as it goes. Never
// blocks input: a new step cancels the running animation (useMotion).
import type { RefObject } from 'react';
import { useMotion } from '../common/motion';

/** Points sampled along the arrow: the token follows curves, eased as one movement. */
const SAMPLES = 24;

export function useToken(
  path: RefObject<SVGPathElement | null>,
  token: RefObject<SVGGElement | null>,
  key: string,
  maxMs: number,
): void {
  useMotion(path, `${key}:${maxMs}`, (p, animate) => {
    const g = token.current;
    const len = p.getTotalLength();
    if (!g || !Number.isFinite(len) || len === 0) return;
    const ms = Math.max(200, Math.min(600, maxMs));
    const travel = Array.from({ length: SAMPLES + 1 }, (_, i) => {
      const pt = p.getPointAtLength((i / SAMPLES) * len);
      return { transform: `translate(${pt.x.toFixed(1)}px, ${pt.y.toFixed(1)}px)`, opacity: 1 };
    });
    // The token travels and stays at the head, then fades so the arrowhead stays readable.
    animate(g, travel, { duration: ms, fill: 'forwards' });
    animate(g, [{ opacity: 1 }, { opacity: 0 }], {
      duration: 250,
      delay: ms + 150,
      fill: 'backwards',
      easing: 'linear',
    });
    animate(
      p,
      [
        { strokeDasharray: `${len} ${len}`, strokeDashoffset: len },
        { strokeDasharray: `${len} ${len}`, strokeDashoffset: 0 },
      ],
      {
        duration: ms,
      },
    );
  });
}
