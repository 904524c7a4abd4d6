import { describe, expect, it } from 'vitest';
import { parseUrl, urlFor } from './url';

const have = ['bare-metal', 'type2-kvm-vhe'];

describe('the page address', () => {
  it('opens the scenario, step, language and theme it names', () => {
    expect(parseUrl('?scenario=bare-metal&step=3&lang=zh&theme=dark', have, 'type2-kvm-vhe')).toEqual({
      scenario: 'bare-metal',
      step: 3,
      lang: 'zh',
      theme: 'dark',
      notices: [],
    });
  });

  it('falls back to the default scenario with a notice when the id is unknown', () => {
    const r = parseUrl('?scenario=nope', have, 'type2-kvm-vhe');
    expect(r.scenario).toBe('type2-kvm-vhe');
    expect(r.notices).toEqual([{ kind: 'unknown-scenario', id: 'nope', fallback: 'type2-kvm-vhe' }]);
  });

  it('ignores a malformed step, language or theme', () => {
    const r = parseUrl('?step=-2&lang=fr&theme=pink', have, 'bare-metal');
    expect(r).toEqual({ scenario: 'bare-metal', step: 0, notices: [{ kind: 'bad-step', raw: '-2' }] });
  });

  it('writes every field and keeps parameters it does not own', () => {
    const url = urlFor('?embed=1&step=9', { scenario: 'bare-metal', step: 2, lang: 'en', theme: 'light' });
    const q = new URLSearchParams(url);
    expect(q.get('embed')).toBe('1');
    expect(q.get('step')).toBe('2');
    expect(q.get('scenario')).toBe('bare-metal');
  });
});
