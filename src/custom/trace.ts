// Opening a QEMU trace from the page: the worker reads and explains it (src/trace), the
// scenario it makes is kept and played like any custom scenario. Nothing changes on the page
// unless the trace opened: a bad log leaves what was playing as it was.

import { compressToEncodedURIComponent } from 'lz-string';
import SAMPLE_LOG from '../../examples/mini-hyp/sample/mini-hyp.log?raw';
import SAMPLE_MAP from '../../examples/mini-hyp/sample/mini-hyp.map?raw';
import { rules } from '../app/rules';
import type { LinkTrace } from '../link/format';
import type { Override } from '../machine/types';
import type { ScenarioProblem } from '../scenario/load';
import { openCustomScenario } from '../store/scenarios';
import type { TraceInput, TraceOpened, TraceProgress } from '../trace/open';
import { loadCustomScenario, playCustom } from './api';
import { TRACE_SAMPLE_ID } from './traceSample';
import { rememberTraceSource } from './traceSource';

/** A trace goes in the address only if it compresses to this (the whole address stays < 8 KB). */
const MAX_LINK_TRACE = 6000;

/** Keeps the trace for links when it is small; the address then carries it instead of the scenario. */
async function remember(scenarioId: string, input: TraceInput): Promise<void> {
  const size = (x: Blob | string | undefined) => (x === undefined ? 0 : typeof x === 'string' ? x.length : x.size);
  // Text that big never compresses below the limit: do not even read it.
  if (size(input.log) + size(input.map) > 100 * MAX_LINK_TRACE) return;
  const text = async (x: Blob | string) => (typeof x === 'string' ? x : await x.text());
  const log = await text(input.log);
  const map = input.map === undefined ? undefined : await text(input.map);
  const trace: LinkTrace = { name: input.name, log, ...(map !== undefined ? { map } : {}) };
  if (compressToEncodedURIComponent(JSON.stringify([trace.name, log, map ?? ''])).length <= MAX_LINK_TRACE) {
    rememberTraceSource(scenarioId, trace);
  }
}

export type { TraceOpened, TraceProgress };

export type TraceResult =
  | TraceOpened
  | { ok: false; reason: 'invalid-scenario'; name: string; problems: []; message: string };

export async function openTraceInput(input: TraceInput, onProgress?: (p: TraceProgress) => void): Promise<TraceResult> {
  let r: TraceOpened;
  try {
    r = await rules.openTrace(input, onProgress);
  } catch (e) {
    return {
      ok: false,
      reason: 'unreadable',
      name: input.name,
      problems: [],
      message: e instanceof Error ? e.message : String(e),
    };
  }
  if (!r.ok) return r;
  const loaded = await loadCustomScenario(r.scenario, input.name);
  if (!loaded.ok) {
    const message = loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    return { ok: false, reason: 'invalid-scenario', name: input.name, problems: [], message };
  }
  await remember(loaded.scenario.id, input);
  playCustom(loaded.scenario);
  return r;
}

/**
 * Opens a trace a link carried, at its step and what-ifs; resolves to the problems when it
 * does not open (the caller then says so), null when it does.
 */
export async function openTraceLink(
  trace: LinkTrace,
  id: string | undefined,
  step: number,
  overrides: Override[],
): Promise<ScenarioProblem[] | null> {
  const input: TraceInput = {
    log: trace.log,
    name: trace.name,
    ...(trace.map !== undefined ? { map: trace.map } : {}),
    ...(id ? { id } : {}),
  };
  let r: TraceOpened;
  try {
    r = await rules.openTrace(input);
  } catch (e) {
    return [{ path: '$', message: e instanceof Error ? e.message : String(e) }];
  }
  if (!r.ok) return [{ path: '$', message: `the trace in the link did not open (${r.reason})` }];
  await remember(String(r.scenario.id), input);
  return openCustomScenario(r.scenario, step, overrides);
}

export function openSample(onProgress?: (p: TraceProgress) => void): Promise<TraceResult> {
  return openTraceInput({ log: SAMPLE_LOG, map: SAMPLE_MAP, name: 'mini-hyp.log', id: TRACE_SAMPLE_ID }, onProgress);
}

/** Saves the scenario a trace became, to edit it as a file. */
export function downloadScenario(data: unknown, name: string): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'trace'}.scenario.json`;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
