import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { CORRUPT_PREFIX, readStored, STORAGE_KEY, type StoredScenario, type Validate, writeStored } from './storage';

/** A Storage in memory; `quota` (characters) and `disabled` imitate the browser's refusals. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  constructor(private opts: { quota?: number; disabled?: boolean } = {}) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.opts.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.opts.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (this.opts.quota !== undefined && used + k.length + v.length > this.opts.quota)
      throw new DOMException('exceeded the quota', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

const validate: Validate<Scenario> = (data) => {
  const r = validateScenario(data);
  return r.ok ? r : { ok: false, message: r.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
};

const bare = JSON.parse(readFileSync(join(__dirname, '../../scenarios/bare-metal.json'), 'utf8'));
const mine = (id: string): StoredScenario => ({
  id,
  name: `${id}.json`,
  savedAt: '2025-01-01T00:00:00.000Z',
  data: { ...bare, id },
});
const NOW = Date.parse('2025-03-04T05:06:07.000Z');

describe('custom scenarios kept in localStorage', () => {
  it('writes a versioned file and reads its scenarios back, validated', () => {
    const s = new MemoryStorage();
    expect(writeStored(s, [mine('my-lesson')])).toEqual({ ok: true });
    expect(JSON.parse(s.getItem(STORAGE_KEY) ?? '')).toMatchObject({ version: 1, scenarios: [{ id: 'my-lesson' }] });
    const r = readStored(s, validate, NOW);
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => e.scenario.id)).toEqual(['my-lesson']);
  });

  it('sets a damaged file aside, reports it, and loads nothing from it', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{"version":1,"scenarios":[{"id":');
    const r = readStored(s, validate, NOW);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'corrupt', movedTo: `${CORRUPT_PREFIX}2025-03-04T05:06:07.000Z` }),
    ]);
    expect(s.getItem(STORAGE_KEY)).toBeNull();
    expect(s.getItem(`${CORRUPT_PREFIX}2025-03-04T05:06:07.000Z`)).toBe('{"version":1,"scenarios":[{"id":');
  });

  it('sets aside only the entry that fails the schema and keeps the others', () => {
    const s = new MemoryStorage();
    const broken = { ...mine('broken'), data: { ...bare, id: 'broken', flows: [] } };
    writeStored(s, [mine('good'), broken]);
    const r = readStored(s, validate, NOW);
    expect(r.entries.map((e) => e.stored.id)).toEqual(['good']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'corrupt', what: 'broken.json' });
    expect(r.problems[0]?.kind === 'corrupt' && r.problems[0].reason).toContain('$.flows');
    expect(JSON.parse(s.getItem(STORAGE_KEY) ?? '').scenarios.map((e: StoredScenario) => e.id)).toEqual(['good']);
    const aside = [...s.map.keys()].filter((k) => k.startsWith(CORRUPT_PREFIX));
    expect(aside).toHaveLength(1);
  });

  it('does not misread a file from a newer version, nor an unversioned one', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, JSON.stringify({ version: 2, scenarios: [mine('x')] }));
    expect(readStored(s, validate, NOW).problems).toEqual([expect.objectContaining({ kind: 'future', version: 2 })]);
    expect(s.getItem(STORAGE_KEY)).toBeNull();
    s.setItem(STORAGE_KEY, JSON.stringify([mine('x')]));
    const r = readStored(s, validate, NOW + 1000);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'corrupt' })]);
  });

  it('reports a full storage instead of failing', () => {
    const s = new MemoryStorage({ quota: 2000 });
    const r = writeStored(s, [mine('big')], 'big.json');
    expect(r).toEqual({ ok: false, problem: { kind: 'full', name: 'big.json' } });
    expect(s.getItem(STORAGE_KEY)).toBeNull();
  });

  it('works with storage turned off: nothing kept, the reason said', () => {
    const s = new MemoryStorage({ disabled: true });
    expect(readStored(s, validate, NOW)).toEqual({
      entries: [],
      problems: [{ kind: 'unavailable', message: expect.stringContaining('SecurityError') }],
    });
    expect(writeStored(s, [mine('x')])).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(readStored(null, validate, NOW).problems[0]?.kind).toBe('unavailable');
  });
});
