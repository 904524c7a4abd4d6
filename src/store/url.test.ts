import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURES, HCR_BITS, PSTATE_BITS, SCR_BITS } from '../core/state';
import eraCorpus from '../link/fixtures/v1-era-links.json';
import corpus from '../link/fixtures/v1-links.json';
import type { Override } from '../machine/types';
import { validateScenario } from '../scenario/load';
import { loadLinkCodec, overridesFromLink, overridesToLink, parseUrl, urlFor } from './url';

// The page loads the payload's codec on demand; these tests read and write payloads.
beforeAll(() => loadLinkCodec());

const have = ['bare-metal', 'type2-kvm-vhe', 'nvhe-vs-vhe', 'register-redirection', 'exception-routing'];

describe('the page address', () => {
  it('carries a what-if on every bit the state has, in a link and back', () => {
    const groups = { hcr: HCR_BITS, scr: SCR_BITS, pstate: PSTATE_BITS, features: FEATURES } as const;
    for (const [group, bits] of Object.entries(groups)) {
      for (const bit of bits) {
        for (const value of [true, false]) {
          const overrides: Override[] = [{ flow: 1, step: 3, patch: { [group]: { [bit]: value } } }];
          const link = urlFor({ scenario: 'nvhe-vs-vhe', step: 4, overrides });
          const back = parseUrl(link, have, 'type2-kvm-vhe');
          expect(back.overrides, `${group}.${bit}=${value} in ${link}`).toEqual(overrides);
        }
      }
    }
    const secure: Override[] = [{ flow: 0, step: 0, patch: { secure: true } }];
    expect(parseUrl(urlFor({ scenario: 'bare-metal', step: 0, overrides: secure }), have, 'x').overrides).toEqual(
      secure,
    );
  });

  it('opens the scenario, step, language and theme it names', () => {
    expect(parseUrl('?scenario=bare-metal&step=3&lang=zh&theme=dark', have, 'type2-kvm-vhe')).toEqual({
      scenario: 'bare-metal',
      step: 3,
      lang: 'zh',
      theme: 'dark',
      embed: false,
      panels: ['el', 'narration'],
      overrides: [],
      notices: [],
    });
  });

  it('hands on a shared predict score for a known scenario, and drops it with an unknown one', async () => {
    const { encodeLink } = await loadLinkCodec();
    const claim = { correct: 2, asked: 3, met: 1, challenges: 1 };
    const r = parseUrl(`?${encodeLink({ scenario: 'bare-metal', claim })}`, have, 'type2-kvm-vhe');
    expect(r).toMatchObject({ scenario: 'bare-metal', step: 0, claim, notices: [] });
    const unknown = parseUrl(`?${encodeLink({ scenario: 'nope', claim })}`, have, 'type2-kvm-vhe');
    expect(unknown.claim).toBeUndefined();
    expect(parseUrl('?scenario=bare-metal', have, 'type2-kvm-vhe').claim).toBeUndefined();
  });

  it('falls back to the default scenario with a notice when the id is unknown', () => {
    const r = parseUrl('?scenario=nope&step=4', have, 'type2-kvm-vhe');
    expect(r.scenario).toBe('type2-kvm-vhe');
    expect(r.step).toBe(0);
    expect(r.notices).toEqual([{ kind: 'unknown-scenario', id: 'nope', fallback: 'type2-kvm-vhe' }]);
  });

  it('opens the default scenario with notices for a malformed, tampered or future link', () => {
    for (const search of ['?step=abc', '?s=9.xxx', '?s=1.garbage', '?scenario=bare-metal&step=2&s=1.N4Ig9iBcDa0A']) {
      const r = parseUrl(search, have, 'type2-kvm-vhe');
      expect(r.scenario, search).toBe('type2-kvm-vhe');
      expect(r.step, search).toBe(0);
      expect(r.overrides, search).toEqual([]);
      expect(r.notices.length, search).toBeGreaterThan(0);
    }
  });

  it('still follows an old link whose custom scenario names a boot era, telling what was mapped', () => {
    for (const { link, state } of eraCorpus) {
      const r = parseUrl(link, have, 'type2-kvm-vhe');
      expect(r.scenario).toBe(state.scenario);
      expect(r.step).toBe(state.step);
      expect(r.custom).toEqual(state.custom);
      expect(r.notices.map((n) => (n.kind === 'link' ? n.notice.code : n.kind))).toEqual(['era-mapped']);
      // The mapped scenario is valid under today's schema.
      expect(validateScenario(r.custom, 'link').ok).toBe(true);
    }
  });

  it('opens every link of the v1 corpus without a notice', () => {
    for (const { link } of corpus) expect(parseUrl(link, have, 'bare-metal').notices, link).toEqual([]);
  });

  it('round-trips a state with what-ifs, embed and panels', () => {
    const overrides: Override[] = [
      { flow: 0, step: 3, patch: { hcr: { tge: true, e2h: false }, secure: true } },
      { flow: 1, step: 0, patch: { scr: { irq: true }, pstate: { i: false }, features: { vhe: false } } },
    ];
    const url = urlFor({
      scenario: 'nvhe-vs-vhe',
      step: 5,
      lang: 'zh',
      theme: 'dark',
      embed: true,
      panels: ['el', 'bits'],
      overrides,
    });
    const r = parseUrl(url, have, 'bare-metal');
    expect(r).toMatchObject({ scenario: 'nvhe-vs-vhe', step: 5, lang: 'zh', theme: 'dark', embed: true });
    expect(r.panels).toEqual(['el', 'bits']);
    expect(r.overrides).toEqual(overrides);
    expect(r.notices).toEqual([]);
  });

  it('converts what-if patches to link bits and back', () => {
    const overrides: Override[] = [{ flow: 0, step: 2, patch: { hcr: { imo: false } } }];
    expect(overridesToLink(overrides)).toEqual([{ flow: 0, step: 2, bit: 'hcr.imo', value: false }]);
    expect(overridesFromLink(overridesToLink(overrides))).toEqual(overrides);
  });

  it('keeps a custom scenario id when the link carries its data', () => {
    const url = urlFor({ scenario: 'my-own', step: 1, lang: 'en', theme: 'light', custom: { id: 'my-own' } });
    const r = parseUrl(url, have, 'bare-metal');
    expect(r.scenario).toBe('my-own');
    expect(r.custom).toEqual({ id: 'my-own' });
  });
});
