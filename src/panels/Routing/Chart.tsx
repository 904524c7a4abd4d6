// Draws a Flowchart: React owns every node; the lit path is drawn in (useMotion).
import { useId, useRef } from 'react';
import { useMotion } from '../common/motion';
import type { Flowchart, FlowNode, Label } from './flowchart';

export interface ChartProps {
  chart: Flowchart;
  title: string;
  /** Text of a box in the UI language. */
  text: (label: Label) => string;
  yes: string;
  no: string;
  /** Key that changes when the decision changes, to replay the animation. */
  animateKey: string;
}

function nodeClass(n: FlowNode): string {
  return `fc-node fc-${n.kind}${n.lit ? ' lit' : ''}${n.el !== undefined ? ` fc-el fc-el-${n.el}` : ''}`;
}

export function Chart({ chart, title, text, yes, no, animateKey }: ChartProps) {
  const ref = useRef<SVGSVGElement>(null);
  const uid = useId();
  useMotion(ref, animateKey, (svg, animate) => {
    for (const path of svg.querySelectorAll<SVGPathElement>('path.fc-edge.lit')) {
      const length = path.getTotalLength();
      const dash = `${length} ${length}`;
      animate(
        path,
        [
          { strokeDasharray: dash, strokeDashoffset: length },
          { strokeDasharray: dash, strokeDashoffset: 0 },
        ],
        {
          duration: 450,
        },
      );
    }
  });

  const litText = chart.nodes
    .filter((n) => n.lit)
    .map((n) => text(n.label))
    .join(' → ');
  return (
    <svg
      ref={ref}
      className="fc"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={`${title}: ${litText}`}
    >
      <title>{title}</title>
      <desc>{litText}</desc>
      <defs>
        <marker
          id={`${uid}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="fc-arrowhead" />
        </marker>
        <marker
          id={`${uid}-arrow-lit`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="4"
          markerHeight="4"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="fc-arrowhead lit" />
        </marker>
      </defs>
      {chart.edges.map((e) => {
        const [a, b] = [e.points[0], e.points[e.points.length - 1]];
        if (!a || !b) return null;
        const d = `M${e.points.map((p) => p.join(',')).join(' L')}`;
        const horizontal = a[1] === b[1];
        const lx = horizontal ? (a[0] + b[0]) / 2 : a[0] + 8;
        const ly = horizontal ? a[1] - 6 : (a[1] + b[1]) / 2 + 5;
        return (
          <g key={e.id}>
            <path
              d={d}
              className={`fc-edge${e.lit ? ' lit' : ''}`}
              markerEnd={`url(#${uid}-${e.lit ? 'arrow-lit' : 'arrow'})`}
            />
            {e.answer && (
              <text
                x={lx}
                y={ly}
                className={`fc-answer${e.lit ? ' lit' : ''}`}
                textAnchor={horizontal ? 'middle' : 'start'}
              >
                {e.answer === 'yes' ? yes : no}
              </text>
            )}
          </g>
        );
      })}
      {chart.nodes.map((n) => (
        <g key={n.id} className={nodeClass(n)} transform={`translate(${n.x},${n.y})`}>
          {n.kind !== 'stage' && (
            <rect
              width={n.w}
              height={n.h}
              rx={n.kind === 'decision' ? 6 : n.h / 2}
              ry={n.kind === 'decision' ? 6 : n.h / 2}
            />
          )}
          <text x={n.w / 2} y={n.h / 2} dominantBaseline="central" textAnchor="middle">
            {n.lit && n.kind === 'terminal' ? `✓ ${text(n.label)}` : text(n.label)}
          </text>
        </g>
      ))}
    </svg>
  );
}
