// The page's address: ?scenario=<id>&step=<n>&lang=en|zh&theme=light|dark. Read once at
// start, rewritten (replaceState) as the lesson moves. The versioned share link is src/link.
import type { Lang, Theme } from './ui';

/** Something in the address was not usable; shown translated, then dismissed. */
export type UrlNotice = { kind: 'unknown-scenario'; id: string; fallback: string } | { kind: 'bad-step'; raw: string };

export interface UrlRequest {
  scenario: string;
  step: number;
  lang?: Lang;
  theme?: Theme;
  notices: UrlNotice[];
}

export interface UrlState {
  scenario: string;
  step: number;
  lang: Lang;
  theme: Theme;
}

/** What the address asks for, checked against the scenarios this build has. */
export function parseUrl(search: string, available: readonly string[], fallback: string): UrlRequest {
  const q = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const asked = q.get('scenario');
  let scenario = fallback;
  if (asked !== null) {
    if (available.includes(asked)) scenario = asked;
    else notices.push({ kind: 'unknown-scenario', id: asked.slice(0, 80), fallback });
  }
  const rawStep = q.get('step');
  let step = 0;
  if (rawStep !== null) {
    if (/^\d{1,4}$/.test(rawStep)) step = Number(rawStep);
    else notices.push({ kind: 'bad-step', raw: rawStep.slice(0, 20) });
  }
  const lang = q.get('lang');
  const theme = q.get('theme');
  return {
    scenario,
    step,
    ...(lang === 'en' || lang === 'zh' ? { lang } : {}),
    ...(theme === 'light' || theme === 'dark' ? { theme } : {}),
    notices,
  };
}

/** The address for a state, keeping any other parameters (e.g. a share link's own). */
export function urlFor(search: string, s: UrlState): string {
  const q = new URLSearchParams(search);
  q.set('scenario', s.scenario);
  q.set('step', String(s.step));
  q.set('lang', s.lang);
  q.set('theme', s.theme);
  return `?${q.toString()}`;
}
