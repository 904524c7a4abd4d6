// A built-in lesson as the build prepares it (scripts/lessons-plugin.ts): the scenario file
// validated, and each flow's step 0 as the core computes it (the run's first snapshot).
import * as core from '../core';
import { formatProblems, loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { initialSnapshot } from './replay';
import type { FlowSnapshot } from './types';

export type BuiltLesson = { ok: true; scenario: Scenario; step0: FlowSnapshot[] } | { ok: false; message: string };

export async function buildLesson(text: string, file: string): Promise<BuiltLesson> {
  const result = loadScenarioText(text, file);
  if (!result.ok) return { ok: false, message: formatProblems(result) };
  const step0 = await Promise.all(result.scenario.flows.map((flow) => initialSnapshot(flow, core)));
  return { ok: true, scenario: result.scenario, step0 };
}
