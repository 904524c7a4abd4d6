// The share-link format. Human-writable parameters a lecturer can type:
//   ?scenario=<id>&step=<n>&lang=en|zh&theme=light|dark&embed=1&panels=el,redirect
// and one compressed, versioned parameter for everything else:
//   &s=<version>.<lz-string payload>
// Each past version keeps its decoder (versions/), so old links keep opening.

export const LINK_VERSION = 3;

import type { Lang } from '../i18n/lang';

export type { Lang };
export type Theme = 'light' | 'dark';
export const PANEL_IDS = ['el', 'narration', 'bits', 'routing', 'redirect', 'address', 'registers'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** The bits a what-if may set, by path (every one the core's state has); the order is the compact code used in links. */
export const OVERRIDE_BITS = [
  'hcr.vm',
  'hcr.fmo',
  'hcr.imo',
  'hcr.amo',
  'hcr.twi',
  'hcr.twe',
  'hcr.tsc',
  'hcr.tge',
  'hcr.rw',
  'hcr.e2h',
  'scr.ns',
  'scr.irq',
  'scr.fiq',
  'scr.ea',
  'scr.hce',
  'scr.rw',
  'scr.eel2',
  'pstate.d',
  'pstate.a',
  'pstate.i',
  'pstate.f',
  'features.el2',
  'features.el3',
  'features.vhe',
  'features.sel2',
  'features.nv',
  'secure',
  // Added after the first links were shared: appended, so every older link keeps its codes.
  'hcr.vf',
  'hcr.vi',
  'hcr.vse',
  'hcr.tid3',
  'hcr.tvm',
  'hcr.trvm',
  'hcr.nv',
  'hcr.nv1',
  'hcr.nv2',
  'features.nv2',
] as const;
export type OverrideBit = (typeof OVERRIDE_BITS)[number];

/** One what-if bit: set `bit` to `value` in `flow` before step `step`. */
export interface LinkOverride {
  flow: number;
  step: number;
  bit: OverrideBit;
  value: boolean;
}

export interface LinkState {
  scenario?: string;
  step?: number;
  lang?: Lang;
  theme?: Theme;
  embed?: boolean;
  panels?: PanelId[];
  overrides?: LinkOverride[];
  /** A custom scenario's JSON data (validated by the scenario schema by the caller). */
  custom?: unknown;
  /** A QEMU trace (log, optional nm map) the page turns into its scenario again (issue 14). */
  trace?: LinkTrace;
  /** A predict-mode score the sender shares for the link's scenario: their claim, unchecked. */
  claim?: ScoreClaim;
}

/** A shared predict-mode score: questions right of asked, challenges met of offered. */
export interface ScoreClaim {
  correct: number;
  asked: number;
  met: number;
  challenges: number;
}

/** A trace carried by a link: much shorter than the scenario made from it. */
export interface LinkTrace {
  name: string;
  log: string;
  map?: string;
}

export type NoticeCode =
  | 'bad-scenario'
  | 'bad-step'
  | 'bad-lang'
  | 'bad-theme'
  | 'bad-panels'
  | 'bad-payload'
  | 'future-version'
  | 'bad-override'
  /** A custom scenario's Linux boot era was mapped to a release (value: "5.15+ → 5.15"). */
  | 'era-mapped';

/** Notices that only inform: the link is still followed as written. */
export const INFO_NOTICES: readonly NoticeCode[] = ['era-mapped'];

export interface LinkNotice {
  code: NoticeCode;
  /** The parameter at fault and (shortened) what it held. */
  param: string;
  value: string;
}

export interface DecodedLink {
  state: LinkState;
  notices: LinkNotice[];
}

/** The payload inside `s`, as each version writes it. */
export interface PayloadV1 {
  /** Overrides as [flow, step, bitCode, 0|1]. */
  o?: [number, number, number, 0 | 1][];
  /** Custom scenario data. */
  c?: unknown;
}

/** Version 2 adds a trace, [name, log, map?]; links without one are still written as version 1. */
export interface PayloadV2 extends PayloadV1 {
  t?: [string, string] | [string, string, string];
}

/** Version 3 adds a shared score, [correct, asked, met, challenges]; written only with one. */
export interface PayloadV3 extends PayloadV2 {
  k?: [number, number, number, number];
}
