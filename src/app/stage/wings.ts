// The panels beside the stage: each scenario names its focus panel(s) (scenario.focus);
// the rest stay one click (a tab) or one key (1–5) away.
import { type ComponentType, lazy } from 'react';
import type { Messages } from '../../i18n';
import { RegisterFilePanel } from '../../panels/RegisterFile';
import { FOCUS_PANELS, type FocusPanel } from '../../scenario/focus';
import type { Scenario } from '../../scenario/schema';

// Not in the first view (unless the lesson names them its focus): these load when their tab
// is first shown (Wings.tsx's Suspense).
const BitsPanel = lazy(() => import('../../panels/Bits').then((m) => ({ default: m.BitsPanel })));
const RoutingPanel = lazy(() => import('../../panels/Routing').then((m) => ({ default: m.RoutingPanel })));
const RedirectionPanel = lazy(() => import('../../panels/Redirection').then((m) => ({ default: m.RedirectionPanel })));
const AddressSpacesPanel = lazy(() =>
  import('../../panels/AddressSpaces').then((m) => ({ default: m.AddressSpacesPanel })),
);

export interface Wing {
  Component: ComponentType;
  name: keyof Messages['ui']['panels'];
}

export const WINGS: Record<FocusPanel, Wing> = {
  registers: { Component: RegisterFilePanel, name: 'registers' },
  bits: { Component: BitsPanel, name: 'bits' },
  routing: { Component: RoutingPanel, name: 'routing' },
  redirect: { Component: RedirectionPanel, name: 'redirection' },
  address: { Component: AddressSpacesPanel, name: 'spaces' },
};

/** A scenario that names no focus gets the bits (what-if is every lesson's tool). */
export const DEFAULT_FOCUS: readonly FocusPanel[] = ['bits'];

export function focusOf(scenario: Scenario | null): readonly FocusPanel[] {
  return scenario?.focus?.length ? scenario.focus : DEFAULT_FOCUS;
}

/** The tabs' order: the lesson's own panels first, then the rest in a fixed order. */
export function wingOrder(focus: readonly FocusPanel[]): FocusPanel[] {
  return [...focus, ...FOCUS_PANELS.filter((p) => !focus.includes(p))];
}
