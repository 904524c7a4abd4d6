// One flow's EL world: lanes EL0 (top) to EL2/EL3, a column per world, actor boxes, the
// running actor marked, and the last transition as an arrow a token travels along.
import { useId, useMemo, useRef } from 'react';
import type { EL } from '../../core';
import { type Messages, messages, useLang } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import { eventLabel } from '../../i18n/ruleText';
import type { StepResult } from '../../machine/types';
import type { Flow } from '../../scenario/schema';
import { Icon } from '../common/icons';
import { useRenderCount } from '../common/renderCount';
import { actorsDrawn } from './boot';
import { arrowCause } from './cause';
import {
  type Arrow,
  arrowBetween,
  type Box,
  boxAt,
  DIMS,
  fitKind,
  fitLines,
  fitText,
  type Layout,
  layoutFlow,
  pillFit,
  placeLabel,
  type Rect,
  runBadge,
  textWidth,
} from './layout';
import type { DiagramSnap } from './part';
import { hasDma, SmmuPath } from './SmmuPath';
import { useToken } from './useToken';
import { isX86, laneLabels } from './x86';

export interface FlowDiagramProps {
  flow: Flow;
  snap: DiagramSnap;
  /** Drawing width in SVG units (about the rendered pixel width). */
  width: number;
  speedMs: number;
  title?: string | undefined;
  /** The flow's last boot decision so far (boot scenarios draw only what it made exist). */
  decision?: StepResult | undefined;
}

export function FlowDiagram({ flow, snap, width, speedMs, title, decision }: FlowDiagramProps) {
  useRenderCount('FlowDiagram');
  const lang = useLang((s) => s.lang);
  const t = messages(lang).exceptionLevels;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const pathRef = useRef<SVGPathElement>(null);
  const tokenRef = useRef<SVGGElement>(null);
  const name = (id: string) => flow.actors.find((a) => a.id === id)?.name[lang] ?? id;

  const drawn = actorsDrawn(flow, snap, decision);
  const drawnKey = drawn.map((a) => a.id).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `drawn` changes only with drawnKey
  const layout = useMemo(
    () => layoutFlow({ worlds: flow.worlds, actors: drawn, placement: snap.placement, peEl: snap.pe.el, width }),
    [flow, drawnKey, snap.placement, snap.pe.el, width],
  );
  const last = snap.last;
  const fromBox = last ? boxAt(layout, last.from.actor, last.from.el) : undefined;
  const toBox = last ? boxAt(layout, last.to.actor, last.to.el) : undefined;
  const arrow = fromBox && toBox ? arrowBetween(fromBox, toBox) : null;
  const runningBox = layout.boxes.find((b) => b.actor === snap.running);
  useToken(pathRef, tokenRef, `${last?.index ?? -1}:${arrow?.d ?? ''}`, speedMs * 0.6);

  const hostKernelAt2 = (world: string) =>
    flow.actors.some((a) => a.world === world && a.kind === 'kernel' && snap.placement[a.id] === 2);
  const descId = `${uid}-desc`;
  const titleId = `${uid}-title`;
  const heading = title ?? flow.title[lang];

  return (
    <figure className="el-figure">
      {title && <figcaption className="flow-caption">{title}</figcaption>}
      <svg
        className="el-diagram"
        data-arch={isX86(flow) ? 'x86' : 'arm'}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t.diagramTitle(heading)}</title>
        <desc id={descId}>{whoRunsWhere(layout, drawn, flow, snap, name, t)}</desc>
        <defs>
          <marker
            id={`${uid}-head`}
            viewBox="0 0 10 10"
            refX="8.5"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
          </marker>
        </defs>

        {layout.lanes.map((lane) => (
          <g key={lane.el} className={`lane lane-${lane.el}${snap.pe.el === lane.el ? ' current' : ''}`}>
            <rect x={4} y={lane.y + 3} width={layout.width - 8} height={lane.h - 6} rx={10} className="lane-band" />
            <text x={16} y={lane.y + lane.h / 2 - 4} className="lane-name">
              {laneLabels(flow, lane.el, t.lanes[lane.el], lang).name}
            </text>
            <text x={16} y={lane.y + lane.h / 2 + 16} className="lane-sub">
              {laneLabels(flow, lane.el, t.lanes[lane.el], lang).sub}
            </text>
            {snap.pe.el === lane.el && (
              <g className="pe-marker" transform={`translate(${DIMS.labelW - 14},${lane.y + lane.h / 2})`}>
                <path d="M-8,-8 L6,0 L-8,8 z" />
              </g>
            )}
          </g>
        ))}

        {layout.columns.map((col, i) => {
          const world = flow.worlds.find((w) => w.id === col.world);
          const label = world ? worldHeading(world.name[lang], t.worldKinds[world.kind]) : col.world;
          // Two lines when one would cut it (the header is 40 high).
          const fit = fitLines(label, col.w - 16, 15, 11);
          const top = DIMS.headerH - 14 - (fit.lines.length - 1) * (fit.size + 1);
          return (
            <g key={col.world} className={`world world-${col.kind}`}>
              {i > 0 && <line x1={col.x} x2={col.x} y1={8} y2={layout.height - 8} className="world-divider" />}
              <TextLines x={col.x + col.w / 2} y={top} lines={fit.lines} size={fit.size} className="world-name" />
            </g>
          );
        })}

        {layout.gaps
          .filter((g) => g.el === 1 && hostKernelAt2(g.world))
          .map((g) => (
            <g key={`${g.world}-${g.el}`} className="gap">
              <rect x={g.x} y={g.y} width={g.w} height={g.h} rx={10} />
              <GapNote gap={g} text={t.unusedByHost} />
            </g>
          ))}

        {layout.boxes.map((b) => (
          <ActorBox
            key={b.actor}
            box={b}
            flow={flow}
            running={snap.running === b.actor}
            blocked={snap.blocked && snap.running === b.actor}
          />
        ))}

        {last && !arrow && fromBox && (
          <Callout box={fromBox} text={calloutText(snap, t, lang, name)} right={layout.width - 8} />
        )}

        {arrow && last && (
          <g className={`transition ${arrow.direction}`}>
            <path ref={pathRef} d={arrow.d} className="arrow" markerEnd={`url(#${uid}-head)`} />
            <Pill
              arrow={arrow}
              layout={layout}
              text={arrowCause(last, lang)}
              badge={runningBox ? runBadge(runningBox, snap.blocked ? t.blocked : t.running) : undefined}
            />
            <g ref={tokenRef} className="token" opacity={0}>
              <circle r={9} />
              <circle r={3.5} className="token-core" />
            </g>
          </g>
        )}
      </svg>
      {hasDma(flow) && <SmmuPath snap={snap} />}
      {snap.pending.length > 0 && (
        <p className="pending-line">
          {snap.pending.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole each step
            <span key={i} className="chip pending">
              <Icon name="hourglass" /> {t.pending(p.kind, p.targetEL)}
            </span>
          ))}
        </p>
      )}
    </figure>
  );
}

