// The built-in scenarios: whichever files scenarios/*.json this build has, each fetched
// and validated only when picked. The validator (zod) runs in the rules worker, so it is not
// downloaded or run on the page's thread while the first view renders.
import { create } from 'zustand';
import type { Override } from '../machine/types';
import type { LoadResult, ScenarioProblem } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { rules } from '../worker/rules';
import { send } from './world';

/** product.md's order; files not listed here come after, alphabetically. */
export const SCENARIO_ORDER = [
  'bare-metal',
  'type1-xen',
  'type2-kvm-nvhe',
  'type2-kvm-vhe',
  'pkvm',
  'linux-boot',
  'register-redirection',
  'exception-routing',
  'address-spaces',
  'timers',
  'nvhe-vs-vhe',
  'virtual-interrupts',
  'trap-and-emulate',
  'stage2-and-vmids',
  'nested-virt',
  'secure-el2',
  'device-dma',
  'x86-vs-arm',
] as const;

const FILES = import.meta.glob<unknown>('../../scenarios/*.json', { import: 'default' });

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');
const loaders = new Map(Object.entries(FILES).map(([path, load]) => [idOf(path), load]));

const rank = (id: string) => {
  const i = (SCENARIO_ORDER as readonly string[]).indexOf(id);
  return i < 0 ? SCENARIO_ORDER.length : i;
};

/** Ids of the scenarios this build can offer, in teaching order. */
export const CATALOGUE: readonly string[] = [...loaders.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

export const DEFAULT_SCENARIO: string = CATALOGUE.includes('type2-kvm-vhe')
  ? 'type2-kvm-vhe'
  : CATALOGUE.includes('bare-metal')
    ? 'bare-metal'
    : (CATALOGUE[0] ?? 'bare-metal');

export type ScenarioLoad =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string }
  | { status: 'invalid'; id: string; file: string; problems: ScenarioProblem[] }
  | { status: 'failed'; id: string; file: string; message: string };

export interface ScenarioPicker {
  /** The id in the picker (also while it loads or when it failed). */
  selected: string;
  load: ScenarioLoad;
  /** The custom scenario opened in this page, if any: shared links carry its data. */
  custom: Scenario | null;
}

export const useScenarios = create<ScenarioPicker>(() => ({
  selected: DEFAULT_SCENARIO,
  load: { status: 'idle' },
  custom: null,
}));

let latest = 0;

/**
 * Starts an opening: the returned check says whether it is still the latest one (a later
 * pick, built-in or custom, supersedes it). src/custom opens custom scenarios through it.
 */
export function beginOpening(): () => boolean {
  const ticket = ++latest;
  return () => ticket === latest;
}

/** In the worker; should the worker fail even after its restart, here on the page. */
async function validateBuiltIn(data: unknown, file: string): Promise<LoadResult> {
  try {
    return await rules.validateScenario(data, file);
  } catch {
    return (await import('../scenario/load')).validateScenario(data, file);
  }
}

/** Fetch, validate and start a built-in scenario at `step`; a bad file becomes a shown error. */
export async function openScenario(id: string, step = 0, overrides: Override[] = []): Promise<void> {
  const current = beginOpening();
  const file = `scenarios/${id}.json`;
  useScenarios.setState({ selected: id, load: { status: 'loading', id } });
  try {
    const loader = loaders.get(id);
    if (!loader) throw new Error(`no such file in this build`);
    const result = await validateBuiltIn(await loader(), file);
    if (!current()) return;
    if (!result.ok) {
      useScenarios.setState({ load: { status: 'invalid', id, file, problems: result.problems } });
      return;
    }
    send({ type: 'LOAD', scenario: result.scenario, step, overrides });
    useScenarios.setState({ load: { status: 'ready', id } });
  } catch (err) {
    if (!current()) return;
    const message = err instanceof Error ? err.message : String(err);
    useScenarios.setState({ load: { status: 'failed', id, file, message } });
  }
}
