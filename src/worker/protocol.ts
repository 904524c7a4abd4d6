// The contract between the page and the rules worker. Types only at run time on the page
// side: the page imports nothing from src/core but types.
import type {
  defaultState,
  effectiveHcr,
  el2Enabled,
  exceptionReturn,
  gicCpuInterface,
  interruptTarget,
  linuxBootMode,
  physicalTimerAccess,
  smmuTranslate,
  syncExceptionTarget,
  sysregAccess,
  translationRegime,
  virtualCounterOffset,
  virtualInterruptTarget,
  vmxEvent,
} from '../core';
import type { Override, Run } from '../machine/types';
import type { WorldEvent } from '../machine/world';
import type { LoadResult } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import type { TraceInput, TraceOpened, TraceProgress } from '../trace/open';
import type { stepAnswers } from './answers';
import type { SweepResult } from './sweep';
import type { WorldMessage } from './world';

/** The core's public functions as the worker serves them, by name. */
export interface Rules {
  defaultState: typeof defaultState;
  effectiveHcr: typeof effectiveHcr;
  /** EL2Enabled(): the one answer every panel uses (RoutingPanel used to re-derive it). */
  el2Enabled: typeof el2Enabled;
  exceptionReturn: typeof exceptionReturn;
  interruptTarget: typeof interruptTarget;
  syncExceptionTarget: typeof syncExceptionTarget;
  sysregAccess: typeof sysregAccess;
  translationRegime: typeof translationRegime;
  linuxBootMode: typeof linuxBootMode;
  vmxEvent: typeof vmxEvent;
  smmuTranslate: typeof smmuTranslate;
  virtualInterruptTarget: typeof virtualInterruptTarget;
  gicCpuInterface: typeof gicCpuInterface;
  physicalTimerAccess: typeof physicalTimerAccess;
  virtualCounterOffset: typeof virtualCounterOffset;
  /** Every state panel's answers for one state at once (src/worker/answers.ts): the sandbox's one round trip. */
  stepAnswers: typeof stepAnswers;
  sweep: () => SweepResult;
}
export type RuleName = keyof Rules;

/**
 * A rule call's answer. A rule that throws (say, an unknown register name) is an answer
 * about the input, not a broken worker, so it travels as `ok: false` and the client does
 * not restart the worker for it.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** How the `crash` test hook breaks the worker: each is a failure the client must survive. */
export type CrashMode = 'throw' | 'uncaught' | 'close';

/** What the worker exposes through comlink (calls return promises on the page side). */
export interface WorkerApi {
  ping(): 'pong';
  /**
   * Starts (or restarts) the world machine here; every snapshot and "held" goes to
   * `onMessage`, a comlink proxy on the page.
   */
  worldStart(onMessage: (m: WorldMessage) => void): void;
  /** An event for the world machine (next, play, a what-if...). */
  worldSend(event: WorldEvent): void;
  call<K extends RuleName>(name: K, args: Parameters<Rules[K]>): Outcome<ReturnType<Rules[K]>>;
  /**
   * Validates scenario data (src/scenario/load.ts) here, so zod is neither downloaded nor run
   * on the page's thread while the first view renders.
   */
  validateScenario(data: unknown, file: string): Promise<LoadResult>;
  /**
   * Replays a scenario here (src/machine/replay.ts asking the core directly): one round trip
   * for a whole run instead of one per rule call.
   */
  replayRun(scenario: Scenario, overrides: Override[], previous?: { overrides: Override[]; run: Run }): Promise<Run>;
  /**
   * Reads a QEMU `-d int` log (streamed, with progress), explains it with the rules and
   * converts it to scenario data (src/trace). `onProgress` is a comlink proxy.
   */
  openTrace(input: TraceInput, onProgress?: (p: TraceProgress) => void): Promise<TraceOpened>;
  /** Test hook: breaks this worker on purpose (e2e and bench check recovery). */
  crash(mode: CrashMode): void;
}
