// Decoder of link payload version 3: version 2 plus `k`, a shared predict-mode score
// ([correct, asked, met, challenges]). Kept unchanged forever.
import { decompressFromEncodedURIComponent } from 'lz-string';
import type { LinkNotice, LinkState, PayloadV3 } from '../format';
import { decodePayloadV2 } from './v2';

/** More questions or challenges than any scenario asks is not a score. */
const MAX_COUNT = 10_000;

export function decodePayloadV3(body: string): { state: LinkState; notices: LinkNotice[] } {
  // What version 2 holds (what-ifs, a custom scenario, a trace) reads as it always did.
  const v2 = decodePayloadV2(body);
  if (v2.notices.some((n) => n.code === 'bad-payload')) return v2;
  const data = JSON.parse(decompressFromEncodedURIComponent(body) ?? '{}') as PayloadV3;
  if (data.k === undefined) return v2;
  const k: unknown = data.k;
  const counts = Array.isArray(k) && k.length === 4 && k.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_COUNT);
  const [correct, asked, met, challenges] = counts ? (k as number[]) : [];
  if (
    correct === undefined ||
    asked === undefined ||
    met === undefined ||
    challenges === undefined ||
    correct > asked ||
    met > challenges
  ) {
    return {
      state: v2.state,
      notices: [...v2.notices, { code: 'bad-payload', param: 's', value: 'the score is not four counts' }],
    };
  }
  return { state: { ...v2.state, claim: { correct, asked, met, challenges } }, notices: v2.notices };
}
