// Moves the transition token along the arrow with a d3 transition, and draws the arrow in
// as it goes. Never blocks input: a new step interrupts the running transition.
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import { type RefObject, useEffect } from 'react';
import { transitionMs } from '../common/motion';

export function useToken(
  path: RefObject<SVGPathElement | null>,
  token: RefObject<SVGGElement | null>,
  key: string,
  maxMs: number,
): void {
  // `key` names the transition (step and path): a new one restarts the token.
  // biome-ignore lint/correctness/useExhaustiveDependencies: key is the trigger, not read inside
  useEffect(() => {
    const p = path.current;
    const g = token.current;
    if (!p || !g) return;
    const len = p.getTotalLength();
    const at = (t: number) => {
      const pt = p.getPointAtLength(t * len);
      return `translate(${pt.x.toFixed(1)},${pt.y.toFixed(1)})`;
    };
    const ms = transitionMs(Math.max(200, Math.min(600, maxMs)));
    const tok = select(g);
    const line = select(p);
    tok.interrupt();
    line.interrupt();
    if (ms === 0 || !Number.isFinite(len) || len === 0) {
      tok.attr('transform', at(1)).attr('opacity', 0);
      line.attr('stroke-dasharray', null).attr('stroke-dashoffset', null);
      return;
    }
    // The token travels, then fades so the arrowhead it arrived at stays readable.
    tok
      .attr('transform', at(0))
      .attr('opacity', 1)
      .transition()
      .duration(ms)
      .ease(easeCubicInOut)
      .attrTween('transform', () => at)
      .transition()
      .delay(150)
      .duration(250)
      .attr('opacity', 0);
    line
      .attr('stroke-dasharray', `${len} ${len}`)
      .attr('stroke-dashoffset', len)
      .transition()
      .duration(ms)
      .ease(easeCubicInOut)
      .attr('stroke-dashoffset', 0)
      .on('end', () => line.attr('stroke-dasharray', null).attr('stroke-dashoffset', null));
    return () => {
      tok.interrupt();
      line.interrupt();
      tok.attr('transform', at(1)).attr('opacity', 0);
      line.attr('stroke-dasharray', null).attr('stroke-dashoffset', null);
    };
  }, [path, token, key, maxMs]);
}
