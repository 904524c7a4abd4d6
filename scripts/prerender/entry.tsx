// What the build draws into index.html (scripts/prerender-plugin.ts): the app's first render
// of the default lesson, opened the way the page opens it (the built step 0), in English,
// before any effect has run. Loaded through Vite's module runner, in Node, which closes once
// this module has loaded: so the render happens while it loads (the lesson is a dynamic import).
import { renderToString } from 'react-dom/server';
import { Root } from '../../src/app/Root';
import { DEFAULT_SCENARIO, openScenario, useScenarios } from '../../src/store/scenarios';

async function prerender(): Promise<{ scenario: string; html: string }> {
  await openScenario(DEFAULT_SCENARIO);
  const load = useScenarios.getState().load;
  if (load.status !== 'ready') throw new Error(`prerender: the default lesson did not open (${JSON.stringify(load)})`);
  const html = renderToString(<Root />);
  return { scenario: DEFAULT_SCENARIO, html };
}

export const first = await prerender();
