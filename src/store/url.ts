// The page's address, in the share-link format of src/link: human-writable
// ?scenario&step&lang&theme&embed&panels, and what-ifs / a custom scenario in the compressed
// `s`. Read once at start, rewritten as the lesson moves (see app/useShell.ts).

import type { Lang } from '../i18n/lang';
import {
  INFO_NOTICES,
  type LinkNotice,
  type LinkOverride,
  type LinkState,
  type LinkTrace,
  OVERRIDE_BITS,
  type OverrideBit,
  type PanelId,
  type ScoreClaim,
} from '../link/format';
import { decodePlain, encodePlain } from '../link/plain';
import type { Override } from '../machine/types';
import type { StatePatch } from '../scenario/schema';
import type { Theme } from './ui';

/** Something in the address was not usable; shown translated, then dismissed. */
export type UrlNotice =
  | { kind: 'unknown-scenario'; id: string; fallback: string }
  | { kind: 'link'; notice: LinkNotice }
  | { kind: 'bad-custom'; problems: number };

export const DEFAULT_PANELS: readonly PanelId[] = ['el', 'narration'];

export interface UrlRequest {
  scenario: string;
  step: number;
  lang?: Lang;
  theme?: Theme;
  embed: boolean;
  panels: PanelId[];
  overrides: Override[];
  /** Custom scenario data carried by the link (validated by the caller). */
  custom?: unknown;
  /** A QEMU trace carried by the link, to open as its scenario (src/custom/trace.ts). */
  trace?: LinkTrace;
  /** A predict-mode score the sender shared for this scenario (their claim, shown apart). */
  claim?: ScoreClaim;
  notices: UrlNotice[];
}

export interface UrlState {
  scenario: string;
  step: number;
  /** Written only when set: the receiver's own language and theme apply otherwise. */
  lang?: Lang;
  theme?: Theme;
  embed?: boolean;
  panels?: readonly PanelId[];
  overrides?: readonly Override[];
  /** The scenario's data when it is not a built-in one. */
  custom?: unknown;
  /** The trace a custom scenario was made from, when it is small enough to carry instead. */
  trace?: LinkTrace;
}

type Group = 'hcr' | 'scr' | 'pstate' | 'features';
const GROUPS: readonly Group[] = ['hcr', 'scr', 'pstate', 'features'];

/** The machine's patches as one link bit each (the link format's compact list). */
export function overridesToLink(overrides: readonly Override[]): LinkOverride[] {
  const out: LinkOverride[] = [];
  for (const { flow, step, patch } of overrides) {
    if (patch.secure !== undefined) out.push({ flow, step, bit: 'secure', value: patch.secure });
    for (const group of GROUPS) {
      const bits = (patch[group] ?? {}) as Record<string, boolean | undefined>;
      for (const [key, value] of Object.entries(bits)) {
        const bit = `${group}.${key}`;
        if (value !== undefined && (OVERRIDE_BITS as readonly string[]).includes(bit)) {
          out.push({ flow, step, bit: bit as OverrideBit, value });
        }
      }
    }
  }
  return out;
}

/** Link bits back into one patch per (flow, step), in first-seen order. */
export function overridesFromLink(bits: readonly LinkOverride[]): Override[] {
  const byKey = new Map<string, Override>();
  for (const { flow, step, bit, value } of bits) {
    const key = `${flow}:${step}`;
    const entry = byKey.get(key) ?? { flow, step, patch: {} };
    byKey.set(key, entry);
    const patch = entry.patch as Record<string, unknown>;
    if (bit === 'secure') patch.secure = value;
    else {
      const [group, name] = bit.split('.') as [Group, string];
      patch[group] = { ...((patch[group] as object | undefined) ?? {}), [name]: value };
    }
  }
  return [...byKey.values()].map((o) => ({ ...o, patch: o.patch as StatePatch }));
}

type LinkCodec = typeof import('../link/codec');
let codec: LinkCodec | null = null;
let loading: Promise<LinkCodec> | null = null;

/**
 * Loads the `s` payload's codec (lz-string): only for an address that carries a payload or a
 * view that must write one (what-ifs, a custom scenario), not in every first view.
 */
export function loadLinkCodec(): Promise<LinkCodec> {
  loading ??= import('../link/codec').then(({ decodeLink, encodeLink }) => {
    codec = { decodeLink, encodeLink };
    return codec;
  });
  return loading;
}

/** True when `parseUrl(search)` can run now (no payload, or its codec is loaded). */
export const canParse = (search: string): boolean => codec !== null || decodePlain(search).s === null;

/** What the address asks for, checked against the scenarios this build has (see canParse). */
export function parseUrl(search: string, available: readonly string[], fallback: string): UrlRequest {
  if (!canParse(search)) throw new Error('parseUrl: the address has a payload; await loadLinkCodec() first');
  const { state, notices: linkNotices } = codec ? codec.decodeLink(search) : decodePlain(search);
  const notices: UrlNotice[] = linkNotices.map((notice) => ({ kind: 'link', notice }));
  const custom = state.custom;
  const trace = state.trace;
  let scenario = fallback;
  if (state.scenario !== undefined) {
    if (available.includes(state.scenario) || custom !== undefined || trace !== undefined) scenario = state.scenario;
    else notices.push({ kind: 'unknown-scenario', id: state.scenario, fallback });
  }
  // A link that was not understood opens the default lesson at its start, as it was written
  // for some other state; its language and theme are harmless and kept.
  const broken = notices.some((n) => n.kind !== 'link' || !INFO_NOTICES.includes(n.notice.code));
  return {
    scenario: broken ? fallback : scenario,
    step: broken ? 0 : (state.step ?? 0),
    ...(state.lang ? { lang: state.lang } : {}),
    ...(state.theme ? { theme: state.theme } : {}),
    embed: state.embed === true,
    panels: state.panels ?? [...DEFAULT_PANELS],
    overrides: broken ? [] : overridesFromLink(state.overrides ?? []),
    ...(custom !== undefined && !broken ? { custom } : {}),
    ...(trace !== undefined && !broken ? { trace } : {}),
    ...(state.claim && !broken ? { claim: state.claim } : {}),
    notices,
  };
}

/** True when `urlFor(s)` can run now (no payload to write, or its codec is loaded). */
export const canWrite = (s: UrlState): boolean =>
  codec !== null || !(s.overrides?.length || s.trace || s.custom !== undefined);

/** The address (starting with "?") for a state; other parameters are dropped (see canWrite). */
export function urlFor(s: UrlState): string {
  if (!canWrite(s)) throw new Error('urlFor: the state needs a payload; await loadLinkCodec() first');
  const link: LinkState = {
    scenario: s.scenario,
    step: s.step,
    lang: s.lang,
    theme: s.theme,
    ...(s.embed ? { embed: true } : {}),
    ...(s.embed && s.panels?.length ? { panels: [...s.panels] } : {}),
    ...(s.overrides?.length ? { overrides: overridesToLink(s.overrides) } : {}),
    ...(s.trace ? { trace: s.trace } : s.custom !== undefined ? { custom: s.custom } : {}),
  };
  return `?${(codec ? codec.encodeLink(link) : encodePlain(link)).toString()}`;
}
