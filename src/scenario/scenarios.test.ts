import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { replay } from '../machine/replay';
import { loadScenarioText } from './load';

const dir = join(__dirname, '../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('every scenario file', () => {
  it('exists for each scenario of product.md', () => {
    const ids = files.map((f) => f.replace(/\.json$/, ''));
    expect(ids).toEqual(expect.arrayContaining(['bare-metal']));
  });

  for (const file of files) {
    describe(file, () => {
      const loaded = loadScenarioText(readFileSync(join(dir, file), 'utf8'), file);

      it('validates against the schema', () => {
        expect(loaded.ok ? [] : loaded.problems).toEqual([]);
      });

      it('has an id matching its file name', () => {
        if (loaded.ok) expect(loaded.scenario.id).toBe(file.replace(/\.json$/, ''));
      });

      it('plays to its end with every expect met and no step blocked', async () => {
        if (!loaded.ok) return;
        const run = await replay(loaded.scenario, [], core);
        run.forEach((snaps, f) => {
          const failures = snaps.flatMap((s) =>
            s.last
              ? [
                  ...s.last.expectFailures.map((x) => `flow ${f} step ${s.last?.index}: ${x}`),
                  ...(s.last.outcome === 'blocked'
                    ? [`flow ${f} step ${s.last.index} blocked: ${JSON.stringify(s.last.blocked)}`]
                    : []),
                ]
              : [],
          );
          expect(failures).toEqual([]);
        });
      });
    });
  }
});

describe('broken scenario files get precise messages', () => {
  const good = JSON.parse(readFileSync(join(dir, 'bare-metal.json'), 'utf8'));
  const broken = (mutate: (s: typeof good) => void) => {
    const copy = structuredClone(good);
    mutate(copy);
    const r = loadScenarioText(JSON.stringify(copy), 'broken.json');
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('names the JSON path and what was expected', () => {
    expect(broken((s) => (s.flows[0].steps[1].event.reg = 'SCTRL_EL1'))).toEqual([
      '$.flows[0].steps[1].event.reg: unknown system register "SCTRL_EL1"',
    ]);
    expect(broken((s) => (s.flows[0].steps[0].actor = 'nobody'))[0]).toMatch(
      /^\$\.flows\[0\]\.steps\[0\]\.actor: unknown actor "nobody"/,
    );
    expect(broken((s) => (s.flows[0].actors[0].el = 7))[0]).toMatch(/^\$\.flows\[0\]\.actors\[0\]\.el: /);
    expect(broken((s) => delete s.title.zh)[0]).toMatch(/^\$\.title\.zh: /);
    expect(broken((s) => (s.flows[0].steps[0].event.type = 'JUMP'))[0]).toMatch(
      /^\$\.flows\[0\]\.steps\[0\]\.event\.type: /,
    );
  });

  it('rejects text that is not JSON, and oversized files, without throwing', () => {
    const r = loadScenarioText('{"format": 1,', 'cut.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/not valid JSON/);
    const huge = loadScenarioText(' '.repeat(10_000_001), 'huge.json');
    expect(huge.ok).toBe(false);
  });
});