/** "Unused by the host": one line, or two in a narrow gap. */
function GapNote({ gap, text }: { gap: Rect; text: string }) {
  const fit = fitLines(text, gap.w - 12, 14, 10);
  const top = gap.y + gap.h / 2 + 5 - ((fit.lines.length - 1) * (fit.size + 1)) / 2;
  return <TextLines x={gap.x + gap.w / 2} y={top} lines={fit.lines} size={fit.size} />;
}

/** Lines of one label, each under the last (a line apart: its size + 1), all starting at `x`. */
function TextLines({
  x,
  y,
  lines,
  size,
  className,
}: {
  x: number;
  y: number;
  lines: readonly string[];
  size: number;
  className?: string;
}) {
  return (
    <text x={x} y={y} className={className} fontSize={size}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : size + 1}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface ActorBoxProps {
  box: Box;
  flow: Flow;
  running: boolean;
  blocked: boolean;
}

function ActorBox({ box, flow, running, blocked }: ActorBoxProps) {
  const lang = useLang((s) => s.lang);
  const t = messages(lang).exceptionLevels;
  const name = (id: string) => flow.actors.find((a) => a.id === id)?.name[lang] ?? id;
  const actor = flow.actors.find((a) => a.id === box.actor);
  const world = flow.worlds.find((w) => w.id === actor?.world);
  const full = name(box.actor);
  const nameFit = fitLines(full, box.w - 24, 19, 11, 3);
  const lines = nameFit.lines.length;
  const kind = actor ? t.actorKinds[actor.kind] : '';
  const kindFit = fitKind(kind, box.w - 24, 13, 10);
  // Name lines from the top, the kind below them: one line, two or three (the box is 58 high).
  // A wrapped name starts below the "running" badge (its lower edge is 10 into the box), and
  // its size is capped so its last line still ends above the kind.
  const nameY = [26, 22, 16][lines - 1] ?? 16;
  const kindY = [45, 50, 53][lines - 1] ?? 53;
  const nameSize = Math.min(nameFit.size, [99, 14, 11][lines - 1] ?? 11);
  const cls = [
    'actor',
    `el-${box.el}`,
    `world-${world?.kind ?? 'host'}`,
    running ? 'running' : '',
    blocked ? 'blocked' : '',
    box.spanning ? 'spanning' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The mark is a drawn shape (a triangle, or a bar for blocked), not a font's glyph.
  const badge = blocked ? t.blocked : t.running;
  const badgeBox = runBadge(box, badge);
  const badgeW = badgeBox.w;
  return (
    <g className={cls}>
      <title>{`${full} · ${kind} · EL${box.el}`}</title>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={10} className="actor-box" />
      <rect x={box.x} y={box.y} width={7} height={box.h} rx={3} className="actor-stripe" />
      <TextLines
        x={box.x + box.w / 2 + 3}
        y={box.y + nameY}
        lines={nameFit.lines}
        size={nameSize}
        className="actor-name"
      />
      <text
        x={box.x + box.w / 2 + 3}
        y={box.y + kindY}
        className="actor-kind"
        fontSize={Math.min(kindFit.size, lines > 1 ? 10 : 13)}
      >
        {kindFit.text}
      </text>
      {running && (
        <g className="run-badge" transform={`translate(${badgeBox.x},${badgeBox.y})`}>
          <rect width={badgeW} height={22} rx={11} />
          {blocked ? (
            <path d="M10 5h3v8h-3zM10 14.5h3v3h-3z" className="badge-mark" />
          ) : (
            <path d="M9 6l8 5-8 5z" className="badge-mark" />
          )}
          <text x={(badgeW + 14) / 2} y={15.5}>
            {badge}
          </text>
        </g>
      )}
    </g>
  );
}

/** The arrow's word, placed clear of every actor box. */
function Pill({
  arrow,
  layout,
  text,
  badge,
}: {
  arrow: Arrow;
  layout: Layout;
  text: string;
  badge?: Rect | undefined;
}) {
  const fit = pillFit(text);
  const { x, y } = placeLabel(arrow, fit, badge ? [...layout.boxes, badge] : layout.boxes, layout);
  return (
    <g className="pill" transform={`translate(${x},${y})`}>
      <rect x={-fit.w / 2} y={-fit.h / 2} width={fit.w} height={fit.h} rx={fit.h / 2} />
      <text y={5} fontSize={fit.size}>
        {fit.text}
      </text>
    </g>
  );
}

/** What happened without anyone moving: a register reached, bits set, an IRQ left pending. */
function calloutText(snap: DiagramSnap, t: T, lang: Lang, name: (id: string) => string): string {
  const last = snap.last;
  if (!last) return '';
  const e = last.event;
  const r = last.registers?.[0];
  if ((e.type === 'MRS' || e.type === 'MSR') && r) return `${e.type} ${r.name} → ${r.reaches ?? 'UNDEFINED'}`;
  if (e.type === 'SaveContext' || e.type === 'RestoreContext')
    return `${e.type === 'SaveContext' ? t.save : t.restore} ×${e.regs.length}`;
  if (e.type === 'SetBits') return eventLabel(e, lang);
  // The boot decision's outcome: where the kernel runs and how KVM works.
  if (last.outcome === 'boot' && last.boot)
    return t.decided(last.boot.kernel, last.targetEL ?? 1, messages(lang).steps.kvmModes[last.kvm ?? 'none']);
  if (last.outcome === 'pending') return t.pending(e.type, last.targetEL ?? 0);
  // The illegal return stays put with PSTATE.IL set; the next step takes EC 0x0E.
  if (last.outcome === 'illegal-eret') return `ERET: PSTATE.IL=1`;
  if (last.outcome === 'illegal-state') return `PSTATE.IL=1 → ESR EC 0x0E`;
  if (e.type === 'DMA') return `DMA ${e.address} → ${last.outcome === 'smmu-fault' ? t.smmuEvent : 'SMMU → PA'}`;
  if (e.type === 'VMX') return e.op;
  return eventLabel(e, lang, name);
}

function Callout({ box, text, right }: { box: Box; text: string; right: number }) {
  if (!text) return null;
  const room = right - DIMS.labelW;
  const fit = fitText(text, room - 20, 14, 11);
  const w = Math.min(room, Math.max(80, textWidth(fit.text, fit.size) + 22));
  const x = Math.min(right - w, Math.max(DIMS.labelW, box.x + box.w / 2 - w / 2));
  const y = box.y + box.h + 6;
  return (
    <g className="callout">
      <rect x={x} y={y} width={w} height={24} rx={6} />
      <text x={x + w / 2} y={y + 16.5} fontSize={fit.size}>
        {fit.text}
      </text>
    </g>
  );
}

type T = Messages['exceptionLevels'];

/** "Host Linux · host", but "客户机", not "客户机 · 客户机": the kind only when the name lacks it. */
function worldHeading(name: string, kind: string): string {
  return name.toLowerCase().includes(kind.toLowerCase()) ? name : `${name} · ${kind}`;
}

/** The text equivalent of the picture: who is at each EL, and who runs. */
function whoRunsWhere(
  layout: Layout,
  drawn: Flow['actors'],
  flow: Flow,
  snap: DiagramSnap,
  name: (id: string) => string,
  t: T,
): string {
  const at = (el: EL) => drawn.filter((a) => snap.placement[a.id] === el).map((a) => name(a.id));
  // x86: rings and VMX modes, not ELs (the lanes are rings; the worlds say root or non-root).
  if (isX86(flow)) {
    const lines = layout.lanes.map((lane) => `${laneLabels(flow, lane.el, '', 'en').name}: ${at(lane.el).join(', ')}.`);
    const mode = snap.vmx ? ` (${snap.vmx.mode}, ring ${snap.vmx.cpl})` : '';
    return [...lines, `${name(snap.running)}${mode}.`].join(' ');
  }
  const lines = layout.lanes.map((lane) => t.whoWhere(lane.el as EL, at(lane.el)));
  lines.push(t.runningNow(name(snap.running), snap.pe.el));
  return lines.join(' ');
}
