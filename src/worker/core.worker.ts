// The rules worker: serves the core over comlink so rule evaluation never blocks the page.
import { expose } from 'comlink';
import {
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
import { replay } from '../machine/replay';
import { stepAnswers } from './answers';
import type { CrashMode, Outcome, RuleName, Rules, WorkerApi } from './protocol';
import { sweep } from './sweep';
import { type HostedWorld, hostWorld } from './world';

const rules: Rules = {
  defaultState,
  effectiveHcr,
  el2Enabled,
  exceptionReturn,
  interruptTarget,
  syncExceptionTarget,
  sysregAccess,
  translationRegime,
  linuxBootMode,
  vmxEvent,
  smmuTranslate,
  virtualInterruptTarget,
  gicCpuInterface,
  physicalTimerAccess,
  virtualCounterOffset,
  stepAnswers,
  sweep,
};

// The scenario validator (zod) is its own chunk, fetched when a custom scenario or a link's
// scenario data first needs it: the built-in lessons were validated when the app was built.
const validator = () => import('../scenario/load');
// The trace reader is its own chunk too, fetched on the first trace opened.
const traceReader = () => import('../trace/open');

// The page's one world machine, started by the page (again after a restart, with its state).
let world: HostedWorld | null = null;

const api: WorkerApi = {
  ping: () => 'pong',

  worldStart(onMessage) {
    world?.stop();
    world = hostWorld(rules, (m) => void onMessage(m));
  },

  worldSend(event) {
    if (!world) throw new Error('rules worker: the world machine was not started');
    world.send(event);
  },

  call<K extends RuleName>(name: K, args: Parameters<Rules[K]>): Outcome<ReturnType<Rules[K]>> {
    const fn = rules[name] as unknown as ((...a: unknown[]) => ReturnType<Rules[K]>) | undefined;
    if (typeof fn !== 'function') return { ok: false, error: `No rule named "${String(name)}"` };
    try {
      return { ok: true, value: fn(...(args as unknown[])) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },

  async validateScenario(data, file) {
    const { validateScenario } = await validator();
    return validateScenario(data, file);
  },

  replayRun(scenario, overrides, previous) {
    return replay(scenario, overrides, rules, previous);
  },

  async openTrace(input, onProgress) {
    const { openTrace } = await traceReader();
    return openTrace(input, onProgress ? (p) => void onProgress(p) : undefined);
  },

  crash(mode: CrashMode): void {
    if (mode === 'close') {
      // Dies silently after this reply: no error event, later calls never answer; only a
      // timeout sees it.
      self.close();
      return;
    }
    if (mode === 'uncaught') {
      // Throws outside any call: the page gets the worker's `error` event.
      setTimeout(() => {
        throw new Error('rules worker: uncaught error (crash test hook)');
      });
      return;
    }
    // Throws through comlink: the call itself rejects.
    throw new Error('rules worker: call threw (crash test hook)');
  },
};

expose(api);
