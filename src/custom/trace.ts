// Opening a QEMU trace from the page: the worker reads and explains it (src/trace), the
// scenario it makes is kept and played like any custom scenario. Nothing changes on the page
// unless the trace opened: a bad log leaves what was playing as it was.

import SAMPLE_LOG from '../../examples/mini-hyp/sample/mini-hyp.log?raw';
import SAMPLE_MAP from '../../examples/mini-hyp/sample/mini-hyp.map?raw';
import { rules } from '../app/rules';
import type { TraceInput, TraceOpened, TraceProgress } from '../trace/open';
import { loadCustomScenario, playCustom } from './api';
import { TRACE_SAMPLE_ID } from './traceSample';

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
  playCustom(loaded.scenario);
  return r;
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
