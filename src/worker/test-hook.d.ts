import type { RulesClient } from './client';

declare global {
  interface Window {
    /** Test and bench hook (set in rules.ts): Playwright drives the worker client through it. */
    __vheLab?: { rules: RulesClient };
  }
}
