// Pure geometry of the EL diagram: lanes (EL0 on top), one column per world, a box per
// actor, and curved arrows between boxes. No DOM, no React: unit-tested in layout.test.ts.
import type { EL } from '../../core';
import type { Actor, World } from '../../scenario/schema';

export const DIMS = {
  width: 960,
  labelW: 92,
  padR: 14,
  headerH: 40,
  laneH: 104,
  boxH: 58,
  boxPad: 12,
  /** A box inside one world's column is at most this wide, so a lone app is not a wall. */
  maxColumnBox: 250,
  bottomPad: 14,
} as const;

export interface LayoutInput {
  worlds: readonly Pick<World, 'id' | 'kind'>[];
  actors: readonly Pick<Actor, 'id' | 'world' | 'kind'>[];
  /** Where each actor is now (the boot scenario moves the kernel). */
  placement: Readonly<Record<string, EL>>;
  /** EL of the PE now: EL3 gets a lane when the PE is there. */
  peEl: EL;
  /** Drawing width in SVG units (the app passes the panel's pixel width, clamped). */
  width?: number;
}

export interface Lane {
  el: EL;
  y: number;
  h: number;
}
export interface Column {
  world: string;
  kind: World['kind'];
  x: number;
  w: number;
}
export interface Box {
  actor: string;
  el: EL;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Drawn across every world (a Type-1 hypervisor, KVM's hyp code, firmware). */
  spanning: boolean;
  /** Column index, or -1 for spanning boxes. */
  column: number;
}
/** An empty cell of a world that runs code at other ELs (VHE: host EL1 is unused). */
export interface Gap {
  world: string;
  column: number;
  el: EL;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Layout {
  width: number;
  height: number;
  lanes: Lane[];
  columns: Column[];
  boxes: Box[];
  gaps: Gap[];
}

const SPANNING_WORLDS = new Set<World['kind']>(['hypervisor', 'firmware']);

/** Actors drawn across all worlds: those of a hypervisor/firmware world, or hypervisor/firmware code itself. */
export function isSpanning(actor: Pick<Actor, 'kind' | 'world'>, worlds: LayoutInput['worlds']): boolean {
  const world = worlds.find((w) => w.id === actor.world);
  if (world && SPANNING_WORLDS.has(world.kind)) return true;
  return actor.kind === 'hypervisor' || actor.kind === 'firmware';
}

/** The ELs drawn, top to bottom: EL0..EL2, plus EL3 when something is there. */
export function lanesFor(input: LayoutInput): EL[] {
  const used = Object.values(input.placement);
  const hasEl3 = input.peEl === 3 || used.includes(3);
  return hasEl3 ? [0, 1, 2, 3] : [0, 1, 2];
}

/** Split [x0, x1] into k boxes with padding; optionally capped in width and centred. */
function splitRange(x0: number, x1: number, k: number, cap: number): { x: number; w: number }[] {
  const pad = DIMS.boxPad;
  const slot = (x1 - x0) / k;
  return Array.from({ length: k }, (_, i) => {
    const w = Math.max(24, Math.min(cap, slot - pad * 2));
    const cx = x0 + slot * i + slot / 2;
    return { x: cx - w / 2, w };
  });
}

/** Longest run of consecutive indices in a sorted list. */
function longestRun(indices: number[]): number[] {
  let best: number[] = [];
  let run: number[] = [];
  for (const i of indices) {
    run = run.length && i === (run[run.length - 1] as number) + 1 ? [...run, i] : [i];
    if (run.length > best.length) best = run;
  }
  return best;
}

export function layoutFlow(input: LayoutInput): Layout {
  const { labelW, padR, headerH, laneH, boxH, bottomPad, maxColumnBox } = DIMS;
  const width = input.width ?? DIMS.width;
  const els = lanesFor(input);
  const lanes: Lane[] = els.map((el, i) => ({ el, y: headerH + i * laneH, h: laneH }));

  const spanning = new Set(input.actors.filter((a) => isSpanning(a, input.worlds)).map((a) => a.id));
  // Columns: worlds with at least one non-spanning actor, in the scenario's order.
  const columnWorlds = input.worlds.filter((w) => input.actors.some((a) => a.world === w.id && !spanning.has(a.id)));
  const innerW = width - labelW - padR;
  const n = Math.max(1, columnWorlds.length);
  const columns: Column[] = columnWorlds.map((w, i) => ({
    world: w.id,
    kind: w.kind,
    x: labelW + (innerW / n) * i,
    w: innerW / n,
  }));
  const colX = (i: number) => labelW + (innerW / n) * i;

  const boxes: Box[] = [];
  const gaps: Gap[] = [];
  for (const lane of lanes) {
    const y = lane.y + (lane.h - boxH) / 2;
    const here = input.actors.filter((a) => input.placement[a.id] === lane.el);
    const wide = here.filter((a) => spanning.has(a.id));
    const busy = columns.map((col) => here.filter((a) => !spanning.has(a.id) && a.world === col.world));
    const taken = busy.flatMap((mine, c) => (mine.length ? [c] : []));
    const free = longestRun(columns.map((_, c) => c).filter((c) => !taken.includes(c)));
    if (wide.length && taken.length && !free.length) {
      // No world leaves room for the wide code: the whole lane is shared, in column order.
      const row = [...busy.flat(), ...wide];
      splitRange(labelW, labelW + innerW, row.length, Number.POSITIVE_INFINITY).forEach((r, i) => {
        const a = row[i] as Actor;
        const c = spanning.has(a.id) ? -1 : columns.findIndex((col) => col.world === a.world);
        boxes.push({ actor: a.id, el: lane.el, x: r.x, y, w: r.w, h: boxH, spanning: c < 0, column: c });
      });
    } else {
      busy.forEach((mine, c) => {
        const col = columns[c] as Column;
        splitRange(col.x, col.x + col.w, mine.length, maxColumnBox).forEach((r, i) => {
          const id = (mine[i] as Actor).id;
          boxes.push({ actor: id, el: lane.el, x: r.x, y, w: r.w, h: boxH, spanning: false, column: c });
        });
      });
      // A wide box takes the free columns of its lane (the whole width when no world has a column).
      const [x0, x1] = free.length
        ? [colX(free[0] as number), colX((free[free.length - 1] as number) + 1)]
        : [labelW, labelW + innerW];
      splitRange(x0, x1, wide.length, Number.POSITIVE_INFINITY).forEach((r, i) => {
        const id = (wide[i] as Actor).id;
        boxes.push({ actor: id, el: lane.el, x: r.x, y, w: r.w, h: boxH, spanning: true, column: -1 });
      });
    }
    // Gaps: a world with code at some other EL but nothing here (VHE's empty host EL1).
    columns.forEach((col, c) => {
      if (taken.includes(c)) return;
      if (boxes.some((b) => b.spanning && b.el === lane.el && b.x < col.x + col.w && b.x + b.w > col.x)) return;
      const elsewhere = input.actors.some((a) => a.world === col.world && !spanning.has(a.id));
      if (!elsewhere || lane.el === 3) return;
      const r = splitRange(col.x, col.x + col.w, 1, maxColumnBox)[0] as { x: number; w: number };
      gaps.push({ world: col.world, column: c, el: lane.el, x: r.x, y, w: r.w, h: boxH });
    });
  }
  const last = lanes[lanes.length - 1] as Lane;
  return {
    width,
    height: last.y + last.h + bottomPad,
    lanes,
    columns,
    boxes,
    gaps,
  };
}

/** The box of `actor`, or where it was when it sat at `el` (the boot step moves a kernel). */
export function boxAt(layout: Layout, actor: string, el: EL): Box | undefined {
  const box = layout.boxes.find((b) => b.actor === actor);
  if (!box || box.el === el) return box;
  const lane = layout.lanes.find((l) => l.el === el);
  if (!lane) return box;
  return { ...box, el, y: lane.y + (lane.h - box.h) / 2 };
}

export interface Arrow {
  d: string;
  /** Where the label pill sits (the curve's midpoint). */
  labelX: number;
  labelY: number;
  /** Down the page = to a higher EL (exception); up = back down (ERET); flat = same EL. */
  direction: 'down' | 'up' | 'flat';
  /** The quadratic curve: start, control point, end. */
  curve: [number, number, number, number, number, number];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A curved arrow between two boxes; null when they are the same box (nothing moved). */
export function arrowBetween(from: Box, to: Box): Arrow | null {
  if (from.actor === to.actor && from.el === to.el) return null;
  const fcx = from.x + from.w / 2;
  const tcx = to.x + to.w / 2;
  if (from.el === to.el) {
    // Same lane: an arch over the lane's top, from one box's top edge to the other's.
    const x0 = fcx + Math.sign(tcx - fcx) * Math.min(from.w / 4, 30);
    const x1 = tcx - Math.sign(tcx - fcx) * Math.min(to.w / 4, 30);
    const y = from.y;
    const cy = y - 46;
    return {
      d: `M${r1(x0)},${r1(y)} Q${r1((x0 + x1) / 2)},${r1(cy)} ${r1(x1)},${r1(y)}`,
      labelX: r1((x0 + x1) / 2),
      labelY: r1(0.5 * y + 0.5 * cy),
      direction: 'flat',
      curve: [x0, y, (x0 + x1) / 2, cy, x1, y],
    };
  }
  const down = to.el > from.el;
  // Exceptions leave on the right of a box and ERETs on the left, so a round trip is two arcs.
  const side = down ? 1 : -1;
  const x0 = fcx + side * Math.min(from.w * 0.18, 40);
  const x1 = tcx + side * Math.min(to.w * 0.18, 40);
  const y0 = down ? from.y + from.h : from.y;
  const y1 = down ? to.y : to.y + to.h;
  const cx = (x0 + x1) / 2 + side * 34;
  const cy = (y0 + y1) / 2;
  return {
    d: `M${r1(x0)},${r1(y0)} Q${r1(cx)},${r1(cy)} ${r1(x1)},${r1(y1)}`,
    labelX: r1(0.25 * x0 + 0.5 * cx + 0.25 * x1),
    labelY: r1(0.25 * y0 + 0.5 * cy + 0.25 * y1),
    direction: down ? 'down' : 'up',
    curve: [x0, y0, cx, cy, x1, y1],
  };
}

/** A label pill's text (shrunk or cut to fit) and its size. */
export function pillFit(text: string): { text: string; size: number; w: number; h: number } {
  const fit = fitText(text, 190, 15, 11);
  return { ...fit, w: Math.max(40, Math.min(200, textWidth(fit.text, fit.size) + 22)), h: 26 };
}

/** Where t (0..1) is on the arrow's curve. */
function pointAt(a: Arrow, t: number): { x: number; y: number } {
  const [x0, y0, cx, cy, x1, y1] = a.curve;
  const u = 1 - t;
  return { x: u * u * x0 + 2 * u * t * cx + t * t * x1, y: u * u * y0 + 2 * u * t * cy + t * t * y1 };
}

/** A rectangle the label must keep clear of. */
export type Rect = Pick<Box, 'x' | 'y' | 'w' | 'h'>;

/** The "running" badge on a box's top edge, right-aligned (ActorBox draws it there). */
export function runBadge(box: Rect, label: string): Rect {
  const w = Math.max(64, textWidth(label, 13) + 34);
  return { x: box.x + box.w - w + 8, y: box.y - 12, w, h: 22 };
}

const clear = (x: number, y: number, w: number, h: number, boxes: readonly Rect[], m: number) =>
  boxes.every(
    (b) => x + w / 2 + m <= b.x || x - w / 2 - m >= b.x + b.w || y + h / 2 + m <= b.y || y - h / 2 - m >= b.y + b.h,
  );

/**
 * Where an arrow's label pill goes: on the curve, as near its middle as possible, clear of
 * every actor box and badge (labels never cover names); else beside the curve's middle, moved sideways
 * into the nearest free room of its row; the middle only when the picture has no room at all.
 */
export function placeLabel(
  a: Arrow,
  size: { w: number; h: number },
  boxes: readonly Rect[],
  bounds: { width: number; height: number },
): { x: number; y: number } {
  const m = 3;
  const inside = (x: number, y: number) =>
    x - size.w / 2 >= 2 &&
    x + size.w / 2 <= bounds.width - 2 &&
    y - size.h / 2 >= 2 &&
    y + size.h / 2 <= bounds.height - 2;
  const ok = (x: number, y: number) => inside(x, y) && clear(x, y, size.w, size.h, boxes, m);
  for (let k = 0; k <= 14; k++) {
    const t = 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.05;
    const p = pointAt(a, t);
    if (ok(p.x, p.y)) return { x: r1(p.x), y: r1(p.y) };
  }
  // Sideways from points on the curve, nearest first.
  for (let dx = 8; dx <= bounds.width; dx += 8) {
    for (const t of [0.5, 0.35, 0.65, 0.2, 0.8]) {
      const p = pointAt(a, t);
      for (const x of [p.x + dx, p.x - dx]) if (ok(x, p.y)) return { x: r1(x), y: r1(p.y) };
    }
  }
  return { x: a.labelX, y: a.labelY };
}

/** Rough advance of a string: CJK characters are about 1em wide, Latin about 0.56em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : /[A-Z_]/.test(ch) ? 0.64 : 0.54;
  return ems * fontSize;
}

/** Shrink a label to fit (down to `min`), then cut it with an ellipsis. */
export function fitText(text: string, maxWidth: number, fontSize: number, min = 12): { text: string; size: number } {
  for (let size = fontSize; size >= min; size -= 1) {
    if (textWidth(text, size) <= maxWidth) return { text, size };
  }
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, min) > maxWidth) chars.pop();
  return { text: `${chars.join('')}…`, size: min };
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF]/;
/** Never at the start of a line (closing marks), never at the end of one (opening marks). */
const CLOSING = /[)\]）】」』，。、：；！？]/;
const OPENING = /[([（【「『]/;

/** Where a line may break: at a space (which is dropped) or beside a CJK character. */
function breaks(chars: readonly string[]): { at: number; space: boolean }[] {
  const out: { at: number; space: boolean }[] = [];
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1] as string;
    const next = chars[i] as string;
    if (next === ' ') out.push({ at: i, space: true });
    else if (prev !== ' ' && (CJK.test(prev) || CJK.test(next)) && !CLOSING.test(next) && !OPENING.test(prev))
      out.push({ at: i, space: false });
  }
  return out;
}

