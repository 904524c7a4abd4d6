// The address without its `s` payload: scenario, step, lang, theme, embed, panels. Kept apart
// from the payload's codec (lz-string, the versioned decoders), which the page loads only when
// an address carries a payload or one must be written (see store/url.ts).
import { type DecodedLink, type LinkNotice, type LinkState, PANEL_IDS, type PanelId } from './format';

export const MAX_PARAM = 200_000;
const short = (v: string) => (v.length > 40 ? `${v.slice(0, 37)}…` : v);

/** The plain parameters of a query string, and its raw `s` (null without one). Never throws. */
export function decodePlain(
  search: string,
): DecodedLink & { s: string | null; note: (code: LinkNotice['code'], param: string, value: string) => void } {
  const notices: LinkNotice[] = [];
  const state: LinkState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_PARAM * 2 ? '' : search);
  } catch {
    return {
      state,
      notices: [{ code: 'bad-payload', param: '?', value: 'unreadable address' }],
      s: null,
      note: () => {},
    };
  }
  const note = (code: LinkNotice['code'], param: string, value: string) =>
    notices.push({ code, param, value: short(value) });

  const scenario = params.get('scenario');
  if (scenario !== null) {
    if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(scenario)) state.scenario = scenario;
    else note('bad-scenario', 'scenario', scenario);
  }
  const step = params.get('step');
  if (step !== null) {
    if (/^\d{1,5}$/.test(step)) state.step = Number(step);
    else note('bad-step', 'step', step);
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'zh') state.lang = lang;
    else note('bad-lang', 'lang', lang);
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark') state.theme = theme;
    else note('bad-theme', 'theme', theme);
  }
  if (params.get('embed') === '1') state.embed = true;
  const panels = params.get('panels');
  if (panels !== null) {
    const list = panels.split(',').filter(Boolean);
    const known = list.filter((p): p is PanelId => (PANEL_IDS as readonly string[]).includes(p));
    if (known.length !== list.length || known.length === 0) note('bad-panels', 'panels', panels);
    if (known.length) state.panels = [...new Set(known)];
  }
  return { state, notices, s: params.get('s'), note };
}

/** The plain parameters of a link state, in a stable order (encodeLink adds `s`). */
export function encodePlain(state: LinkState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.scenario) params.set('scenario', state.scenario);
  if (state.step !== undefined && state.step > 0) params.set('step', String(state.step));
  if (state.lang) params.set('lang', state.lang);
  if (state.theme) params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.panels?.length) params.set('panels', state.panels.join(','));
  return params;
}
