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
