import { compressToEncodedURIComponent } from 'lz-string';
import { type LinkState, OVERRIDE_BITS, type PayloadV3 } from './format';
import { encodePlain } from './plain';

/** The query string (without "?") for a state; parameters in a stable order. */
export function encodeLink(state: LinkState): string {
  const params = encodePlain(state);
  const payload: PayloadV3 = {};
  if (state.overrides?.length) {
    payload.o = state.overrides.map((o) => [o.flow, o.step, OVERRIDE_BITS.indexOf(o.bit), o.value ? 1 : 0]);
  }
  if (state.trace) {
    const { name, log, map } = state.trace;
    payload.t = map === undefined ? [name, log] : [name, log, map];
  } else if (state.custom !== undefined) payload.c = state.custom;
  if (state.claim) {
    const { correct, asked, met, challenges } = state.claim;
    payload.k = [correct, asked, met, challenges];
  }
  if (payload.o || payload.c !== undefined || payload.t || payload.k) {
    // The lowest version that holds it, so links open in older releases where they can.
    const version = payload.k ? 3 : payload.t ? 2 : 1;
    params.set('s', `${version}.${compressToEncodedURIComponent(JSON.stringify(payload))}`);
  }
  return params.toString();
}
