// The current view as one SVG: a header (scenario title and step), the Exception levels
// diagram(s) as drawn on screen, and the narration (event, text, outcome, rules). Built with
// DOM APIs only (textContent for every text), in the theme's colours.

import { langTag, messages, useLang } from '../i18n';
import { eventLabel, ruleText } from '../i18n/ruleText';
import { describeStep } from '../panels/common/describe';
import type { Flow } from '../scenario/schema';
import { useWorld } from '../store/world';
import { cloneWithStyles } from './inline';
import { whatIfLine } from './whatIfs';
import { wrapText } from './wrap';

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 1200;
const PAD = 36;
const MONO = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace';

interface Theme {
  bg: string;
  fg: string;
  muted: string;
  card: string;
  border: string;
  codeBg: string;
  accent: string;
  font: string;
}

function theme(): Theme {
  const cs = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--bg', '#ffffff'),
    fg: v('--fg', '#000000'),
    muted: v('--muted', '#555555'),
    card: v('--card', '#ffffff'),
    border: v('--border', '#cccccc'),
    codeBg: v('--code-bg', '#eeeeee'),
    accent: v('--accent', '#0072b2'),
    font: cs.fontFamily || 'sans-serif',
  };
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Writes text top-down, wrapping lines; returns the y below it. */
class Writer {
  private ctx = document.createElement('canvas').getContext('2d');
  constructor(
    private root: SVGElement,
    private t: Theme,
  ) {}

  lines(
    text: string,
    x: number,
    y: number,
    width: number,
    o: { size: number; weight?: number; color?: string; mono?: boolean; gap?: number },
  ): number {
    const family = o.mono ? MONO : this.t.font;
    const weight = o.weight ?? 400;
    const measure = (s: string) => {
      if (!this.ctx) return s.length * o.size * 0.55;
      this.ctx.font = `${weight} ${o.size}px ${family}`;
      return this.ctx.measureText(s).width;
    };
    const lh = Math.round(o.size * 1.45);
    let cy = y;
    for (const line of wrapText(text, width, measure)) {
      cy += lh;
      this.root.append(
        el(
          'text',
          {
            x,
            y: cy - Math.round(lh * 0.3),
            'font-family': family,
            'font-size': o.size,
            'font-weight': weight,
            fill: o.color ?? this.t.fg,
          },
          line,
        ),
      );
    }
    return cy + (o.gap ?? 0);
  }
}

export interface ExportPicture {
  svg: SVGSVGElement;
  width: number;
  height: number;
  scenarioId: string;
  step: number;
}

