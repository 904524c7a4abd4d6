import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeLink } from './decode';
import { encodeLink } from './encode';
import { migrateBootEras } from './eraMigration';
import eraCorpus from './fixtures/v1-era-links.json';
import corpus from './fixtures/v1-links.json';
import v2Corpus from './fixtures/v2-links.json';
import { type LinkState, OVERRIDE_BITS, PANEL_IDS } from './format';

const arbState: fc.Arbitrary<LinkState> = fc.record(
  {
    scenario: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    step: fc.nat({ max: 500 }).filter((n) => n > 0),
    lang: fc.constantFrom('en' as const, 'zh' as const),
    theme: fc.constantFrom('light' as const, 'dark' as const),
    embed: fc.constant(true),
    panels: fc.uniqueArray(fc.constantFrom(...PANEL_IDS), { minLength: 1 }),
    overrides: fc.array(
      fc.record({
        flow: fc.integer({ min: 0, max: 1 }),
        step: fc.nat({ max: 200 }),
        bit: fc.constantFrom(...OVERRIDE_BITS),
        value: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    custom: fc.jsonValue().filter((v) => v !== null),
    claim: fc
      .tuple(fc.nat({ max: 200 }), fc.nat({ max: 200 }), fc.nat({ max: 10 }), fc.nat({ max: 10 }))
      .map(([a, b, c, d]) => ({
        correct: Math.min(a, b),
        asked: Math.max(a, b),
        met: Math.min(c, d),
        challenges: Math.max(c, d),
      })),
  },
  { requiredKeys: [] },
);

describe('share links', () => {
  it('round-trip every state exactly', () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const decoded = decodeLink(`?${encodeLink(state)}`);
        expect(decoded.notices).toEqual([]);
        expect(decoded.state).toEqual(JSON.parse(JSON.stringify(state)));
      }),
      { numRuns: 2000 },
    );
  });

  it('decode 10,000 random and mutated links to a state or clear notices, never an exception', () => {
    const mutate = fc
      .tuple(arbState, fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 8 }))
      .map(([state, at, how, junk]) => {
        const link = encodeLink(state);
        const i = link.length ? at % link.length : 0;
        switch (how) {
          case 0:
            return link.slice(0, i); // truncated
          case 1:
            return link.slice(0, i) + junk + link.slice(i); // inserted junk
          case 2:
            return link.slice(0, i) + link.slice(i + 1); // one character lost
          case 3:
            return link.replace(/s=1\./, `s=${at % 9}.`); // another version
          case 4:
            return `${link}&${junk}=${junk}`; // unknown parameter
          default:
            return junk + link;
        }
      });
    const anyString = fc.string({ maxLength: 300 }).map((s) => s);
    fc.assert(
      fc.property(fc.oneof(mutate, anyString), (search) => {
        const decoded = decodeLink(search);
        for (const n of decoded.notices) {
          expect(n.code).toMatch(/^[a-z-]+$/);
          expect(n.value.length).toBeLessThanOrEqual(60);
        }
        // Whatever survived is well-formed.
        const s = decoded.state;
        if (s.step !== undefined) expect(Number.isInteger(s.step)).toBe(true);
        if (s.lang !== undefined) expect(['en', 'zh']).toContain(s.lang);
        for (const o of s.overrides ?? []) expect(OVERRIDE_BITS).toContain(o.bit);
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps opening every link of the v1 corpus as it did when v1 shipped', () => {
    for (const { link, state } of corpus) expect(decodeLink(link)).toEqual({ state, notices: [] });
  });

  it('opens a v1 link whose custom scenario names a boot era, mapped to a release with a notice', () => {
    for (const { link, state, notices } of eraCorpus) expect(decodeLink(link)).toEqual({ state, notices });
  });

  it('maps only the eras v1 shipped, and leaves other data alone', () => {
    const step = (input: object) => ({ event: { type: 'Boot', kernel: 'k', input } });
    const old = {
      flows: [{ steps: [step({ era: '5.15+', bootEL: 2 }), step({ era: '4.19' }), { event: { type: 'SVC' } }] }],
    };
    const { custom, notices } = migrateBootEras(old);
    expect(custom).toEqual({
      flows: [
        {
          steps: [
            step({ cpuNested: 'none', hvhe: false, bootEL: 2, kernel: '5.15' }),
            step({ era: '4.19' }),
            { event: { type: 'SVC' } },
          ],
        },
      ],
    });
    expect(notices).toEqual([{ code: 'era-mapped', param: 's', value: '5.15+ → 5.15' }]);
    expect(old.flows[0]?.steps[0]).toEqual(step({ era: '5.15+', bootEL: 2 })); // not mutated
    const current = { flows: [{ steps: [step({ kernel: '6.12' })] }] };
    expect(migrateBootEras(current)).toEqual({ custom: current, notices: [] });
    for (const junk of [null, 3, 'x', [], { flows: 'no' }, { flows: [null, { steps: [7] }] }])
      expect(migrateBootEras(junk).notices).toEqual([]);
  });

  it('explains what was wrong with a malformed, tampered or future link', () => {
    expect(decodeLink('?step=abc&lang=fr').notices.map((n) => n.code)).toEqual(['bad-step', 'bad-lang']);
    expect(decodeLink('?s=9.abc').notices[0]?.code).toBe('future-version');
    expect(decodeLink('?s=1.%%%garbage').notices[0]?.code).toBe('bad-payload');
    // A body on which lz-string itself throws (found by the fuzz test above).
    const damaged =
      's=1.yN4Ig9iBcDa0AwBoCsAmBi4F0HQIwJTQ23gVxQ3RMRQA4yBmKnRAdgBYEmsWCA2Mvh6lcfTolyZsIAMZRQUEAEIABCAQgAOiBXaV%2BqLgB0ATjhJWcE0na4GrVrlooGAUwDUSfCADEAbgB%2BABIVAB4AXncoAFpaI0tWJCS4Bjo%2BVhMxV2iUPnoQAHIAAQBBAAkAYTVIEAARFXcVJQAZAFF1EAAxFQAyKAAzAEMAGwBnVw0AcQBSFQQASQA%2BAClFACEAaRU%2BaJAAXz2gA';
    expect(decodeLink(`?step=100&${damaged}`).notices.map((n) => n.code)).toEqual(['bad-payload']);
    const good = encodeLink({ overrides: [{ flow: 0, step: 3, bit: 'hcr.e2h', value: false }] });
    expect(decodeLink(`?${good.slice(0, -6)}`).notices.length).toBeGreaterThan(0);
    expect(decodeLink('?scenario=type2-kvm-vhe&utm_source=x').state).toEqual({ scenario: 'type2-kvm-vhe' });
  });

  it('keeps a scenario link with a few what-ifs under 200 characters', () => {
    const link = encodeLink({
      scenario: 'type2-kvm-vhe',
      step: 7,
      lang: 'zh',
      theme: 'dark',
      overrides: [
        { flow: 0, step: 3, bit: 'hcr.tge', value: true },
        { flow: 0, step: 3, bit: 'hcr.e2h', value: false },
        { flow: 0, step: 5, bit: 'hcr.imo', value: false },
      ],
    });
    expect(`https://vhe-lab.example/?${link}`.length).toBeLessThan(200);
  });
});

