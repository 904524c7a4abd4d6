// Validates scenario data with precise messages: file, JSON path, what was expected.
// First: configures zod before ./schema builds its schemas (see zod-csp.ts).
import './zod-csp';
import type { core } from 'zod';
import { type Scenario, ScenarioSchema } from './schema';

export interface ScenarioProblem {
  /** JSON path such as $.flows[0].steps[3].event.type */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; file: string; problems: ScenarioProblem[] };

const MAX_BYTES = 1_000_000;
/** The longest list any part of a scenario may have (a flow's steps). */
const MAX_ITEMS = 200;
/** A valid scenario nests about 7 levels; anything far deeper is not a scenario. */
const MAX_DEPTH = 32;

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

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** Zod's message, made precise where it only says "Invalid input" (a union of literals). */
function describe(issue: core.$ZodIssue): string {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.message;
  const allowed = issue.errors.flatMap((branch) =>
    branch.flatMap((i) => (i.code === 'invalid_value' && i.path.length === 0 ? i.values : [])),
  );
  if (allowed.length !== issue.errors.length) return issue.message;
  return `Invalid input: expected one of ${allowed.map(show).join(', ')}`;
}

/**
 * Finds lists longer and nesting deeper than any scenario has, before the schema walks them:
 * zod would check all 100,000 items of a huge list (one issue each) before its length.
 * Iterative, so a deep file cannot overflow the stack.
 */
export function shapeProblems(data: unknown): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && problems.length < 5) {
    const next = stack.pop();
    if (!next || next.value === null || typeof next.value !== 'object') continue;
    const { value, path } = next;
    if (path.length > MAX_DEPTH) {
      problems.push({ path: jsonPath(path), message: `nested too deeply: scenarios nest at most ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) {
        problems.push({
          path: jsonPath(path),
          message: `Too big: ${value.length} items; no list in a scenario has more than ${MAX_ITEMS}`,
        });
        continue;
      }
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
    } else {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return problems;
}

/** Validates already-parsed data. */
export function validateScenario(data: unknown, file = 'scenario'): LoadResult {
  const shape = shapeProblems(data);
  if (shape.length > 0) return { ok: false, file, problems: shape };
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
