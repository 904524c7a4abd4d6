// The page's typed handle on the rules worker. It notices a worker that throws, dies or
// hangs, replaces it, tells subscribers (the UI says so), and retries the call once.
import { proxy, type Remote, releaseProxy, wrap } from 'comlink';
import type { Override, Run } from '../machine/types';
import type { WorldEvent } from '../machine/world';
import type { LoadResult } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import type { TraceInput, TraceOpened, TraceProgress } from '../trace/open';
import type { CrashMode, RuleName, Rules, WorkerApi } from './protocol';
import type { WorldMessage } from './world';

/** One live worker, as the client sees it. Abstract so tests can use a fake. */
export interface WorkerHandle {
  api: {
    ping(): Promise<'pong'>;
    call<K extends RuleName>(
      name: K,
      args: Parameters<Rules[K]>,
    ): Promise<{ ok: true; value: ReturnType<Rules[K]> } | { ok: false; error: string }>;
    validateScenario(data: unknown, file: string): Promise<LoadResult>;
    replayRun(scenario: Scenario, overrides: Override[], previous?: { overrides: Override[]; run: Run }): Promise<Run>;
    openTrace?(input: TraceInput, onProgress?: (p: TraceProgress) => void): Promise<TraceOpened>;
    crash(mode: CrashMode): Promise<void>;
    worldStart?(onMessage: (m: WorldMessage) => void): Promise<void>;
    worldSend?(event: WorldEvent): Promise<void>;
  };
  /** Called at most once per failure the worker reports itself (error/messageerror events). */
  onFailure(listener: (reason: string) => void): void;
  terminate(): void;
}
export type Spawn = () => WorkerHandle;

export interface RestartEvent {
  /** How many times the worker has been replaced since the client started. */
  restarts: number;
  reason: string;
}

/** A rule rejected its input (e.g. an unknown register name); the worker is fine. */
export class RuleError extends Error {
  override name = 'RuleError';
}

/** The worker failed twice in a row for one call, even after a restart. */
export class WorkerFailedError extends Error {
  override name = 'WorkerFailedError';
}

export interface ClientOptions {
  /** Longest wait for an ordinary call before the worker counts as hung. */
  timeoutMs?: number;
  /** Longer limit for the full sweep (bench). */
  sweepTimeoutMs?: number;
}

type Async<F> = F extends (...a: infer A) => infer R ? (...a: A) => Promise<R> : never;
export type RulesClientApi = { [K in Exclude<RuleName, 'sweep'>]: Async<Rules[K]> };

export class RulesClient implements RulesClientApi {
  private handle: WorkerHandle;
  private generation = 0;
  private restarts = 0;
  /** Calls in flight, by the worker generation they went to; woken when that worker fails. */
  private readonly waiters = new Set<{ generation: number; fail: (reason: string) => void }>();
  private readonly listeners = new Set<(e: RestartEvent) => void>();
  private readonly timeoutMs: number;
  private readonly sweepTimeoutMs: number;
  private disposed = false;
  /** The page's world: who hears it, and the events that bring a new worker's world to where it was. */
  private world: { listener: (m: WorldMessage) => void; resume: () => WorldEvent[] } | null = null;

  constructor(
    private readonly spawn: Spawn,
    options: ClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.sweepTimeoutMs = options.sweepTimeoutMs ?? 60_000;
    this.handle = this.start();
  }

