import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from './jsonError';

describe('where pasted JSON goes wrong', () => {
  it('accepts valid JSON', () => {
    for (const t of ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(jsonErrorAt(t), t).toBeNull();
      expect(() => JSON.parse(t)).not.toThrow();
    }
  });

  it('points at the first wrong character, with line and column', () => {
    expect(jsonErrorAt('{"a": tru}')).toEqual({ pos: 9, line: 1, column: 10 });
    expect(jsonErrorAt('{\n  "a": 1,\n}')).toEqual({ pos: 12, line: 3, column: 1 });
    expect(jsonErrorAt('{"a":1}}')?.pos).toBe(7);
    expect(jsonErrorAt('{"a":1')?.pos).toBe(6);
    expect(jsonErrorAt('')?.pos).toBe(0);
    expect(jsonErrorAt('{"a":"b\nc"}')?.pos).toBe(7);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['{x}', '[1 2]', '01', '1.', '"\\x"', '{"a" 1}', 'nul', '[,]', '{"a":1,}']) {
      expect(jsonErrorAt(t), t).not.toBeNull();
      expect(() => JSON.parse(t), t).toThrow();
    }
  });
});

describe('the JSON error locator against JSON.parse', () => {
  const parses = (t: string) => {
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  };

  it('takes 20,000 nested arrays (and objects) as JSON.parse does, and finds an error at their depth', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(parses(deep)).toBe(true);
    expect(jsonErrorAt(deep)).toBeNull();
    const objects = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    expect(jsonErrorAt(objects)).toBeNull();
    const broken = `${'['.repeat(20_000)}${']'.repeat(19_999)}`;
    expect(jsonErrorAt(broken)?.pos).toBe(broken.length);
    expect(jsonErrorAt(`${'['.repeat(20_000)}1,]${']'.repeat(19_999)}`)?.pos).toBe(20_002);
  });

  // Text close to JSON: valid documents, then cut, spliced or with a character changed.
  const nearJson = fc
    .tuple(
      fc.json({ maxDepth: 4 }),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...',:[]{}"\\ 0-.eE+tfnu\n'.split('')),
      fc.nat(3),
    )
    .map(([doc, a, b, ch, how]) => {
      const p = a % (doc.length + 1);
      const q = b % (doc.length + 1);
      if (how === 0) return doc;
      if (how === 1) return doc.slice(0, p);
      if (how === 2) return doc.slice(0, p) + ch + doc.slice(p);
      return doc.slice(0, Math.min(p, q)) + doc.slice(Math.max(p, q));
    });

  it('says "valid" exactly when JSON.parse does (near-JSON and arbitrary text)', () => {
    fc.assert(
      fc.property(fc.oneof(nearJson, fc.string(), fc.json()), (text) => {
        expect(jsonErrorAt(text) === null).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('an error is inside the text, and its line and column agree with its offset', () => {
    fc.assert(
      fc.property(nearJson, (text) => {
        const at = jsonErrorAt(text);
        if (!at) return;
        expect(at.pos).toBeGreaterThanOrEqual(0);
        expect(at.pos).toBeLessThanOrEqual(text.length);
        const lines = text.slice(0, at.pos).split('\n');
        expect(at.line).toBe(lines.length);
        expect(at.column).toBe((lines.at(-1)?.length ?? 0) + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
