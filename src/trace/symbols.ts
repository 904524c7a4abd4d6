// Symbol maps: `nm` output ("0000000040080000 T hyp_entry"), to name the PCs of a trace.
// Only code and data symbols are kept (absolute "a"/"A" symbols are constants, not places).

export interface SymbolMap {
  /** Sorted by address. */
  entries: { address: bigint; name: string }[];
  /** Lines that were not `nm` lines. */
  skipped: number;
}

const NM_LINE = /^([0-9a-fA-F]{1,16})\s+([a-zA-Z?-])\s+(\S+)/;

export function parseSymbolMap(text: string): SymbolMap {
  const entries: SymbolMap['entries'] = [];
  let skipped = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = NM_LINE.exec(line);
    if (!m) {
      skipped++;
      continue;
    }
    const [, addr, kind, name] = m;
    if (kind === 'a' || kind === 'A' || kind === 'U' || kind === 'w' || kind === 'v') continue;
    entries.push({ address: BigInt(`0x${addr}`), name: name ?? '' });
  }
  entries.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return { entries, skipped };
}

/** The symbol at or below an address, as "name" or "name+0x10"; undefined below the first. */
export function symbolize(map: SymbolMap | undefined, hexAddress: string | undefined): string | undefined {
  if (!map || !hexAddress || map.entries.length === 0) return undefined;
  let address: bigint;
  try {
    address = BigInt(`0x${hexAddress.replace(/^0x/i, '')}`);
  } catch {
    return undefined;
  }
  let lo = 0;
  let hi = map.entries.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = map.entries[mid];
    if (e && e.address <= address) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Of several names at one address, the last one sorted there (e.g. hyp_entry, not __ram_start).
  const hit = map.entries[best];
  if (!hit) return undefined;
  const offset = address - hit.address;
  // nm gives no sizes: far past the last symbol is more likely unmapped than part of it.
  if (offset > 0x10000n) return undefined;
  return offset === 0n ? hit.name : `${hit.name}+0x${offset.toString(16)}`;
}
