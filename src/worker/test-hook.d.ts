import type { RulesClient } from './client';

declare global {
  interface ImportMetaEnv {
    /** '1' in test builds: exposes window.__vheLab. */
    readonly VITE_TEST_HOOK?: string;
  }
  interface Window {
    /**
     * Test and bench hook (set in rules.ts, only when built with VITE_TEST_HOOK=1): the rules
     * client, and how many times each counted component rendered (panels/common/renderCount.ts).
     */
    __vheLab?: { rules: RulesClient; renders: Record<string, number> };
  }
}
