import { describe, expect, it } from 'vitest';
import { decodeLink } from '../link/decode';
import { embedSnippet, embedUrl } from './snippet';

describe('the embed snippet', () => {
  it('adds embed=1 and the panels to the current link', () => {
    const src = embedUrl('https://lab.example/', '?scenario=bare-metal&step=2&embed=1&panels=bits', ['el', 'redirect']);
    expect(src).toBe('https://lab.example/?scenario=bare-metal&step=2&embed=1&panels=el,redirect');
    expect(decodeLink(src.slice(src.indexOf('?'))).state).toEqual({
      scenario: 'bare-metal',
      step: 2,
      embed: true,
      panels: ['el', 'redirect'],
    });
  });

  it('escapes attribute values', () => {
    const s = embedSnippet('https://x/?a=1&b="2"', 960, 540, 'VHE Lab: <"x">');
    expect(s).toBe(
      '<iframe src="https://x/?a=1&b=%222%22" width="960" height="540" title="VHE Lab: &lt;&quot;x&quot;&gt;" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });
});
