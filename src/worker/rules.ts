// The page's one rules client. Kept out of components so React renders never create workers.
import { createRulesClient, type RulesClient } from './client';

export const rules: RulesClient = createRulesClient();

// Exposed in production too: the e2e tests and the bench run against the production build.
window.__vheLab = { rules };
