// The timeline strip's geometry: for each flow, the EL after every step as a stepped line,
// exceptions and ERETs as marks, world switches (EL1 context saves/restores) as shaded
// columns. Pure: unit-tested in strip.test.ts.
import type { EL } from '../../core';
import type { FlowSnapshot } from '../../machine/types';

export interface StripLane {
  /** "M x y H x V y ..." in a box of width 1000 and height LANE_H. */
  path: string;
  exceptions: number[];
  erets: number[];
  /** Steps (1-based) that saved or restored an EL1 context: the world switch's work. */
  switches: number[];
  /** The step after which the flow has no more steps (it has finished). */
  end: number;
}

export const STRIP_W = 1000;
export const LANE_H = 16;

/** x of step position n (0 = start) in a strip of `total` steps. */
export const xAt = (n: number, total: number) => (total > 0 ? (n / total) * STRIP_W : 0);

/** y of an EL inside a lane: EL0 at the top, EL3 at the bottom (as in the diagram). */
export const yAt = (el: EL) => 2 + (el / 3) * (LANE_H - 4);

export function laneOf(snaps: readonly FlowSnapshot[], total: number): StripLane {
  const exceptions: number[] = [];
  const erets: number[] = [];
  const switches: number[] = [];
  const first = snaps[0];
  let path = first ? `M0 ${yAt(first.pe.el)}` : '';
  let el = first?.pe.el;
  for (let i = 1; i < snaps.length; i++) {
    const s = snaps[i];
    if (!s) continue;
    const x = xAt(i, total);
    if (s.pe.el !== el) {
      path += ` H${x} V${yAt(s.pe.el)}`;
      el = s.pe.el;
    }
    const o = s.last?.outcome;
    if (o === 'exception') exceptions.push(i);
    if (o === 'eret') erets.push(i);
    if (o === 'context') switches.push(i);
  }
  const end = snaps.length - 1;
  if (path) path += ` H${xAt(end, total)}`;
  return { path, exceptions, erets, switches, end };
}
