// The page's rules client, for the prerender (scripts/prerender-plugin.ts swaps it in for
// src/worker/rules.ts): Node has no worker, and the picture needs no answer from one (the
// lesson's step 0 is built in). Every call fails at once, so no timer keeps the build waiting.
import { RulesClient, type WorkerHandle } from '../../src/worker/client';

const refuse = () => Promise.reject(new Error('no rules worker while prerendering'));

const none: WorkerHandle = {
  api: new Proxy({}, { get: () => refuse }) as WorkerHandle['api'],
  onFailure() {},
  terminate() {},
};

export const rules: RulesClient = new RulesClient(() => none);
