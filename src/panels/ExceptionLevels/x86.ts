// x86 flows reuse the EL diagram's rows for privilege rings (ring 3 on top, as EL0; ring 0
// below, as EL1) and its columns for VMX root / non-root operation (the worlds). Only the lane
// labels differ; the machine and the core decide who runs where.
import type { EL } from '../../core';
import type { Lang } from '../../i18n/lang';
import type { Flow } from '../../scenario/schema';

const RING_OF_LANE: Partial<Record<EL, 0 | 3>> = { 0: 3, 1: 0 };

const SUB = {
  en: { 3: 'user', 0: 'kernel / hypervisor' },
  zh: { 3: '用户态', 0: '内核 / 虚拟机监控器' },
} as const;

export function isX86(flow: Flow): boolean {
  return flow.architecture === 'x86';
}

/** The big and small labels of a lane: "EL1" / "kernels" on Arm, "ring 0" / "kernel / hypervisor" on x86. */
export function laneLabels(flow: Flow, el: EL, armSub: string, lang: Lang): { name: string; sub: string } {
  const ring = isX86(flow) ? RING_OF_LANE[el] : undefined;
  if (ring === undefined) return { name: `EL${el}`, sub: armSub };
  return { name: `ring ${ring}`, sub: SUB[lang][ring] };
}
