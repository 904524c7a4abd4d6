import { describe, expect, it } from 'vitest';
import { type RestartEvent, RuleError, RulesClient, type WorkerHandle } from './client';

type Behaviour = 'ok' | 'reject' | 'hang' | 'ruleError';

/** A stand-in for a worker: each spawned copy answers by the next behaviour in the list. */
function fakeWorkers(behaviours: Behaviour[]) {
  const spawned: { terminated: boolean; fail: (reason: string) => void }[] = [];
  const spawn = (): WorkerHandle => {
    const behaviour = behaviours[spawned.length] ?? 'ok';
    let failure: (reason: string) => void = () => {};
    const self = { terminated: false, fail: (r: string) => failure(r) };
    spawned.push(self);
    const answer = <T>(value: T): Promise<T> => {
      if (behaviour === 'reject') return Promise.reject(new Error('boom'));
      if (behaviour === 'hang') return new Promise<T>(() => {});
      return Promise.resolve(value);
    };
    return {
      api: {
        ping: () => answer('pong' as const),
        call: (name) =>
          behaviour === 'ruleError'
            ? Promise.resolve({ ok: false as const, error: `bad input to ${name}` })
            : answer({ ok: true as const, value: { echoed: name } as never }),
        validateScenario: (_data, file) => answer({ ok: false as const, file, problems: [] }),
        replayRun: () => answer([]),
        crash: () => answer(undefined),
      },
      onFailure: (l) => {
        failure = l;
      },
      terminate: () => {
        self.terminated = true;
      },
    };
  };
  return { spawn, spawned };
}

describe('RulesClient', () => {
  it('answers through a healthy worker without restarting it', async () => {
    const { spawn, spawned } = fakeWorkers(['ok']);
    const client = new RulesClient(spawn);
    await expect(client.ping()).resolves.toBe('pong');
    expect(spawned).toHaveLength(1);
    expect(client.restartCount).toBe(0);
  });

  it('restarts a worker whose call rejects, tells subscribers, and retries once', async () => {
    const { spawn, spawned } = fakeWorkers(['reject', 'ok']);
    const client = new RulesClient(spawn);
    const events: RestartEvent[] = [];
    client.subscribe((e) => events.push(e));
    await expect(client.ping()).resolves.toBe('pong');
    expect(spawned).toHaveLength(2);
    expect(spawned[0]?.terminated).toBe(true);
    expect(events).toEqual([{ restarts: 1, reason: 'a call threw: boom' }]);
  });

  it('restarts a worker that stops answering (timeout)', async () => {
    const { spawn, spawned } = fakeWorkers(['hang', 'ok']);
    const client = new RulesClient(spawn, { timeoutMs: 20 });
    await expect(client.ping()).resolves.toBe('pong');
    expect(spawned).toHaveLength(2);
    expect(client.restartCount).toBe(1);
  });

  it('fails a call in flight at once when the worker reports an error, then retries', async () => {
    const { spawn, spawned } = fakeWorkers(['hang', 'ok']);
    const client = new RulesClient(spawn, { timeoutMs: 60_000 });
    const answer = client.ping();
    spawned[0]?.fail('the worker raised an error: oops');
    await expect(answer).resolves.toBe('pong');
    expect(client.restartCount).toBe(1);
  });

  it('replaces a worker that errors while idle, before the next call', () => {
    const { spawn, spawned } = fakeWorkers(['ok', 'ok']);
    const client = new RulesClient(spawn);
    const events: RestartEvent[] = [];
    client.subscribe((e) => events.push(e));
    spawned[0]?.fail('the worker raised an error: idle');
    expect(spawned).toHaveLength(2);
    expect(events[0]?.reason).toBe('the worker raised an error: idle');
  });

  it('gives up after the retry also fails, with a clear error', async () => {
    const { spawn } = fakeWorkers(['reject', 'reject', 'ok']);
    const client = new RulesClient(spawn);
    await expect(client.ping()).rejects.toThrow(/failed twice/);
    expect(client.restartCount).toBe(2);
    await expect(client.ping()).resolves.toBe('pong');
  });

  it('passes a rule error to the caller without restarting the worker', async () => {
    const { spawn, spawned } = fakeWorkers(['ruleError']);
    const client = new RulesClient(spawn);
    await expect(client.sysregAccess({} as never, 'NOPE_EL9')).rejects.toBeInstanceOf(RuleError);
    expect(spawned).toHaveLength(1);
  });
});
