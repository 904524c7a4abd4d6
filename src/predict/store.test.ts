// The score is kept on this device when storage allows it, never throws when it does not,
// and a shared score (the sender's claim) never enters or overwrites the reader's own.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A localStorage whose reads and writes can be made to fail. */
function fakeStorage(initial: Record<string, string> = {}, fail: { get?: boolean; set?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => {
      if (fail.get) throw new Error('SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail.set) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => data.delete(k),
  };
}

async function freshStore(storage: ReturnType<typeof fakeStorage>) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  return import('./store');
}

afterEach(() => vi.unstubAllGlobals());

describe('predict mode\u2019s score on this device', () => {
  it('reads a version 1 score (before challenges) and writes version 2 with the challenges met', async () => {
    const v1 = JSON.stringify({ version: 1, on: true, answers: { 'bare-metal': { '0:0': true } } });
    const storage = fakeStorage({ 'vhe-lab/predict/v1': v1 });
    const s = await freshStore(storage);
    expect(s.usePredict.getState()).toMatchObject({ on: true, answers: { 'bare-metal': { '0:0': true } }, met: {} });
    s.markMet('bare-metal', 'timer-irq-el2');
    s.markMet('bare-metal', 'timer-irq-el2');
    const saved = JSON.parse(storage.data.get(s.PREDICT_KEY) ?? '{}');
    expect(saved).toEqual({
      version: 2,
      on: true,
      answers: { 'bare-metal': { '0:0': true } },
      met: { 'bare-metal': ['timer-irq-el2'] },
    });
    s.resetScore('bare-metal');
    expect(s.usePredict.getState()).toMatchObject({ answers: {}, met: {} });
  });

  it('starts afresh on unreadable data or a storage that refuses reads, and keeps counting when writes fail', async () => {
    for (const raw of ['{', '{"version":9}', '{"version":2,"answers":{"x":{"0:1":"yes"}}}']) {
      const s = await freshStore(fakeStorage({ 'vhe-lab/predict/v1': raw }));
      expect(s.usePredict.getState()).toMatchObject({ on: false, answers: {}, met: {} });
    }
    const denied = await freshStore(fakeStorage({}, { get: true, set: true }));
    expect(denied.usePredict.getState().answers).toEqual({});
    expect(() => denied.markMet('bare-metal', 'timer-irq-el2')).not.toThrow();
    expect(denied.usePredict.getState()).toMatchObject({ met: { 'bare-metal': ['timer-irq-el2'] }, unsaved: true });
  });

  it('shows a shared score apart: the reader\u2019s own score is unchanged and the claim is never saved', async () => {
    const mine = JSON.stringify({ version: 2, on: true, answers: { 'bare-metal': { '0:0': false } }, met: {} });
    const storage = fakeStorage({ 'vhe-lab/predict/v1': mine });
    const s = await freshStore(storage);
    s.showClaim({ scenario: 'bare-metal', correct: 5, asked: 5, met: 1, challenges: 1 });
    expect(s.usePredict.getState().answers).toEqual({ 'bare-metal': { '0:0': false } });
    expect(s.usePredict.getState().met).toEqual({});
    s.setPredictOn(false);
    expect(storage.data.get(s.PREDICT_KEY)).not.toContain('"correct"');
    expect(JSON.parse(storage.data.get(s.PREDICT_KEY) ?? '{}').answers).toEqual({ 'bare-metal': { '0:0': false } });
  });
});
