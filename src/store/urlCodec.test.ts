// The first view reads and writes plain addresses without the payload's codec (lz-string);
// a payload needs loadLinkCodec() first, and says so instead of being dropped silently.
import { describe, expect, it } from 'vitest';
import { canParse, canWrite, loadLinkCodec, parseUrl, urlFor } from './url';

const have = ['bare-metal', 'type2-kvm-vhe'];
const what = { flow: 0, step: 2, patch: { hcr: { imo: false } } };

describe('the link codec loads on demand', () => {
  it('reads and writes a plain address before it is loaded', () => {
    expect(canParse('?scenario=bare-metal&step=3&lang=zh')).toBe(true);
    const r = parseUrl('?scenario=bare-metal&step=3&lang=zh', have, 'type2-kvm-vhe');
    expect([r.scenario, r.step, r.lang, r.notices]).toEqual(['bare-metal', 3, 'zh', []]);
    expect(urlFor({ scenario: 'bare-metal', step: 3, lang: 'zh' })).toBe('?scenario=bare-metal&step=3&lang=zh');
  });

  it('refuses a payload until it is loaded, then reads and writes it', async () => {
    const state = { scenario: 'bare-metal', step: 2, overrides: [what] };
    expect(canWrite(state)).toBe(false);
    expect(() => urlFor(state)).toThrow(/loadLinkCodec/);
    await loadLinkCodec();
    const url = urlFor(state);
    expect(url).toMatch(/&s=1\./);
    expect(canParse(url)).toBe(true);
    expect(parseUrl(url, have, 'type2-kvm-vhe').overrides).toEqual([what]);
  });
});
