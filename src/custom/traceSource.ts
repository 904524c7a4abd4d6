// The traces this page opened, by the id of the scenario each became: the address carries
// the trace (a few KB compressed) instead of the scenario made from it (tens of KB, more
// than servers accept in an address). Only traces whose link stays short are kept here.
import type { LinkTrace } from '../link/format';

const sources = new Map<string, LinkTrace>();

export function rememberTraceSource(scenarioId: string, trace: LinkTrace): void {
  sources.set(scenarioId, trace);
}

export function traceSourceOf(scenarioId: string): LinkTrace | undefined {
  return sources.get(scenarioId);
}
