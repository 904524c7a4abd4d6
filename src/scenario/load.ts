// Validates scenario data with precise messages: file, JSON path, what was expected.
import type { core } from 'zod';
import { type Scenario, ScenarioSchema } from './schema';

export interface ScenarioProblem {
  /** JSON path such as $.flows[0].steps[3].event.type */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; file: string; problems: ScenarioProblem[] };

const MAX_BYTES = 1_000_000;

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number'
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

function describe(issue: core.$ZodIssue): string {
  return issue.message;
}

/** Validates already-parsed data. */
export function validateScenario(data: unknown, file = 'scenario'): LoadResult {
  const parsed = ScenarioSchema.safeParse(data);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    file,
    problems: parsed.error.issues
      .slice(0, 50)
      .map((issue) => ({ path: jsonPath(issue.path), message: describe(issue) })),
  };
}

/** Parses and validates JSON text (a custom upload, a pasted file). */
export function loadScenarioText(text: string, file = 'scenario.json'): LoadResult {
  if (text.length > MAX_BYTES) {
    return {
      ok: false,
      file,
      problems: [{ path: '$', message: `the file is ${text.length} bytes; scenarios are at most ${MAX_BYTES} bytes` }],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, file, problems: [{ path: '$', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return validateScenario(data, file);
}

export function formatProblems(result: Extract<LoadResult, { ok: false }>): string {
  return result.problems.map((p) => `${result.file}: ${p.path}: ${p.message}`).join('\n');
}
