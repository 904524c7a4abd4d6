// Opening a trace, as the worker does it: stream the log through the parser (never holding
// the whole file), explain it, convert it to a scenario. Browser and Node (Blob, TextDecoder).
import { explainTrace, type StepStatus } from './explain';
import { TraceParser } from './parse';
import { type Converted, traceToScenario } from './scenario';
import { parseSymbolMap, type SymbolMap } from './symbols';
import type { TraceProblem } from './types';

/**
 * Bigger logs are refused: the parser streams, but every exception it keeps costs memory
 * (a 64 MB log holds about 300,000 of them) and the scenario shows 200 steps anyway.
 */
export const MAX_TRACE_BYTES = 64 * 1024 * 1024;
/** A symbol map is read whole: `nm` of even a large kernel is a few MB. */
export const MAX_MAP_BYTES = 16 * 1024 * 1024;

export interface TraceInput {
  log: Blob | string;
  /** File name, or e.g. "pasted text". */
  name: string;
  map?: Blob | string;
  /** Scenario id to use (the built-in sample has a fixed one). */
  id?: string;
}

export interface TraceProgress {
  phase: 'reading' | 'explaining';
  bytes: number;
  total: number;
  lines: number;
}

export type TraceOpened =
  | {
      ok: true;
      name: string;
      lines: number;
      events: number;
      counts: Record<StepStatus, number>;
      problems: TraceProblem[];
      moreProblems: number;
      unknown: number;
      /** Lines of the map that were not nm lines (undefined: no map). */
      mapSkipped?: number;
      scenario: Converted['scenario'];
      covered: number;
      stopped?: Converted['stopped'];
      ms: number;
    }
  | {
      ok: false;
      reason: 'too-big' | 'map-too-big' | 'empty' | 'not-a-trace' | 'nothing-playable' | 'unreadable';
      name: string;
      bytes?: number;
      limit?: number;
      problems: TraceProblem[];
      message?: string;
    };

const size = (x: Blob | string) => (typeof x === 'string' ? x.length : x.size);

async function readText(x: Blob | string): Promise<string> {
  return typeof x === 'string' ? x : await x.text();
}

/** Streams a Blob (or a string, in slices) through the parser, reporting progress. */
async function feed(parser: TraceParser, log: Blob | string, progress: (bytes: number) => void): Promise<void> {
  if (typeof log === 'string') {
    const slice = 1 << 20;
    for (let i = 0; i < log.length; i += slice) {
      parser.push(log.slice(i, i + slice));
      progress(Math.min(log.length, i + slice));
    }
    return;
  }
  const reader = log.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parser.push(decoder.decode(value, { stream: true }));
    progress(bytes);
  }
  parser.push(decoder.decode());
}

export async function openTrace(input: TraceInput, onProgress?: (p: TraceProgress) => void): Promise<TraceOpened> {
  const t0 = performance.now();
  const total = size(input.log);
  const fail = (
    reason: Extract<TraceOpened, { ok: false }>['reason'],
    more: Partial<Extract<TraceOpened, { ok: false }>> = {},
  ) => ({ ok: false, reason, name: input.name, problems: [], ...more }) as TraceOpened;
  if (total === 0) return fail('empty');
  if (total > MAX_TRACE_BYTES) return fail('too-big', { bytes: total, limit: MAX_TRACE_BYTES });
  if (input.map && size(input.map) > MAX_MAP_BYTES) {
    return fail('map-too-big', { bytes: size(input.map), limit: MAX_MAP_BYTES });
  }

  const parser = new TraceParser();
  let last = 0;
  try {
    await feed(parser, input.log, (bytes) => {
      const now = performance.now();
      if (onProgress && (now - last > 50 || bytes === total)) {
        last = now;
        onProgress({ phase: 'reading', bytes, total, lines: parser.linesRead });
      }
    });
  } catch (e) {
    return fail('unreadable', { message: e instanceof Error ? e.message : String(e) });
  }
  const trace = parser.finish();
  if (trace.events.length === 0) return fail('not-a-trace', { problems: trace.problems.slice(0, 20) });

  onProgress?.({ phase: 'explaining', bytes: total, total, lines: trace.lines });
  let map: SymbolMap | undefined;
  if (input.map) map = parseSymbolMap(await readText(input.map));
  const x = explainTrace(trace.events);
  const converted = traceToScenario(trace, x, {
    name: input.name,
    ...(map ? { map } : {}),
    ...(input.id ? { id: input.id } : {}),
  });
  if (converted.events === 0) {
    return fail('nothing-playable', { problems: trace.problems.slice(0, 20) });
  }
  const out: TraceOpened = {
    ok: true,
    name: input.name,
    lines: trace.lines,
    events: trace.events.length,
    counts: x.counts,
    problems: trace.problems.slice(0, 20),
    moreProblems: trace.moreProblems + Math.max(0, trace.problems.length - 20),
    unknown: trace.unknown.count,
    scenario: converted.scenario,
    covered: converted.events,
    ms: Math.round(performance.now() - t0),
  };
  if (map) out.mapSkipped = map.skipped;
  if (converted.stopped) out.stopped = converted.stopped;
  return out;
}
