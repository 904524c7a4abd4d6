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
