import type { RulesClient } from '../worker/client';

declare global {
  interface ImportMetaEnv {
    /** '1' in test builds: exposes window.__vheLab. */
    readonly VITE_TEST_HOOK?: string;
  }
  interface Window {
    /** Test and bench hook (set in rules.ts, only when built with VITE_TEST_HOOK=1). */
    __vheLab?: { rules: RulesClient };
  }
}