export function buildExport(doc: Document = document): ExportPicture {
  const w = useWorld.getState();
  const lang = useLang.getState().lang;
  const t = theme();
  const n = messages(lang).narration;
  const x = messages(lang).exporting;
  if (!w.scenario) throw new Error('no scenario is loaded');
  const scenario = w.scenario;

  const svg = el('svg', {
    xmlns: NS,
    width: WIDTH,
    viewBox: `0 0 ${WIDTH} 100`,
    lang: langTag(lang),
  });
  const heading = `${scenario.title[lang]} · ${n.stepOf(w.step, w.total)}`;
  svg.append(el('title', {}, `VHE Lab: ${heading}`));
  const background = el('rect', { id: 'background', x: 0, y: 0, width: WIDTH, height: 100, fill: t.bg });
  svg.append(background);
  const body = el('g', {});
  svg.append(body);
  const write = new Writer(body, t);
  const inner = WIDTH - 2 * PAD;

  // Header: product, scenario title, step.
  let y = PAD - 8;
  y = write.lines('VHE Lab', PAD, y, inner, { size: 15, weight: 700, color: t.muted });
  y = write.lines(scenario.title[lang], PAD, y, inner, { size: 28, weight: 750 });
  y = write.lines(n.stepOf(w.step, w.total), PAD, y, inner, { size: 18, weight: 650, color: t.muted, gap: 14 });
  // What-ifs in force: the picture is not the scenario as written, and says so.
  if (w.overrides.length) {
    const titles = scenario.flows.map((f) => f.title[lang]);
    y = write.lines(whatIfLine(w.overrides, titles, lang), PAD, y, inner, {
      size: 17,
      weight: 700,
      color: t.accent,
      gap: 12,
    });
  }

  // The diagrams, as on screen.
  const figures = [...doc.querySelectorAll<SVGSVGElement>('#exception-levels svg.el-diagram')];
  if (figures.length) {
    const top = y;
    const card = el('rect', { x: PAD, y: top, width: inner, height: 10, rx: 12, fill: t.card, stroke: t.border });
    body.append(card);
    y += 16;
    figures.forEach((fig, f) => {
      const title = figures.length > 1 ? scenario.flows[f]?.title[lang] : undefined;
      if (title) y = write.lines(title, PAD + 16, y, inner - 32, { size: 17, weight: 650 });
      const vb = fig.viewBox.baseVal;
      const vw = vb?.width || fig.clientWidth || 800;
      const vh = vb?.height || fig.clientHeight || 400;
      const dw = inner - 32;
      const dh = Math.round((dw * vh) / vw);
      const copy = cloneWithStyles(fig);
      for (const [k, v] of Object.entries({ x: PAD + 16, y, width: dw, height: dh })) copy.setAttribute(k, String(v));
      copy.setAttribute('viewBox', `${vb?.x ?? 0} ${vb?.y ?? 0} ${vw} ${vh}`);
      copy.setAttribute('overflow', 'visible');
      body.append(copy);
      y += dh + 12;
    });
    y += 4;
    card.setAttribute('height', String(y - top));
    y += 20;
  }

  // The narration: each flow's event, text, outcome and the rules behind it.
  const ntop = y;
  const ncard = el('rect', { x: PAD, y: ntop, width: inner, height: 10, rx: 12, fill: t.card, stroke: t.border });
  body.append(ncard);
  const tx = PAD + 20;
  const tw = inner - 40;
  y += 10;
  if (w.step === 0) {
    y = write.lines(x.summary, tx, y, tw, { size: 18, weight: 700 });
    y = write.lines(scenario.summary[lang], tx, y, tw, { size: 18, gap: 8 });
  } else {
    w.flows.forEach((snap, f) => {
      const flow = scenario.flows[f] as Flow | undefined;
      const last = snap.last;
      if (!flow || !last) return;
      const name = (id: string) => flow.actors.find((a) => a.id === id)?.name[lang] ?? id;
      if (w.flows.length > 1) y = write.lines(flow.title[lang], tx, y, tw, { size: 19, weight: 700 });
      y = write.lines(`${last.index + 1}. ${eventLabel(last.event, lang, name)}`, tx, y, tw, {
        size: 19,
        weight: 700,
        mono: true,
      });
      const story = flow.steps[last.index]?.narration[lang];
      if (story) y = write.lines(story, tx, y, tw, { size: 18, gap: 6 });
      const boxTop = y;
      const box = el('rect', { x: tx, y: boxTop, width: tw, height: 10, fill: t.codeBg, rx: 8 });
      const bar = el('rect', { x: tx, y: boxTop, width: 5, height: 10, fill: t.accent });
      body.append(box, bar);
      y += 4;
      y = write.lines(x.outcome.toUpperCase(), tx + 16, y, tw - 28, { size: 13, weight: 700, color: t.muted });
      y = write.lines(describeStep(last, name, lang), tx + 16, y, tw - 28, { size: 18, weight: 700 });
      for (const b of last.because) {
        const r = ruleText(b, lang);
        y = write.lines(`${b.rule}  ${r.detail}`, tx + 16, y, tw - 28, { size: 15 });
        y = write.lines(r.source, tx + 32, y - 2, tw - 44, { size: 13, color: t.muted });
      }
      y += 10;
      box.setAttribute('height', String(y - boxTop));
      bar.setAttribute('height', String(y - boxTop));
      y += 14;
    });
  }
  ncard.setAttribute('height', String(y - ntop));
  y += PAD;

  const height = Math.ceil(y);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  background.setAttribute('height', String(height));
  return { svg, width: WIDTH, height, scenarioId: scenario.id, step: w.step };
}

export function serialise(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
