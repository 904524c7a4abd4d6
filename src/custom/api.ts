// Custom scenarios for the rest of the app: open one (file, paste or share link), list and
// get the kept ones. Validation (zod) is loaded on first use, outside the first chunk.
import { create } from 'zustand';
import type { Override } from '../machine/types';
import type { LoadResult, ScenarioProblem } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { beginOpening, CATALOGUE, useScenarios } from '../store/scenarios';
import { send } from '../store/world';
import { useCustomDoor } from './door';
import {
  browserStorage,
  hasStored,
  readStored,
  type StorageProblem,
  type StoredScenario,
  type Validate,
  writeStored,
} from './storage';

export type { LoadResult };

export interface CustomEntry {
  /** The scenario's own id (never a built-in one's). */
  id: string;
  name: string;
  savedAt: string;
  scenario: Scenario;
  data: unknown;
}

export interface CustomState {
  ready: boolean;
  entries: CustomEntry[];
  /** What storage could not do, to tell the user (dismissable). */
  problems: StorageProblem[];
}

export const useCustom = create<CustomState>(() => ({ ready: false, entries: [], problems: [] }));

// Loaded: the shell shows the picker's group and the notices from now on.
useCustomDoor.setState({ open: true });

const toEntry = (stored: StoredScenario, scenario: Scenario): CustomEntry => ({
  id: scenario.id,
  name: stored.name,
  savedAt: stored.savedAt,
  scenario,
  data: stored.data,
});

async function validator(): Promise<Validate<Scenario>> {
  const { validateScenario } = await import('../scenario/load');
  return (data) => {
    const r = validateScenario(data);
    return r.ok ? r : { ok: false, message: r.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  };
}

const nothingToValidate: Validate<Scenario> = () => ({ ok: false, message: 'nothing is kept' });

let started: Promise<void> | null = null;

/** Reads the kept scenarios once per page (setting aside damaged ones). */
export function initCustom(): Promise<void> {
  started ??= (async () => {
    const storage = browserStorage();
    // Nothing kept (the usual first visit): zod stays off the page until a scenario is opened.
    const validate = hasStored(storage) ? await validator() : nothingToValidate;
    const r = readStored(storage, validate);
    useCustom.setState((s) => ({
      ready: true,
      entries: r.entries.map((e) => toEntry(e.stored, e.scenario)),
      // "Storage is off" is said when the user tries to keep something, not at every start.
      problems: [...s.problems, ...r.problems.filter((p) => p.kind !== 'unavailable')],
    }));
  })();
  return started;
}

/** Starts a validated custom scenario like a built-in one (the shell's link then carries it). */
export function playCustom(scenario: Scenario, step = 0): void {
  useScenarios.setState({ selected: scenario.id, custom: scenario, load: { status: 'ready', id: scenario.id } });
  send({ type: 'LOAD', scenario, step });
}

function persist(entries: CustomEntry[], name: string): void {
  const stored = entries.map(({ id, name, savedAt, data }) => ({ id, name, savedAt, data }));
  const r = writeStored(browserStorage(), stored, name);
  if (!r.ok) useCustom.setState((s) => ({ problems: [...s.problems, r.problem] }));
}

/**
 * Validates scenario data (a file, pasted text already parsed, a link's `c` payload); a
 * valid one is kept on this device (if the browser lets us). It does not start it: the
 * caller does (playCustom, or the shell with the link's step and what-ifs).
 */
export async function loadCustomScenario(data: unknown, name = 'scenario.json'): Promise<LoadResult> {
  await initCustom();
  const { validateScenario } = await import('../scenario/load');
  const result = validateScenario(data, name);
  if (!result.ok) return result;
  // A built-in id would make the picker and the address ambiguous.
  if (CATALOGUE.includes(result.scenario.id)) {
    const message = `"${result.scenario.id}" is the id of a built-in scenario; give yours another id`;
    return { ok: false, file: name, problems: [{ path: '$.id', message }] };
  }
  const entry: CustomEntry = {
    id: result.scenario.id,
    name,
    savedAt: new Date().toISOString(),
    scenario: result.scenario,
    data,
  };
  const entries = [entry, ...useCustom.getState().entries.filter((e) => e.id !== entry.id)];
  useCustom.setState({ entries });
  persist(entries, name);
  return result;
}

/** Plays a kept scenario; false when there is none by that id (e.g. another browser's link). */
export async function openCustom(id: string, step = 0): Promise<boolean> {
  await initCustom();
  const entry = useCustom.getState().entries.find((e) => e.id === id);
  if (!entry) return false;
  playCustom(entry.scenario, step);
  return true;
}

export function removeCustom(id: string): void {
  const entries = useCustom.getState().entries.filter((e) => e.id !== id);
  useCustom.setState({ entries });
  persist(entries, '');
}

export function dismissCustomProblems(): void {
  useCustom.setState({ problems: [] });
}

/**
 * Validate and start a custom scenario (e.g. carried by a link). Resolves to the problems
 * when the data is not a valid scenario, so the caller can say so; nothing is loaded then.
 */
export async function openCustomScenario(
  data: unknown,
  step = 0,
  overrides: Override[] = [],
): Promise<ScenarioProblem[] | null> {
  const current = beginOpening();
  const result = await loadCustomScenario(data, 'link');
  if (!current()) return null;
  if (!result.ok) return result.problems;
  const { id } = result.scenario;
  useScenarios.setState({ selected: id, custom: result.scenario, load: { status: 'ready', id } });
  send({ type: 'LOAD', scenario: result.scenario, step, overrides });
  return null;
}
