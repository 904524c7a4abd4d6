// The prerender's gate keeps the build's picture (the default lesson's step 0 in English)
// only for a visit the app will open exactly so; otherwise the picture would flash before the
// app replaced it with something else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREFS_KEY } from '../../src/store/prefs';
import { loadLinkCodec, parseUrl } from '../../src/store/url';
import { GATE_SCRIPT } from './gate';

const DEFAULT = 'type2-kvm-vhe';
const CATALOGUE = [DEFAULT, 'bare-metal', 'nvhe-vs-vhe'];

interface Visit {
  search: string;
  prefs?: string | null;
  language?: string;
  dark?: boolean;
}

/** Runs the gate against a page holding the prerender; returns what it left. */
function gate({ search, prefs = null, language = 'en-GB', dark = false }: Visit) {
  const attrs = new Map([
    ['inert', ''],
    ['data-prerender', DEFAULT],
  ]);
  const root = {
    textContent: '<the stage>',
    getAttribute: (k: string) => attrs.get(k) ?? null,
    removeAttribute: (k: string) => attrs.delete(k),
  };
  const html = new Map<string, string>();
  const document = {
    getElementById: (id: string) => (id === 'root' ? root : null),
    documentElement: { setAttribute: (k: string, v: string) => html.set(k, v) },
  };
  const localStorage = { getItem: (k: string) => (k === PREFS_KEY ? prefs : null) };
  const matchMedia = (q: string) => ({ matches: dark && q === '(prefers-color-scheme: dark)' });
  const listening = () => {};
  new Function('document', 'localStorage', 'location', 'navigator', 'matchMedia', 'addEventListener', GATE_SCRIPT)(
    document,
    localStorage,
    { search },
    { language },
    matchMedia,
    listening,
  );
  return { kept: root.textContent !== '', inert: attrs.has('inert'), theme: html.get('data-theme') };
}

describe('the prerender gate', () => {
  it('keeps the picture for a first visit to the default lesson', () => {
    for (const search of ['', '?scenario=type2-kvm-vhe', '?scenario=type2-kvm-vhe&lang=en', '?lang=en&step=0'])
      expect(gate({ search }), search).toEqual({ kept: true, inert: true, theme: 'light' });
  });

  it('drops it, before the first paint, for anything the app will draw otherwise', () => {
    const drops: Visit[] = [
      { search: '?scenario=nvhe-vs-vhe' },
      { search: '?scenario=type2-kvm-vhe&step=3' },
      { search: '?lang=zh' },
      { search: '?embed=1' },
      { search: '?s=N4Ig' },
      { search: '?predict=1' },
      { search: '', language: 'zh-CN' },
      { search: '', prefs: '{"lang":"zh"}' },
      { search: '', prefs: '{"largeText":true}' },
    ];
    for (const visit of drops) expect(gate(visit), JSON.stringify(visit)).toMatchObject({ kept: false, inert: false });
  });

  it('an English link or setting wins over a Chinese browser; garbage in storage is ignored', () => {
    expect(gate({ search: '?lang=en', language: 'zh-TW' }).kept).toBe(true);
    expect(gate({ search: '', prefs: '{"lang":"en"}', language: 'zh' }).kept).toBe(true);
    expect(gate({ search: '', prefs: '{not json' }).kept).toBe(true);
    expect(gate({ search: '', prefs: '{"lang":"xx","theme":7}' })).toEqual({ kept: true, inert: true, theme: 'light' });
  });

  it('applies the theme at once: the link, then the reader’s pick, then the system', () => {
    expect(gate({ search: '', dark: true }).theme).toBe('dark');
    expect(gate({ search: '', dark: true, prefs: '{"theme":"light"}' }).theme).toBe('light');
    expect(gate({ search: '?theme=dark', prefs: '{"theme":"light"}' }).theme).toBe('dark');
    expect(gate({ search: '?theme=dark' }).kept).toBe(true);
  });

  it('keeps it only when the app opens the default lesson at step 0 in English, without what-ifs', async () => {
    await loadLinkCodec();
    const key = fc.constantFrom('scenario', 'step', 'lang', 'theme', 'embed', 'panels', 's', 'v');
    const value = fc.constantFrom(DEFAULT, 'bare-metal', '0', '2', 'en', 'zh', 'dark', 'light', '1', 'el', '');
    const query = fc.array(fc.tuple(key, value), { maxLength: 4 }).map((pairs) => `?${new URLSearchParams(pairs)}`);
    fc.assert(
      fc.property(query, (search) => {
        if (!gate({ search }).kept) return;
        const app = parseUrl(search, CATALOGUE, DEFAULT);
        expect(app).toMatchObject({ scenario: DEFAULT, step: 0, embed: false, overrides: [] });
        expect(app.lang ?? 'en').toBe('en');
        expect(app.custom ?? app.trace ?? app.claim).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
