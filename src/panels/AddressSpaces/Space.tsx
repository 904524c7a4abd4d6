// One address-space column drawn from its pure layout; the bars fade in when the regime
// changes so flipping TGE is visible.

import { useId, useRef } from 'react';
import type { RegimeInfo } from '../../core';
import type { Messages } from '../../i18n';
import { useMotion } from '../common/motion';
import { layoutSpace } from './layout';

type T = Messages['addressSpaces'];

export function Space({ info, t, label }: { info: RegimeInfo; t: T; label: string }) {
  const l = layoutSpace(info);
  const ref = useRef<SVGSVGElement>(null);
  // Two columns (and exports) draw this SVG at once: its marker id must be unique.
  const head = `${useId()}-head`;
  const key = `${info.regime}|${info.stage1}|${info.stage2}|${info.ranges}`;
  // Replays when the regime changes.
  useMotion(ref, key, (svg, animate) => {
    for (const box of svg.querySelectorAll('g.as-box'))
      animate(box, [{ opacity: 0 }, { opacity: 1 }], { duration: 450 });
  });

  const parts = l.boxes
    .map((b) => [t.box[b.key], b.reg, b.tag].filter(Boolean).join(' '))
    .concat(l.arrows.map((a) => [t.arrow[a.key], a.reg, a.tag].filter(Boolean).join(' ')))
    .join('; ');
  const PAD = 24;
  return (
    <svg
      ref={ref}
      className={`as-svg as-${info.regime.replace('&', '')}`}
      viewBox={`-4 -${PAD} ${l.width + 8} ${l.height + PAD + 8}`}
      role="img"
      aria-label={t.diagram(label, info.regime, parts)}
    >
      <title>{t.diagram(label, info.regime, parts)}</title>
      <text x={75} y={-8} textAnchor="middle" className="as-axis">
        VA
      </text>
      {l.boxes.map((b) => (
        <g key={b.id} className={`as-box as-${b.key}`} transform={`translate(${b.x},${b.y})`}>
          <rect width={b.w} height={b.h} rx={6} />
          <text x={b.w / 2} y={b.h / 2 - (b.reg ? 12 : 0)} textAnchor="middle" dominantBaseline="central">
            {b.key === 'flat' ? null : t.box[b.key]}
          </text>
          {b.key === 'flat' &&
            t.box.flat.split(/(?<=:|：)/).map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed text lines
              <text key={i} x={b.w / 2} y={b.h / 2 + (i - 0.5) * 20} textAnchor="middle" dominantBaseline="central">
                {line.trim()}
              </text>
            ))}
          {b.reg && (
            <text x={b.w / 2} y={b.h / 2 + 10} textAnchor="middle" dominantBaseline="central" className="as-reg">
              {b.reg}
            </text>
          )}
          {b.tag && (
            <text x={b.w / 2} y={b.h / 2 + 30} textAnchor="middle" dominantBaseline="central" className="as-tag">
              {b.tag}
            </text>
          )}
        </g>
      ))}
      {l.arrows.map((a) => (
        <g key={a.id} className="as-arrow">
          <line x1={a.x1 + 4} x2={a.x2 - 6} y1={a.y} y2={a.y} markerEnd={`url(#${head})`} />
          <text x={(a.x1 + a.x2) / 2} y={a.y - 12} textAnchor="middle">
            {t.arrow[a.key]}
          </text>
          {a.reg && (
            <text x={(a.x1 + a.x2) / 2} y={a.y + 22} textAnchor="middle" className="as-reg">
              {a.reg}
            </text>
          )}
          {a.tag && (
            <text x={(a.x1 + a.x2) / 2} y={a.y + 40} textAnchor="middle" className="as-tag">
              {a.tag}
            </text>
          )}
        </g>
      ))}
      <defs>
        <marker id={head} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="as-headpath" />
        </marker>
      </defs>
    </svg>
  );
}
