// The timeline strip under the playback slider: one swimlane per flow (the EL over time),
// exceptions (down) and ERETs (up) as marks, world switches shaded, the current step marked.
// A click jumps to that step; the slider above is the keyboard's way in (so the strip is
// hidden from screen readers, whose slider says the same step by step). With `pastOnly`
// (predict mode) it draws only the steps already played: the rest would show the answers.
import { type MouseEvent, useId } from 'react';
import { send, steppable, useWorld, useWorldKept } from '../../store/world';
import { LANE_H, laneOf, STRIP_W, xAt } from './strip';
import './timeline.css';
import { useRenderCount } from '../common/renderCount';

export function TimelineStrip({ pastOnly = false }: { pastOnly?: boolean }) {
  useRenderCount('TimelineStrip');
  const total = useWorld((s) => s.total);
  const step = useWorld((s) => s.step);
  // What it draws of the run: a what-if sends a new run whose lanes are often the same.
  const lanes = useWorldKept((s) => s.run?.map((snaps) => laneOf(snaps, s.total)) ?? null);
  const clipId = useId();
  if (!lanes || total === 0) return null;
  const h = lanes.length * (LANE_H + 2);
  const jump = (e: MouseEvent<SVGSVGElement>) => {
    if (!steppable(useWorld.getState())) return;
    const r = e.currentTarget.getBoundingClientRect();
    const n = Math.round(((e.clientX - r.left) / r.width) * total);
    send({ type: 'GOTO', step: Math.max(0, Math.min(total, n)) });
  };
  return (
    // A mouse shortcut; the slider above is the keyboard's way to the same jumps.
    <svg
      className="timeline-strip"
      viewBox={`0 0 ${STRIP_W} ${h}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
      onClick={jump}
      data-flows={lanes.length}
    >
      {pastOnly && (
        <clipPath id={clipId}>
          <rect x={0} y={0} width={xAt(step, total)} height={h} />
        </clipPath>
      )}
      {lanes.map((lane, f) => (
        <g
          // biome-ignore lint/suspicious/noArrayIndexKey: one lane per flow, in order
          key={f}
          transform={`translate(0,${f * (LANE_H + 2)})`}
          className={`strip-lane lane-flow-${f}`}
          clipPath={pastOnly ? `url(#${CSS.escape(clipId)})` : undefined}
        >
          <rect className="strip-band" x={0} y={0} width={STRIP_W} height={LANE_H} />
          {lane.switches.map((i) => (
            <rect
              key={`s${i}`}
              className="strip-switch"
              x={xAt(i - 1, total)}
              y={0}
              width={xAt(1, total)}
              height={LANE_H}
            />
          ))}
          {lane.end < total && (
            <rect
              className="strip-done"
              x={xAt(lane.end, total)}
              y={0}
              width={STRIP_W - xAt(lane.end, total)}
              height={LANE_H}
            />
          )}
          <path className="strip-el" d={lane.path} vectorEffect="non-scaling-stroke" />
          {lane.exceptions.map((i) => (
            <line
              key={`e${i}`}
              className="strip-exc"
              x1={xAt(i, total)}
              x2={xAt(i, total)}
              y1={0}
              y2={LANE_H}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {lane.erets.map((i) => (
            <line
              key={`r${i}`}
              className="strip-eret"
              x1={xAt(i, total)}
              x2={xAt(i, total)}
              y1={0}
              y2={LANE_H}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </g>
      ))}
      <line
        className="strip-now"
        x1={xAt(step, total)}
        x2={xAt(step, total)}
        y1={0}
        y2={h}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
