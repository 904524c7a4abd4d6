import { compressToEncodedURIComponent } from 'lz-string';
import { type LinkState, OVERRIDE_BITS, type PayloadV2 } from './format';

/** The query string (without "?") for a state; parameters in a stable order. */
export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.scenario) params.set('scenario', state.scenario);
  if (state.step !== undefined && state.step > 0) params.set('step', String(state.step));
  if (state.lang) params.set('lang', state.lang);
  if (state.theme) params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.panels?.length) params.set('panels', state.panels.join(','));
  const payload: PayloadV2 = {};
  if (state.overrides?.length) {
    payload.o = state.overrides.map((o) => [o.flow, o.step, OVERRIDE_BITS.indexOf(o.bit), o.value ? 1 : 0]);
  }
  if (state.trace) {
    const { name, log, map } = state.trace;
    payload.t = map === undefined ? [name, log] : [name, log, map];
  } else if (state.custom !== undefined) payload.c = state.custom;
  if (payload.o || payload.c !== undefined || payload.t) {
    // Version 2 only when it is needed, so links without a trace open in older releases too.
    const version = payload.t ? 2 : 1;
    params.set('s', `${version}.${compressToEncodedURIComponent(JSON.stringify(payload))}`);
  }
  return params.toString();
}
