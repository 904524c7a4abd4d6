import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { lessonsPlugin } from './scripts/lessons-plugin.ts';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { sharePlugin } from './scripts/share-plugin.ts';
import { precacheServiceWorker } from './scripts/sw-plugin.ts';

/** Modules that only lazily loaded chunks use. */
const LAZY =
  /zod|lz-string|[\\/]link[\\/](codec|decode|encode|eraMigration|versions)|[\\/]panels[\\/](Routing|Redirection|AddressSpaces|Bits)[\\/]|[\\/]embed[\\/]panels\.ts|[\\/]scenarios?[\\/]|virtual:lesson|[\\/]i18n[\\/](zh|rules\.ts|en[\\/]predict\.ts)|[\\/]predict[\\/](gate|questions|instruction|challenges|Challenges|ShareScore|SharedScore|PredictCard|predict\.css)|[\\/]custom[\\/](api|storage|jsonError|Custom|Open)/;

export default defineConfig({
  plugins: [
    react(),
    lessonsPlugin(fileURLToPath(new URL('./scenarios', import.meta.url)), 'type2-kvm-vhe'),
    contentSecurityPolicy(),
    prerenderPlugin(fileURLToPath(new URL('./scenarios', import.meta.url))),
    sharePlugin(),
    precacheServiceWorker(),
  ],
  // Relative base so the built page also works from a sub-path (course sites, iframes).
  base: './',
  // No single-page fallback: the app lives at one page with a query string, so any other
  // path is a mistake, and `vite preview` answers it with 404.html as a static host would.
  appType: 'mpa',
  worker: {
    // The rules worker is a module worker (`{ type: 'module' }`), so bundle it as ES.
    format: 'es',
  },
  build: {
    target: 'es2022',
    // Every browser that runs es2022 has <link rel=modulepreload>: no polyfill in the first view.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      // Most of a build is known and meant: the rules worker's own bundle and the prerender of
      // the first view (scripts/prerender-plugin.ts). The timing advice would print every time.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          // Modules the first view shares with lazily loaded UI (dialogs, predict, embed) go
          // in one chunk, not a handful of tiny ones, each costing a request and gzip context.
          groups: [
            {
              name: 'app',
              minShareCount: 2,
              // Not the validator, the scenarios, Chinese or the features that load on use: grouping
              // them here would pull them into the first view (the size gate says so).
              test: (id) => !LAZY.test(id),
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 5173,
    strictPort: true,
  },
  server: {
    port: 5173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The truth tables and property tests sweep tens of thousands of inputs; on a loaded
    // 2-core CI machine they can take far longer than Vitest's 5 s default.
    testTimeout: 60_000,
  },
});
