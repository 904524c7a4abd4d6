import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFS_KEY, readPrefs, savePrefs } from './prefs';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  });
  return data;
}

afterEach(() => vi.unstubAllGlobals());

describe('the reader’s kept settings', () => {
  it('round-trips language, theme and large text, one change at a time', () => {
    fakeStorage();
    savePrefs({ theme: 'dark' });
    savePrefs({ largeText: true });
    savePrefs({ lang: 'zh' });
    expect(readPrefs()).toEqual({ lang: 'zh', theme: 'dark', largeText: true });
  });

  it('ignores garbage field by field', () => {
    for (const raw of ['{not json', 'null', '[]', '"x"', '42', '{"lang":42,"theme":{},"largeText":"yes"}']) {
      fakeStorage({ [PREFS_KEY]: raw });
      expect(readPrefs(), raw).toEqual({});
    }
    fakeStorage({ [PREFS_KEY]: '{"lang":"fr","theme":"dark"}' });
    expect(readPrefs()).toEqual({ theme: 'dark' });
  });

  it('never throws when storage is missing, full or disabled', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(readPrefs()).toEqual({});
    expect(() => savePrefs({ theme: 'light' })).not.toThrow();
  });
});