describe('version 2: a QEMU trace in the link', () => {
  it('round-trips a trace (name, log, map) and writes version 2 only when there is one', () => {
    const trace = {
      name: 'run.log',
      log: 'Taking exception 2 [SVC] on CPU 0\n...from EL0 to EL1\n',
      map: '0000000000001000 T start\n',
    };
    const query = encodeLink({ scenario: 'qemu-trace-x', step: 3, trace });
    expect(query).toMatch(/[?&]?s=2\./);
    const back = decodeLink(`?${query}`);
    expect(back.notices).toEqual([]);
    expect(back.state.trace).toEqual(trace);
    expect(back.state.step).toBe(3);
    expect(encodeLink({ scenario: 'x', custom: { a: 1 } })).toMatch(/s=1\./);
  });

  it('a trace that is not a name and a log is refused with a notice', () => {
    const body = compressToEncodedURIComponent(JSON.stringify({ t: [1, 2] }));
    const back = decodeLink(`?scenario=x&s=2.${body}`);
    expect(back.state.trace).toBeUndefined();
    expect(back.notices[0]?.code).toBe('bad-payload');
  });
});

describe('version 3: a shared predict-mode score', () => {
  const claim = { correct: 3, asked: 4, met: 1, challenges: 1 };

  it('round-trips the score with the scenario, and writes version 3 only when there is one', () => {
    const query = encodeLink({ scenario: 'bare-metal', claim });
    expect(query).toMatch(/s=3\./);
    expect(decodeLink(`?${query}`)).toEqual({ state: { scenario: 'bare-metal', claim }, notices: [] });
    // Links without a score are written as before, so older releases still open them.
    expect(encodeLink({ scenario: 'x', overrides: [{ flow: 0, step: 1, bit: 'hcr.tge', value: true }] })).toMatch(
      /s=1\./,
    );
    expect(encodeLink({ scenario: 'x', trace: { name: 'a', log: 'b' } })).toMatch(/s=2\./);
  });

  it('keeps opening every link of the v2 corpus as it did when v2 shipped', () => {
    for (const { link, state } of v2Corpus) expect(decodeLink(link)).toEqual({ state, notices: [] });
  });

  it('refuses a score that is not four counts (more right than asked, negative, text) with a notice, keeping the rest', () => {
    for (const k of [[5, 4, 0, 0], [1, 2, 3, 1], [-1, 2, 0, 0], ['1', 2, 0, 0], [1, 2, 0], 'x', [1.5, 2, 0, 0]]) {
      const body = compressToEncodedURIComponent(JSON.stringify({ k, o: [[0, 2, 7, 1]] }));
      const back = decodeLink(`?scenario=bare-metal&s=3.${body}`);
      expect(back.state.claim, JSON.stringify(k)).toBeUndefined();
      expect(back.state.overrides).toEqual([{ flow: 0, step: 2, bit: 'hcr.tge', value: true }]);
      expect(back.notices.map((n) => n.code)).toEqual(['bad-payload']);
    }
  });

  it('a version 2 decoder ignores a score: a v3 body under s=2 opens without it', () => {
    const body = compressToEncodedURIComponent(JSON.stringify({ k: [1, 1, 0, 0] }));
    expect(decodeLink(`?scenario=bare-metal&s=2.${body}`)).toEqual({ state: { scenario: 'bare-metal' }, notices: [] });
  });
});
