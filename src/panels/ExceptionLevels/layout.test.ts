import { describe, expect, it } from 'vitest';
import type { EL } from '../../core';
import {
  arrowBetween,
  type Box,
  boxAt,
  fitText,
  isSpanning,
  type LayoutInput,
  lanesFor,
  layoutFlow,
  pillFit,
  placeLabel,
  textWidth,
} from './layout';

const kvm = (hostKernelEl: EL): LayoutInput => ({
  worlds: [
    { id: 'host', kind: 'host' },
    { id: 'guest', kind: 'guest' },
    { id: 'hyp', kind: 'hypervisor' },
  ],
  actors: [
    { id: 'qemu', world: 'host', kind: 'vmm' },
    { id: 'host-kernel', world: 'host', kind: 'kernel' },
    { id: 'guest-app', world: 'guest', kind: 'app' },
    { id: 'guest-kernel', world: 'guest', kind: 'kernel' },
    { id: 'kvm-hyp', world: 'hyp', kind: 'hypervisor' },
  ],
  placement: { qemu: 0, 'host-kernel': hostKernelEl, 'guest-app': 0, 'guest-kernel': 1, 'kvm-hyp': 2 },
  peEl: 0,
});

const box = (input: LayoutInput, actor: string) => {
  const b = layoutFlow(input).boxes.find((x) => x.actor === actor);
  if (!b) throw new Error(`no box for ${actor}`);
  return b;
};

