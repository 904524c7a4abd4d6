import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/load';
import { MAX_TRACE_BYTES, openTrace, type TraceProgress } from './open';

const dir = join(__dirname, '../../examples/mini-hyp/sample');
const LOG = readFileSync(join(dir, 'mini-hyp.log'), 'utf8');
const MAP = readFileSync(join(dir, 'mini-hyp.map'), 'utf8');

describe('openTrace (what the worker runs)', () => {
  it('streams a Blob through the parser, reports progress, and makes a valid scenario', async () => {
    const progress: TraceProgress[] = [];
    const r = await openTrace({ log: new Blob([LOG]), map: new Blob([MAP]), name: 'mini-hyp.log' }, (p) =>
      progress.push(p),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.events).toBe(39);
    expect(r.covered).toBe(39);
    expect(r.mapSkipped).toBe(0);
    expect(progress.some((p) => p.phase === 'reading' && p.bytes === LOG.length)).toBe(true);
    expect(progress.at(-1)?.phase).toBe('explaining');
    expect(validateScenario(r.scenario).ok).toBe(true);
  });

  it('refuses a log over the limit before reading it, and says how big it is', async () => {
    const r = await openTrace({ log: new Blob([new Uint8Array(MAX_TRACE_BYTES + 1)]), name: 'huge.log' });
    expect(r).toMatchObject({ ok: false, reason: 'too-big', bytes: MAX_TRACE_BYTES + 1, limit: MAX_TRACE_BYTES });
  });

  it('says when a file is empty or not a QEMU log at all (naming its first line)', async () => {
    expect(await openTrace({ log: '', name: 'empty.log' })).toMatchObject({ ok: false, reason: 'empty' });
    const r = await openTrace({ log: new Blob(['{"format": 1}\n']), name: 'scenario.json' });
    expect(r).toMatchObject({ ok: false, reason: 'not-a-trace' });
    expect(r.problems[0]).toEqual({ line: 1, code: 'not-a-trace', text: '{"format": 1}' });
  });

  it('decodes invalid UTF-8 as a binary line, named, without failing', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(LOG.split('\n').slice(0, 7).join('\n')),
      10,
      0xff,
      0xfe,
      10,
    ]);
    const r = await openTrace({ log: new Blob([bytes]), name: 'junk.log' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.problems).toEqual([{ line: 8, code: 'binary', text: '\ufffd\ufffd' }]);
  });
});
