import { describe, expect, it } from 'vitest';
import { keep } from './keep';

describe('keep (structural sharing)', () => {
  it('returns the previous object when the new one is deep-equal', () => {
    const prev = { a: [1, { b: 'x' }], c: null, d: { e: true } };
    expect(keep(prev, structuredClone(prev))).toBe(prev);
  });

  it('keeps the equal parts and takes the changed ones', () => {
    const prev = { same: { x: [1, 2] }, changed: { y: 1 }, list: [{ k: 1 }, { k: 2 }] };
    const next = { same: { x: [1, 2] }, changed: { y: 2 }, list: [{ k: 1 }, { k: 3 }] };
    const out = keep(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.same).toBe(prev.same);
    expect(out.changed).toBe(next.changed);
    expect(out.list[0]).toBe(prev.list[0]);
    expect(out.list[1]).toBe(next.list[1]);
  });

  it('sees added, removed and undefined keys and changed lengths', () => {
    expect(keep({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    const prev = { a: 1, b: 2 };
    expect(keep(prev, { a: 1 })).not.toBe(prev);
    const arr = [1, 2];
    expect(keep(arr, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(keep(arr, [1])).toEqual([1]);
    expect(keep([1], { 0: 1 })).toEqual({ 0: 1 });
  });
});
