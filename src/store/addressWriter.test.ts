import { describe, expect, it } from 'vitest';
import { createAddressWriter } from './addressWriter';

/** A history with Safari's budget: the 101st write within 10 s throws a SecurityError. */
function harness(limit = 100) {
  let now = 0;
  const timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const writes: { at: number; kind: 'push' | 'replace'; url: string }[] = [];
  let refused = 0;
  const guard = (kind: 'push' | 'replace', url: string) => {
    const recent = writes.filter((w) => w.at > now - 10_000).length;
    if (recent >= limit) {
      refused++;
      throw new DOMException(
        'Attempt to use history.replaceState() more than 100 times per 10 seconds',
        'SecurityError',
      );
    }
    writes.push({ at: now, kind, url });
  };
  const writer = createAddressWriter({
    history: {
      pushState: (_d, _u, url) => guard('push', url),
      replaceState: (_d, _u, url) => guard('replace', url),
      state: null,
    },
    now: () => now,
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimer: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const t = timers[0];
      if (!t || t.at > end) break;
      timers.shift();
      now = t.at;
      t.run();
    }
    now = end;
  };
  return { writer, writes, advance, refusals: () => refused };
}

describe('the address writer', () => {
  it('writes the first replacement at once and the last of a burst after the interval', () => {
    const h = harness();
    h.writer.replace('?step=1');
    expect(h.writes.map((w) => w.url)).toEqual(['?step=1']);
    for (let s = 2; s <= 9; s++) h.writer.replace(`?step=${s}`);
    expect(h.writes).toHaveLength(1);
    expect(h.writer.pending()).toBe('?step=9');
    h.advance(400);
    expect(h.writes.map((w) => w.url)).toEqual(['?step=1', '?step=9']);
    expect(h.writer.pending()).toBeNull();
  });

  it('a sweep of one step every 20 ms for 30 s stays far under the limit and ends on the last step', () => {
    const h = harness();
    for (let s = 0; s < 1500; s++) {
      h.writer.replace(`?step=${s}`);
      h.advance(20);
    }
    h.advance(1000);
    expect(h.refusals()).toBe(0);
    expect(h.writes.length).toBeLessThan(100);
    expect(h.writes.at(-1)?.url).toBe('?step=1499');
  });

  it('a refused write does not throw and is retried until it lands', () => {
    const h = harness(3);
    h.writer.push('?scenario=a');
    h.writer.push('?scenario=b');
    h.writer.push('?scenario=c');
    expect(() => h.writer.push('?scenario=d')).not.toThrow();
    expect(h.refusals()).toBe(1);
    expect(() => h.writer.replace('?scenario=d&step=1')).not.toThrow();
    h.advance(12_000);
    expect(h.writes.at(-1)?.url).toBe('?scenario=d&step=1');
  });

  it('flush writes a waiting replacement now', () => {
    const h = harness();
    h.writer.replace('?step=1');
    h.writer.replace('?step=2');
    h.writer.flush();
    expect(h.writes.map((w) => w.url)).toEqual(['?step=1', '?step=2']);
  });

  it('any other error is not swallowed', () => {
    const writer = createAddressWriter({
      history: {
        pushState: () => {},
        replaceState: () => {
          throw new TypeError('broken');
        },
        state: null,
      },
      now: () => 0,
      setTimer: () => 0,
      clearTimer: () => {},
    });
    expect(() => writer.replace('?x')).toThrow('broken');
  });
});
