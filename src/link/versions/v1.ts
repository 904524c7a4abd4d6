// Decoder of link payload version 1 (the first release). Kept unchanged forever.
import { decompressFromEncodedURIComponent } from 'lz-string';
import { type LinkNotice, type LinkOverride, type LinkState, OVERRIDE_BITS, type PayloadV1 } from '../format';

const MAX_OVERRIDES = 200;

export function decodePayloadV1(body: string): { state: LinkState; notices: LinkNotice[] } {
  const notices: LinkNotice[] = [];
  const bad = (why: string): { state: LinkState; notices: LinkNotice[] } => ({
    state: {},
    notices: [{ code: 'bad-payload', param: 's', value: why }],
  });
  const json = decompressFromEncodedURIComponent(body);
  if (!json) return bad('cannot be decompressed (truncated or altered)');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return bad('is not valid data after decompression');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('does not hold an object');
  const payload = data as PayloadV1;
  const state: LinkState = {};
  if (payload.o !== undefined) {
    if (!Array.isArray(payload.o) || payload.o.length > MAX_OVERRIDES) {
      notices.push({ code: 'bad-override', param: 's', value: 'the what-if list is not a list of bits' });
    } else {
      const overrides: LinkOverride[] = [];
      for (const entry of payload.o as unknown[]) {
        const ok =
          Array.isArray(entry) &&
          entry.length === 4 &&
          entry.every((n) => Number.isInteger(n)) &&
          entry[0] >= 0 &&
          entry[0] <= 1 &&
          entry[1] >= 0 &&
          entry[1] <= 10_000 &&
          entry[2] >= 0 &&
          entry[2] < OVERRIDE_BITS.length &&
          (entry[3] === 0 || entry[3] === 1);
        if (!ok) {
          notices.push({ code: 'bad-override', param: 's', value: JSON.stringify(entry).slice(0, 40) });
          continue;
        }
        const [flow, step, code, value] = entry as [number, number, number, number];
        overrides.push({ flow, step, bit: OVERRIDE_BITS[code] as LinkOverride['bit'], value: value === 1 });
      }
      state.overrides = overrides;
    }
  }
  if (payload.c !== undefined) state.custom = payload.c;
  return { state, notices };
}