/** The `count` lines of `text` whose widest is narrowest, spaces preferred (every way to break it, tried). */
function balanced(text: string, count: number): string[] {
  const chars = [...text];
  const options = breaks(chars);
  let best: string[] = [text];
  let bestWidth = Number.POSITIVE_INFINITY;
  const cut = (points: { at: number; space: boolean }[]) => {
    const lines: string[] = [];
    let from = 0;
    for (const p of points) {
      lines.push(chars.slice(from, p.at).join(''));
      from = p.space ? p.at + 1 : p.at;
    }
    lines.push(chars.slice(from).join(''));
    return lines;
  };
  // A break at a space is better than one between two characters (which may split a word,
  // 上的): each of those costs half an em.
  const consider = (points: { at: number; space: boolean }[]) => {
    const lines = cut(points);
    const score = Math.max(...lines.map((l) => textWidth(l, 1))) + points.filter((p) => !p.space).length / 2;
    if (score < bestWidth) [best, bestWidth] = [lines, score];
  };
  if (count === 2) for (const a of options) consider([a]);
  if (count === 3)
    for (const [i, a] of options.entries()) for (const b of options.slice(i + 1)) if (b.at > a.at + 1) consider([a, b]);
  return best;
}

/**
 * Fit a name on one line, or else on two, or (`maxLines` 3) three, broken where the lines come
 * out most even (at spaces, or beside Chinese characters, never before a closing mark), so
 * names wrap rather than lose their end; only a name that does not fit even then is cut.
 */