describe('the EL diagram layout', () => {
  it('draws EL0 on top and EL2 below it, adding EL3 only when something is there', () => {
    expect(lanesFor(kvm(1))).toEqual([0, 1, 2]);
    expect(lanesFor({ ...kvm(1), peEl: 3 })).toEqual([0, 1, 2, 3]);
    const { lanes } = layoutFlow(kvm(1));
    expect(lanes.map((l) => l.el)).toEqual([0, 1, 2]);
    expect((lanes[0]?.y ?? 0) < (lanes[2]?.y ?? 0)).toBe(true);
  });

  it('gives each world with its own code a column, and draws the hypervisor across them (nVHE)', () => {
    const layout = layoutFlow(kvm(1));
    expect(layout.columns.map((c) => c.world)).toEqual(['host', 'guest']);
    const hyp = box(kvm(1), 'kvm-hyp');
    expect(hyp.spanning).toBe(true);
    expect(hyp.w).toBeGreaterThan(layout.columns[0]?.w ?? 0);
    // The host kernel sits in the host column at EL1, the guest kernel in the guest column.
    expect(box(kvm(1), 'host-kernel').column).toBe(0);
    expect(box(kvm(1), 'guest-kernel').column).toBe(1);
  });

  it('puts the VHE host kernel in EL2 and leaves host EL1 as a visible gap', () => {
    const input = kvm(2);
    const layout = layoutFlow(input);
    expect(box(input, 'host-kernel').el).toBe(2);
    expect(layout.gaps).toContainEqual(expect.objectContaining({ world: 'host', el: 1 }));
    // KVM's hyp code keeps the free part of EL2 (the guest column), not on top of the host kernel.
    const hyp = box(input, 'kvm-hyp');
    const host = box(input, 'host-kernel');
    expect(hyp.x).toBeGreaterThanOrEqual(host.x + host.w);
  });

  it('treats hypervisor and firmware actors as spanning whatever world they are listed in', () => {
    expect(isSpanning({ world: 'host', kind: 'hypervisor' }, kvm(1).worlds)).toBe(true);
    expect(isSpanning({ world: 'host', kind: 'kernel' }, kvm(1).worlds)).toBe(false);
  });

  it('keeps every box inside the drawing', () => {
    for (const input of [kvm(1), kvm(2)]) {
      const layout = layoutFlow(input);
      for (const b of layout.boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
        expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('curves exceptions down on the right and ERETs up on the left', () => {
    const layout = layoutFlow(kvm(1));
    const app = boxAt(layout, 'guest-app', 0);
    const kernel = boxAt(layout, 'guest-kernel', 1);
    if (!app || !kernel) throw new Error('missing boxes');
    const down = arrowBetween(app, kernel);
    const up = arrowBetween(kernel, app);
    expect(down?.direction).toBe('down');
    expect(up?.direction).toBe('up');
    expect(down?.d).toMatch(/^M[\d.]+,[\d.]+ Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    expect((down?.labelX ?? 0) > (up?.labelX ?? 0)).toBe(true);
    expect(arrowBetween(app, app)).toBeNull();
  });

  it('arches a same-EL call over the lane', () => {
    const layout = layoutFlow(kvm(2));
    const host = boxAt(layout, 'host-kernel', 2);
    const hyp = boxAt(layout, 'kvm-hyp', 2);
    if (!host || !hyp) throw new Error('missing boxes');
    const arc = arrowBetween(host, hyp);
    expect(arc?.direction).toBe('flat');
    expect(arc?.labelY).toBeLessThan(host.y);
  });

  it('finds where a moved kernel was before the boot step placed it', () => {
    const layout = layoutFlow(kvm(2));
    const before = boxAt(layout, 'host-kernel', 1);
    const now = boxAt(layout, 'host-kernel', 2);
    expect(before?.y).toBeLessThan(now?.y ?? 0);
    expect(before?.x).toBe(now?.x);
  });
});

describe('a lane with no free world', () => {
  it('shares the lane between column code and wide code without overlap (linux-boot EL2)', () => {
    const input: LayoutInput = {
      worlds: [
        { id: 'firmware', kind: 'firmware' },
        { id: 'host', kind: 'host' },
      ],
      actors: [
        { id: 'firmware', world: 'firmware', kind: 'firmware' },
        { id: 'kernel', world: 'host', kind: 'kernel' },
        { id: 'hyp-stub', world: 'host', kind: 'stub' },
        { id: 'kvm-hyp', world: 'host', kind: 'hypervisor' },
      ],
      placement: { firmware: 3, kernel: 2, 'hyp-stub': 2, 'kvm-hyp': 2 },
      peEl: 3,
    };
    const el2 = layoutFlow(input)
      .boxes.filter((b) => b.el === 2)
      .sort((a, b) => a.x - b.x);
    expect(el2.map((b) => b.actor)).toEqual(['kernel', 'hyp-stub', 'kvm-hyp']);
    for (let i = 1; i < el2.length; i++) {
      const prev = el2[i - 1];
      expect((prev?.x ?? 0) + (prev?.w ?? 0)).toBeLessThanOrEqual(el2[i]?.x ?? 0);
    }
  });
});

describe('labels in boxes', () => {
  it('keeps a short name at full size and shrinks or cuts a long one', () => {
    expect(fitText('bash', 200, 19)).toEqual({ text: 'bash', size: 19 });
    const shrunk = fitText('Linux kernel + KVM', 150, 19);
    expect(shrunk.size).toBeLessThan(19);
    const cut = fitText('A very long hypervisor name that cannot fit', 80, 19);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textWidth(cut.text, cut.size)).toBeLessThanOrEqual(80);
  });

  it('counts Chinese characters as full-width', () => {
    expect(textWidth('内核', 10)).toBe(20);
  });
});

describe('fitLines', () => {
  it('keeps a short name on one line and wraps a long one at a space, never cutting it', async () => {
    const { fitLines, textWidth } = await import('./layout');
    expect(fitLines('bash', 100, 19).lines).toEqual(['bash']);
    const qemu = fitLines('QEMU (vCPU thread)', 80, 19, 11);
    expect(qemu.lines).toHaveLength(2);
    expect(qemu.lines.join(' ')).toBe('QEMU (vCPU thread)');
    for (const l of qemu.lines) expect(textWidth(l, qemu.size)).toBeLessThanOrEqual(80);
    const host = fitLines('Host Linux + KVM (deprivileged)', 150, 19, 11);
    expect(host.lines.join(' ')).toBe('Host Linux + KVM (deprivileged)');
  });

  it('breaks Chinese beside a character, never before a closing mark, and uses a third line before cutting', async () => {
    const { fitLines, fitKind, textWidth } = await import('./layout');
    const name = 'EL2 上的 Linux 内核（VHE）';
    // Two lines would need a cut at this width: three fit, whole.
    expect(fitLines(name, 84, 19, 11).lines.some((l) => l.endsWith('…'))).toBe(true);
    const three = fitLines(name, 84, 19, 11, 3);
    expect(three.lines).toHaveLength(3);
    expect(three.lines.join('').replaceAll(' ', '')).toBe(name.replaceAll(' ', ''));
    for (const l of three.lines) {
      expect(textWidth(l, three.size)).toBeLessThanOrEqual(84);
      expect(l[0] ?? '').not.toMatch(/[）)，。：]/);
      expect(l.at(-1) ?? '').not.toMatch(/[（(]/);
    }
    // A kind that does not fit drops its parenthesis instead of losing its end.
    expect(fitKind('VMM (user space)', 60, 13, 10)).toEqual({ text: 'VMM', size: 13 });
    expect(fitKind('VMM (user space)', 200, 13, 10)).toEqual({ text: 'VMM (user space)', size: 13 });
  });
});

describe('arrow labels', () => {
  const overlaps = (p: { x: number; y: number }, s: { w: number; h: number }, b: Box) =>
    p.x + s.w / 2 > b.x && p.x - s.w / 2 < b.x + b.w && p.y + s.h / 2 > b.y && p.y - s.h / 2 < b.y + b.h;

  it('an ERET that crosses a lane is labelled clear of the box in that lane', () => {
    // nVHE host kernel at EL1; an ERET from the hypervisor at EL2 to QEMU at EL0 crosses
    // the EL1 lane, where the host kernel's box is.
    const layout = layoutFlow(kvm(1));
    const from = box(kvm(1), 'kvm-hyp');
    const to = box(kvm(1), 'qemu');
    const arrow = arrowBetween(from, to);
    if (!arrow) throw new Error('no arrow');
    const size = pillFit('ERET');
    const mid = { x: arrow.labelX, y: arrow.labelY };
    expect(overlaps(mid, size, box(kvm(1), 'host-kernel'))).toBe(true); // the curve's middle is on the box
    const at = placeLabel(arrow, size, layout.boxes, layout);
    for (const b of layout.boxes) expect(overlaps(at, size, b), b.actor).toBe(false);
    expect(at.x - size.w / 2).toBeGreaterThanOrEqual(0);
    expect(at.x + size.w / 2).toBeLessThanOrEqual(layout.width);
  });

  it('keeps the middle of the curve when it is already clear', () => {
    const layout = layoutFlow(kvm(1));
    const arrow = arrowBetween(box(kvm(1), 'guest-app'), box(kvm(1), 'guest-kernel'));
    if (!arrow) throw new Error('no arrow');
    const at = placeLabel(arrow, pillFit('SVC'), layout.boxes, layout);
    expect(at.y).toBeCloseTo(arrow.labelY, 0);
  });
});
