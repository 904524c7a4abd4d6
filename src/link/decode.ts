import { migrateBootEras } from './eraMigration';
import { type DecodedLink, LINK_VERSION, type LinkNotice, type LinkState, PANEL_IDS, type PanelId } from './format';
import { decodePayloadV1 } from './versions/v1';
import { decodePayloadV2 } from './versions/v2';

type Decoded = { state: LinkState; notices: LinkNotice[] };

/** A v1 payload, with any custom scenario's boot eras mapped to releases. */
function decodeV1(body: string): Decoded {
  const decoded = decodePayloadV1(body);
  if (decoded.state.custom === undefined) return decoded;
  const { custom, notices } = migrateBootEras(decoded.state.custom);
  return { state: { ...decoded.state, custom }, notices: [...decoded.notices, ...notices] };
}

/** A v2 payload: v1's fields read (and migrated) as v1's, plus a QEMU trace. */
function decodeV2(body: string): Decoded {
  const decoded = decodePayloadV2(body);
  if (decoded.state.custom === undefined) return decoded;
  const { custom, notices } = migrateBootEras(decoded.state.custom);
  return { state: { ...decoded.state, custom }, notices: [...decoded.notices, ...notices] };
}

/** One decoder per payload version ever released (tldraw-style migrations by version). */
const DECODERS: Record<number, (body: string) => Decoded> = {
  1: decodeV1,
  2: decodeV2,
};

const MAX_PARAM = 200_000;
const short = (v: string) => (v.length > 40 ? `${v.slice(0, 37)}…` : v);

/**
 * Reads a query string into a link state. Never throws: anything malformed is dropped with
 * a notice saying what was wrong, and unknown parameters are ignored.
 */
export function decodeLink(search: string): DecodedLink {
  const notices: LinkNotice[] = [];
  const state: LinkState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_PARAM * 2 ? '' : search);
  } catch {
    return { state, notices: [{ code: 'bad-payload', param: '?', value: 'unreadable address' }] };
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
  const s = params.get('s');
  if (s !== null) {
    const m = /^(\d{1,4})\.(.*)$/s.exec(s);
    const version = m ? Number(m[1]) : Number.NaN;
    const decoder = DECODERS[version];
    if (!m || s.length > MAX_PARAM) note('bad-payload', 's', s);
    else if (version > LINK_VERSION) note('future-version', 's', `version ${version}`);
    else if (!decoder) note('bad-payload', 's', `version ${version}`);
    else {
      // lz-string can throw on a damaged body (it reads past the end): that is a bad payload too.
      let decoded: Decoded | undefined;
      try {
        decoded = decoder(m[2] ?? '');
      } catch {
        note('bad-payload', 's', 'cannot be decompressed (damaged)');
      }
      if (decoded) {
        Object.assign(state, decoded.state);
        notices.push(...decoded.notices);
      }
    }
  }
  return { state, notices };
}