export function fitLines(
  text: string,
  maxWidth: number,
  fontSize: number,
  min = 11,
  maxLines = 2,
): { lines: string[]; size: number } {
  for (let size = fontSize; size >= min + 1; size -= 1) {
    if (textWidth(text, size) <= maxWidth) return { lines: [text], size };
  }
  let lines: string[] = [text];
  for (let count = 2; count <= maxLines; count++) {
    lines = balanced(text, count);
    if (lines.length < count) break;
    const widest = Math.max(...lines.map((l) => textWidth(l, 1)));
    const size = Math.max(min, Math.min(fontSize - count, Math.floor(maxWidth / widest)));
    if (widest * size <= maxWidth) return { lines, size };
  }
  return { lines: lines.map((l) => fitText(l, maxWidth, min, min).text), size: min };
}

/** A kind that does not fit whole drops its parenthesis ("VMM (user space)" → "VMM"), then shrinks or is cut. */
export function fitKind(kind: string, maxWidth: number, fontSize: number, min = 10): { text: string; size: number } {
  const whole = fitText(kind, maxWidth, fontSize, min);
  const short = kind.replace(/\s*[(（].*$/, '');
  return whole.text.endsWith('…') && short && short !== kind ? fitText(short, maxWidth, fontSize, min) : whole;
}
