// The name travelling to the register it reaches: a box, an arrow with a moving token, and
// the destination (or a struck UNDEFINED box). Only the token moves (useMotion).
import { useId, useRef } from 'react';
import { useMotion } from '../common/motion';

export interface TravelProps {
  op: string;
  name: string;
  /** The register reached, or null when UNDEFINED. */
  reaches: string | null;
  caption: string;
  note: string;
  undefinedText: string;
  title: string;
}

const FROM_X = 8;
const BOX_W = 220;
const TO_X = 332;
const Y = 44;
const H = 48;

export function Travel({ op, name, reaches, caption, note, undefinedText, title }: TravelProps) {
  const token = useRef<SVGCircleElement>(null);
  const arrow = `${useId()}-arrow`;
  const redirected = reaches !== null && reaches !== name;
  // Replays the trip when the answer changes; the token rests (hidden) at the destination.
  useMotion(token, `${op}|${name}|${reaches}`, (dot, animate) => {
    if (!name) return;
    const from = `translateX(${FROM_X + BOX_W - (TO_X - 10)}px)`;
    animate(
      dot,
      [
        { transform: from, opacity: 1 },
        { transform: 'translateX(0px)', opacity: 1 },
      ],
      {
        duration: 600,
        fill: 'forwards',
      },
    );
    animate(dot, [{ opacity: 1 }, { opacity: 0 }], { duration: 200, delay: 600, fill: 'backwards', easing: 'linear' });
  });

  const label = reaches ?? undefinedText;
  return (
    <svg className="travel" viewBox="0 0 560 112" role="img" aria-label={title}>
      <title>{title}</title>
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="travel-head" />
        </marker>
      </defs>
      <g className="travel-from" transform={`translate(${FROM_X},${Y})`}>
        <rect width={BOX_W} height={H} rx={8} />
        <text x={BOX_W / 2} y={H / 2} textAnchor="middle" dominantBaseline="central">
          <tspan className="travel-op">{op} </tspan>
          {name}
        </text>
      </g>
      <text x={(FROM_X + BOX_W + TO_X) / 2} y={Y - 14} textAnchor="middle" className="travel-caption">
        {caption}
      </text>
      <path
        d={`M${FROM_X + BOX_W + 4},${Y + H / 2} L${TO_X - 6},${Y + H / 2}`}
        className={`travel-arrow${reaches ? '' : ' blocked'}`}
        markerEnd={`url(#${arrow})`}
      />
      <circle ref={token} r={7} cy={Y + H / 2} cx={TO_X - 10} className="travel-token" style={{ opacity: 0 }} />
      <text x={(FROM_X + BOX_W + TO_X) / 2} y={Y + H + 20} textAnchor="middle" className="travel-note">
        {note}
      </text>
      <g
        className={`travel-to${reaches ? '' : ' undefined'}${redirected ? ' redirected' : ''}`}
        transform={`translate(${TO_X},${Y})`}
      >
        <rect width={BOX_W} height={H} rx={8} />
        <text x={BOX_W / 2} y={H / 2} textAnchor="middle" dominantBaseline="central">
          {label}
        </text>
        {!reaches && <line x1={14} y1={H / 2} x2={BOX_W - 14} y2={H / 2} className="travel-strike" />}
      </g>
    </svg>
  );
}
