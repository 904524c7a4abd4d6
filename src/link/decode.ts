import { migrateBootEras } from './eraMigration';
import { type DecodedLink, LINK_VERSION, type LinkNotice, type LinkState } from './format';
import { decodePlain, MAX_PARAM } from './plain';
import { decodePayloadV1 } from './versions/v1';
import { decodePayloadV2 } from './versions/v2';
import { decodePayloadV3 } from './versions/v3';

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

/** A v3 payload: v2's fields read (and migrated) as v2's, plus a shared score. */
function decodeV3(body: string): Decoded {
  const decoded = decodePayloadV3(body);
  if (decoded.state.custom === undefined) return decoded;
  const { custom, notices } = migrateBootEras(decoded.state.custom);
  return { state: { ...decoded.state, custom }, notices: [...decoded.notices, ...notices] };
}

/** One decoder per payload version ever released (tldraw-style migrations by version). */
const DECODERS: Record<number, (body: string) => Decoded> = {
  1: decodeV1,
  2: decodeV2,
  3: decodeV3,
};

/**
 * Reads a query string into a link state. Never throws: anything malformed is dropped with
 * a notice saying what was wrong, and unknown parameters are ignored.
 */
export function decodeLink(search: string): DecodedLink {
  const { state, notices, s, note } = decodePlain(search);
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
