// Pure layout of one address-space column: the VA bar of a translation regime (two halves,
// one low range, or flat), then stage 1 to IPA/PA and, when on, stage 2 to PA.
import type { RegimeInfo } from '../../core';

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Translation key for the box's text; `reg` is an architectural name shown as is. */
  key: 'upper' | 'lower' | 'lowOnly' | 'noUpper' | 'hole' | 'flat' | 'ipa' | 'pa';
  reg?: string;
  tag?: string;
}

export interface Arrow {
  id: string;
  x1: number;
  x2: number;
  y: number;
  key: 'stage1' | 'stage2' | 'identity';
  reg?: string;
  tag?: string;
}

export interface SpaceLayout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
}

export const HEIGHT = 320;
const VA_W = 150;
const GAP = 64;
const OUT_W = 80;

/** The ELx of a regime's TTBRs: EL1&0 -> EL1, EL2&0 and EL2 -> EL2, EL3 -> EL3. */
export function ttbrSuffix(regime: RegimeInfo['regime']): string {
  return regime === 'EL1&0' ? 'EL1' : regime === 'EL3' ? 'EL3' : 'EL2';
}

export function layoutSpace(info: RegimeInfo): SpaceLayout {
  const el = ttbrSuffix(info.regime);
  const tag = info.asid ? 'ASID' : undefined;
  const boxes: Box[] = [];
  const arrows: Arrow[] = [];
  const mid = HEIGHT / 2;

  if (!info.stage1) {
    boxes.push({ id: 'flat', x: 0, y: 0, w: VA_W, h: HEIGHT, key: 'flat' });
  } else if (info.ranges === 2) {
    const half = HEIGHT * 0.42;
    boxes.push({ id: 'upper', x: 0, y: 0, w: VA_W, h: half, key: 'upper', reg: `TTBR1_${el}`, ...(tag && { tag }) });
    boxes.push({ id: 'hole', x: 0, y: half, w: VA_W, h: HEIGHT - 2 * half, key: 'hole' });
    boxes.push({
      id: 'lower',
      x: 0,
      y: HEIGHT - half,
      w: VA_W,
      h: half,
      key: 'lower',
      reg: `TTBR0_${el}`,
      ...(tag && { tag }),
    });
  } else {
    const low = HEIGHT * 0.42;
    boxes.push({ id: 'no-upper', x: 0, y: 0, w: VA_W, h: HEIGHT - low, key: 'noUpper' });
    boxes.push({ id: 'lower', x: 0, y: HEIGHT - low, w: VA_W, h: low, key: 'lowOnly', reg: `TTBR0_${el}` });
  }

  const outX = VA_W + GAP;
  if (info.stage2) {
    boxes.push({ id: 'ipa', x: outX, y: 0, w: OUT_W, h: HEIGHT, key: 'ipa' });
    arrows.push({ id: 'stage1', x1: VA_W, x2: outX, y: mid, key: 'stage1' });
    const paX = outX + OUT_W + GAP;
    boxes.push({ id: 'pa', x: paX, y: 0, w: OUT_W, h: HEIGHT, key: 'pa' });
    arrows.push({
      id: 'stage2',
      x1: outX + OUT_W,
      x2: paX,
      y: mid,
      key: 'stage2',
      reg: info.stage2Table ?? 'VTTBR_EL2',
      tag: 'VMID',
    });
    return { width: paX + OUT_W, height: HEIGHT, boxes, arrows };
  }
  boxes.push({ id: 'pa', x: outX, y: 0, w: OUT_W, h: HEIGHT, key: 'pa' });
  arrows.push({ id: 'stage1', x1: VA_W, x2: outX, y: mid, key: info.stage1 ? 'stage1' : 'identity' });
  return { width: outX + OUT_W, height: HEIGHT, boxes, arrows };
}
