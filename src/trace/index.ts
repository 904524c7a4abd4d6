// The public API of the trace reader (pure TypeScript, no DOM): the worker runs it.
export { decodeEsr, decodeEsrHex } from './esr';
export type { Band, StepExplanation, TraceExplanation } from './explain';
export { explainTrace } from './explain';
export type { TraceInput, TraceOpened, TraceProgress } from './open';
export { MAX_MAP_BYTES, MAX_TRACE_BYTES, openTrace } from './open';
export { parseTrace, TraceParser } from './parse';
export { MAX_SCENARIO_STEPS, traceToScenario } from './scenario';
export { parseSymbolMap, symbolize } from './symbols';
export type { ParsedTrace, TraceEvent, TraceProblem } from './types';
