// Every named Linux, Xen or QEMU function is pinned to the release it was checked against
// (issue 9 §2): a source of those kinds without `release` fails here, naming its place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from './load';
import type { Scenario, SourceRef } from './schema';

const dir = join(__dirname, '../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/** Trees whose function names change between releases. */
const PINNED = new Set<SourceRef['kind']>(['linux', 'xen', 'qemu']);
/**
 * How each tree spells a release: "v6.12" (Linux; "android15-6.6" for an Android common kernel;
 * a mainline commit id of 12+ hex digits when the code was read between releases), "4.19"
 * (Xen), "v7.2.0" (QEMU).
 */
const RELEASE: Partial<Record<SourceRef['kind'], RegExp>> = {
  linux: /^(v\d+\.\d+(\.\d+)?|android\d+-\d+\.\d+|[0-9a-f]{12,40})$/,
  xen: /^\d+\.\d+(\.\d+)?$/,
  qemu: /^v\d+\.\d+\.\d+$/,
};

type Placed = { where: string; source: SourceRef };

function sourcesOf(scenario: Scenario): Placed[] {
  const top = (scenario.sources ?? []).map((source, i): Placed => ({ where: `sources[${i}]`, source }));
  const measured = (scenario.measurements ?? []).map(
    (m, i): Placed => ({ where: `measurements[${i}].source`, source: m.source }),
  );
  const steps = scenario.flows.flatMap((flow, f) =>
    flow.steps.flatMap((step, s) =>
      (step.sources ?? []).map((source, i): Placed => ({ where: `flows[${f}].steps[${s}].sources[${i}]`, source })),
    ),
  );
  return [...top, ...measured, ...steps];
}

describe('scenario sources name a release', () => {
  for (const file of files) {
    it(`${file}: every linux/xen/qemu source carries a release in its tree's form`, () => {
      const loaded = loadScenarioText(readFileSync(join(dir, file), 'utf8'), file);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const problems = sourcesOf(loaded.scenario)
        .filter(({ source }) => PINNED.has(source.kind))
        .flatMap(({ where, source }) => {
          if (source.release === undefined) return [`${where} (${source.kind}: ${source.ref}) has no release`];
          const form = RELEASE[source.kind];
          return form && !form.test(source.release)
            ? [`${where} (${source.kind}: ${source.ref}) release "${source.release}" is not like ${form}`]
            : [];
        });
      expect(problems).toEqual([]);
    });
  }

  it('catches a Linux source without a release', () => {
    const text = readFileSync(join(dir, 'bare-metal.json'), 'utf8');
    const copy = JSON.parse(text);
    copy.flows[0].steps[0].sources = [{ kind: 'linux', ref: 'arch/arm64/kernel/entry.S: el0t_64_sync' }];
    const loaded = loadScenarioText(JSON.stringify(copy), 'copy.json');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const unpinned = sourcesOf(loaded.scenario).filter(({ source }) => PINNED.has(source.kind) && !source.release);
    expect(unpinned.map((u) => u.where)).toEqual(['flows[0].steps[0].sources[0]']);
  });
});
