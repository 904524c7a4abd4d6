// Decoder of link payload version 2: version 1 plus `t`, a QEMU trace ([name, log, map?]).
// Kept unchanged forever.
import { decompressFromEncodedURIComponent } from 'lz-string';
import type { LinkNotice, LinkState, PayloadV2 } from '../format';
import { decodePayloadV1 } from './v1';

/** A trace in a link is at most this long (characters of log + map), like MAX_PARAM's budget. */
const MAX_TRACE_CHARS = 1_000_000;

export function decodePayloadV2(body: string): { state: LinkState; notices: LinkNotice[] } {
  // What version 1 holds (what-ifs, a custom scenario) reads as it always did.
  const v1 = decodePayloadV1(body);
  if (v1.notices.some((n) => n.code === 'bad-payload')) return v1;
  const data = JSON.parse(decompressFromEncodedURIComponent(body) ?? '{}') as PayloadV2;
  if (data.t === undefined) return v1;
  const t: unknown = data.t;
  const ok =
    Array.isArray(t) &&
    (t.length === 2 || t.length === 3) &&
    t.every((x) => typeof x === 'string') &&
    (t as string[]).join('').length <= MAX_TRACE_CHARS;
  if (!ok) {
    return {
      state: v1.state,
      notices: [...v1.notices, { code: 'bad-payload', param: 's', value: 'the trace is not a name and a log' }],
    };
  }
  const [name, log, map] = t as string[];
  const state: LinkState = {
    ...v1.state,
    trace: { name: name ?? 'trace.log', log: log ?? '', ...(map !== undefined ? { map } : {}) },
  };
  return { state, notices: v1.notices };
}
