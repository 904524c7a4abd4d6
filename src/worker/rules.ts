// The page's one rules client. Kept out of components so React renders never create workers.
import { createRulesClient, type RulesClient } from './client';

export const rules: RulesClient = createRulesClient();

// The test hook (it can crash the worker) exists only in builds made with VITE_TEST_HOOK=1:
// the e2e tests and the bench; production builds leave it out (the branch is dropped).
if (import.meta.env.VITE_TEST_HOOK === '1') window.__vheLab = { rules, renders: {} };