  /** Hear about restarts. Returns the unsubscribe function. */
  subscribe(listener: (e: RestartEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get restartCount(): number {
    return this.restarts;
  }

  ping(): Promise<'pong'> {
    return this.withRecovery((h) => h.api.ping(), this.timeoutMs);
  }

  defaultState = (...a: Parameters<Rules['defaultState']>) => this.rule('defaultState', a);
  effectiveHcr = (...a: Parameters<Rules['effectiveHcr']>) => this.rule('effectiveHcr', a);
  el2Enabled = (...a: Parameters<Rules['el2Enabled']>) => this.rule('el2Enabled', a);
  exceptionReturn = (...a: Parameters<Rules['exceptionReturn']>) => this.rule('exceptionReturn', a);
  interruptTarget = (...a: Parameters<Rules['interruptTarget']>) => this.rule('interruptTarget', a);
  syncExceptionTarget = (...a: Parameters<Rules['syncExceptionTarget']>) => this.rule('syncExceptionTarget', a);
  sysregAccess = (...a: Parameters<Rules['sysregAccess']>) => this.rule('sysregAccess', a);
  translationRegime = (...a: Parameters<Rules['translationRegime']>) => this.rule('translationRegime', a);
  virtualInterruptTarget = (...a: Parameters<Rules['virtualInterruptTarget']>) =>
    this.rule('virtualInterruptTarget', a);
  gicCpuInterface = (...a: Parameters<Rules['gicCpuInterface']>) => this.rule('gicCpuInterface', a);
  physicalTimerAccess = (...a: Parameters<Rules['physicalTimerAccess']>) => this.rule('physicalTimerAccess', a);
  virtualCounterOffset = (...a: Parameters<Rules['virtualCounterOffset']>) => this.rule('virtualCounterOffset', a);
  linuxBootMode = (...a: Parameters<Rules['linuxBootMode']>) => this.rule('linuxBootMode', a);
  vmxEvent = (...a: Parameters<Rules['vmxEvent']>) => this.rule('vmxEvent', a);
  smmuTranslate = (...a: Parameters<Rules['smmuTranslate']>) => this.rule('smmuTranslate', a);
  stepAnswers = (...a: Parameters<Rules['stepAnswers']>) => this.rule('stepAnswers', a);

  /**
   * Runs the world machine in the worker and sends its snapshots to `listener`. When the
   * worker is replaced, the new one's world is started again and brought back by `resume`
   * (the page's last view as events: the scenario, its what-ifs, the step...).
   */
  connectWorld(listener: (m: WorldMessage) => void, resume: () => WorldEvent[]): void {
    this.world = { listener, resume };
    this.startWorld(this.handle, []);
  }

  /** An event for the world machine; a worker that fails meanwhile is replaced, resumed, and sent it again. */
  worldSend(event: WorldEvent): Promise<void> {
    return this.withRecovery(async (h) => {
      if (!h.api.worldSend) throw new Error('this worker has no world machine');
      await h.api.worldSend(event);
    }, this.timeoutMs);
  }

  /** Validate scenario data in the worker (off the page's thread); same answer as validateScenario. */
  validateScenario(data: unknown, file: string): Promise<LoadResult> {
    return this.withRecovery((h) => h.api.validateScenario(data, file), this.timeoutMs);
  }

  /** A whole replay in the worker: the machine's computeRun uses it when present. */
  replayRun(scenario: Scenario, overrides: Override[], previous?: { overrides: Override[]; run: Run }): Promise<Run> {
    return this.withRecovery((h) => h.api.replayRun(scenario, overrides, previous), this.timeoutMs);
  }

  /**
   * Opens a QEMU trace in the worker (src/trace/open.ts), reporting progress. A big log may
   * take seconds, so it gets the long limit of the sweep.
   */
  openTrace(input: TraceInput, onProgress?: (p: TraceProgress) => void): Promise<TraceOpened> {
    const report = onProgress ? proxy(onProgress) : undefined;
    return this.withRecovery((h) => {
      if (!h.api.openTrace) throw new Error('this worker cannot open traces');
      return h.api.openTrace(input, report);
    }, this.sweepTimeoutMs);
  }

  /** The full sweep, run inside the worker (bench). */
  sweep(): Promise<ReturnType<Rules['sweep']>> {
    return this.rule('sweep', [], this.sweepTimeoutMs);
  }

  /**
   * Test hook: break the current worker on purpose, then recover as from a real failure.
   * A short health probe follows, so a worker that closed itself is found at once rather
   * than at the next call's timeout.
   */
  async crash(mode: CrashMode): Promise<void> {
    const crashed = await this.attempt((h) => h.api.crash(mode), this.timeoutMs);
    if (!crashed.ok) return this.restart(crashed.generation, crashed.reason);
    const probe = await this.attempt((h) => h.api.ping(), Math.min(1000, this.timeoutMs));
    if (!probe.ok) this.restart(probe.generation, probe.reason);
  }

  dispose(): void {
    this.disposed = true;
    this.handle.terminate();
    this.listeners.clear();
  }

  private async rule<K extends RuleName>(
    name: K,
    args: Parameters<Rules[K]>,
    timeoutMs = this.timeoutMs,
  ): Promise<ReturnType<Rules[K]>> {
    const outcome = await this.withRecovery((h) => h.api.call(name, args), timeoutMs);
    if (!outcome.ok) throw new RuleError(outcome.error);
    return outcome.value;
  }

  /** Starts the world in `handle`'s worker and replays `events` into it (in order, before any later send). */
  private startWorld(handle: WorkerHandle, events: WorldEvent[]): void {
    if (!this.world || !handle.api.worldStart || !handle.api.worldSend) return;
    // A failure here shows as the next send's failure (which restarts and resumes again).
    const quiet = () => {};
    handle.api.worldStart(proxy(this.world.listener)).catch(quiet);
    for (const event of events) handle.api.worldSend(event).catch(quiet);
  }

  private start(): WorkerHandle {
    const handle = this.spawn();
    if (this.world) this.startWorld(handle, this.world.resume());
    const generation = ++this.generation;
    handle.onFailure((reason) => {
      if (generation !== this.generation) return;
      // Calls in flight fail now and restart it themselves (then retry); with none in
      // flight, replace the worker at once so the next call finds a live one.
      if (!this.wake(generation, reason)) this.restart(generation, reason);
    });
    return handle;
  }

  /** Replace the worker of `generation` unless that already happened. */
  private restart(generation: number, reason: string): void {
    if (this.disposed || generation !== this.generation) return;
    this.handle.terminate();
    this.handle = this.start();
    this.restarts++;
    // Calls still waiting on the old worker would otherwise wait for their timeout.
    this.wake(generation, `the worker was replaced (${reason})`);
    const event: RestartEvent = { restarts: this.restarts, reason };
    for (const listener of this.listeners) listener(event);
  }

  /** Fail every call in flight to `generation`; says whether there were any. */
  private wake(generation: number, reason: string): boolean {
    let any = false;
    for (const w of this.waiters) {
      if (w.generation !== generation) continue;
      any = true;
      w.fail(reason);
    }
    return any;
  }

  private async withRecovery<T>(op: (h: WorkerHandle) => Promise<T>, timeoutMs: number): Promise<T> {
    const first = await this.attempt(op, timeoutMs);
    if (first.ok) return first.value;
    this.restart(first.generation, first.reason);
    const second = await this.attempt(op, timeoutMs);
    if (second.ok) return second.value;
    this.restart(second.generation, second.reason);
    throw new WorkerFailedError(`The rules worker failed twice: ${second.reason}`);
  }

  /** One try against the current worker: its answer, or why the worker counts as failed. */
  private attempt<T>(
    op: (h: WorkerHandle) => Promise<T>,
    timeoutMs: number,
  ): Promise<{ ok: true; value: T } | { ok: false; reason: string; generation: number }> {
    const generation = this.generation;
    const handle = this.handle;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (r: { ok: true; value: T } | { ok: false; reason: string; generation: number }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(r);
      };
      const onFailure = (reason: string) => finish({ ok: false, reason, generation });
      const waiter = { generation, fail: onFailure };
      this.waiters.add(waiter);
      const timer = setTimeout(() => onFailure(`no answer within ${timeoutMs} ms`), timeoutMs);
      op(handle).then(
        (value) => finish({ ok: true, value }),
        (e: unknown) => onFailure(`a call threw: ${e instanceof Error ? e.message : String(e)}`),
      );
    });
  }
}

/** The browser's worker: a module worker bundled by Vite, wrapped by comlink. */
export function spawnBrowserWorker(): WorkerHandle {
  const worker = new Worker(new URL('./core.worker.ts', import.meta.url), {
    type: 'module',
    name: 'vhe-rules',
  });
  const remote: Remote<WorkerApi> = wrap<WorkerApi>(worker);
  return {
    api: remote as unknown as WorkerHandle['api'],
    onFailure(listener) {
      worker.addEventListener('error', (e) => {
        // Keep the page's own error reporting quiet: we handle and report it ourselves.
        e.preventDefault();
        listener(`the worker raised an error: ${e.message || 'unknown error'}`);
      });
      worker.addEventListener('messageerror', () => listener('the worker sent a message that could not be read'));
    },
    terminate() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}

export function createRulesClient(options?: ClientOptions): RulesClient {
  return new RulesClient(spawnBrowserWorker, options);
}
