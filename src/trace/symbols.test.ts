import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSymbolMap, symbolize } from './symbols';

const MAP = parseSymbolMap(readFileSync(join(__dirname, '../../examples/mini-hyp/sample/mini-hyp.map'), 'utf8'));

describe('symbol maps (nm -n output)', () => {
  it('names PCs exactly and with an offset', () => {
    expect(symbolize(MAP, '40081800')).toBe('guest_entry');
    expect(symbolize(MAP, '0x40081810')).toBe('guest_entry+0x10');
    expect(symbolize(MAP, '40080c00')).toBe('hyp_vectors+0x400');
  });

  it('prefers the later of two names at one address (hyp_entry over __ram_start)', () => {
    expect(symbolize(MAP, '40080000')).toBe('hyp_entry');
  });

  it('says nothing below the first symbol, far past the last, or without a map', () => {
    expect(symbolize(parseSymbolMap('0000000000001000 T start\n'), '800')).toBeUndefined();
    expect(symbolize(MAP, 'ffffffff00000000')).toBeUndefined();
    expect(symbolize(undefined, '40081800')).toBeUndefined();
  });

  it('skips constants and undefined symbols, counts lines that are not nm lines', () => {
    const m = parseSymbolMap(
      '0000000000000042 a HVC_HELLO\n                 U printf\nnot a symbol\n0000000000000010 t here\n',
    );
    expect(m.entries.map((e) => e.name)).toEqual(['here']);
    expect(m.skipped).toBe(2);
  });
});
