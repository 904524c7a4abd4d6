// The built-in scenarios: whichever files scenarios/*.json this build has, each fetched only
// when picked. They were validated when the app was built (scripts/lessons-plugin.ts: a
// broken file fails the build), and each comes with its step 0 as the core computed it, so
// the stage is drawn at once while the rules worker starts and computes the whole run.

import { LESSONS } from 'virtual:lessons';
import { create } from 'zustand';
import type { FlowSnapshot, Override } from '../machine/types';
import type { Scenario } from '../scenario/schema';
import { send, showStepZero } from './world';

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

/** One lesson as built: the validated scenario, and each flow's step 0 as the core computed it. */
interface Lesson {
  scenario: Scenario;
  step0: FlowSnapshot[];
}

const loaders = new Map(Object.entries(LESSONS as Record<string, () => Promise<Lesson>>));

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

/** Fetch and start a built-in scenario at `step`; a chunk that fails to load becomes a shown error. */
export async function openScenario(id: string, step = 0, overrides: Override[] = []): Promise<void> {
  const current = beginOpening();
  const file = `scenarios/${id}.json`;
  useScenarios.setState({ selected: id, load: { status: 'loading', id } });
  try {
    const loader = loaders.get(id);
    if (!loader) throw new Error(`no such file in this build`);
    const { scenario, step0 } = await loader();
    if (!current()) return;
    // Step 0 as built: drawn now; the worker's run replaces it when ready.
    if (step === 0 && overrides.length === 0) showStepZero(scenario, step0);
    send({ type: 'LOAD', scenario, step, overrides });
    useScenarios.setState({ load: { status: 'ready', id } });
  } catch (err) {
    if (!current()) return;
    const message = err instanceof Error ? err.message : String(err);
    useScenarios.setState({ load: { status: 'failed', id, file, message } });
  }
}
