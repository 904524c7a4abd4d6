// The first view without waiting for the app's code (issue 15): the build renders the default
// lesson's step 0 into index.html, so the stage is painted as soon as the page and its CSS
// arrive. It is a picture until the app starts: `inert` (nothing to click or focus, nothing
// for a screen reader yet), and React's first render replaces it (src/main.tsx) with the same
// stage, now live: same boxes in the same places, so nothing shifts. A visit that will show
// something else drops it before the first paint (./prerender/gate.ts). Build only.
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import { lessonsPlugin } from './lessons-plugin.ts';
import type * as Entry from './prerender/entry.tsx';
import { GATE_SCRIPT } from './prerender/gate.ts';

const ROOT = '<div id="root"></div>';

/** React's render of the default lesson, in Node: the app's code as Vite resolves it for the page. */
async function render(scenariosDir: string): Promise<{ scenario: string; html: string }> {
  const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  const { module } = await runnerImport<typeof Entry>(here('./prerender/entry.tsx'), {
    configFile: false,
    logLevel: 'warn',
    // The page's test hook writes to `window`: not in the picture.
    define: { 'import.meta.env.VITE_TEST_HOOK': JSON.stringify('') },
    plugins: [lessonsPlugin(scenariosDir), noCss(), swap('/src/worker/rules.ts', here('./prerender/rules.ts'))],
    // React draws a store from its server snapshot; see ./prerender/zustand.ts.
    resolve: { alias: [{ find: /^zustand$/, replacement: here('./prerender/zustand.ts') }] },
  });
  return module.first;
}

/** Loads `by` wherever the app imports the module at `path` (a path ending). */
function swap(path: string, by: string): Plugin {
  return {
    name: 'vhe-prerender-swap',
    enforce: 'pre',
    async resolveId(source, importer) {
      const found = await this.resolve(source, importer, { skipSelf: true });
      return found?.id.replaceAll('\\', '/').endsWith(path) ? by : undefined;
    },
  };
}

/** Styles are the page's own <link>s; the render needs none. */
function noCss(): Plugin {
  return {
    name: 'vhe-prerender-no-css',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? '\0prerender-css' : undefined),
    load: (id) => (id === '\0prerender-css' ? 'export default {};' : undefined),
  };
}

/** Attributes the page's CSP would refuse in markup (`style-src 'self'`): React sets styles through the DOM instead. */
const REFUSED = /\sstyle="|<script/;

export function prerenderPlugin(scenariosDir: string): Plugin {
  return {
    name: 'vhe-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`prerender: index.html has no ${ROOT}`);
        const { scenario, html: stage } = await render(scenariosDir);
        const refused = REFUSED.exec(stage);
        if (refused)
          throw new Error(`prerender: the first view's markup has ${refused[0].trim()}, which the page's CSP refuses`);
        if (!/^[a-z0-9-]+$/.test(scenario)) throw new Error(`prerender: unexpected lesson id ${scenario}`);
        return html.replace(
          ROOT,
          `<div id="root" inert data-prerender="${scenario}">${stage}</div>\n    <script>${GATE_SCRIPT}</script>`,
        );
      },
    },
  };
}
