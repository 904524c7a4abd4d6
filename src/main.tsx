import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { beginStartup } from './app/useShell';
import { preferredLang, setLang } from './i18n';
import { registerServiceWorker } from './offline/register';
import { readPrefs } from './store/prefs';
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

registerServiceWorker();
// Open the lesson the address asks for now, not from an effect.
const opening = beginStartup();
// Chinese is fetched before the first render when the address, the reader's remembered
// choice or the browser asks for it.
const asked = new URLSearchParams(window.location.search).get('lang');
await setLang(asked === 'en' || asked === 'zh' ? asked : (readPrefs().lang ?? preferredLang()));
// The lesson's chunk is small and brings its step 0: the first render waits for it (a
// moment at most), so the page is drawn once, whole, instead of an empty stage that then
// shifts as the lesson fills it (CLS).
await Promise.race([opening.catch(() => undefined), new Promise((wait) => setTimeout(wait, 600))]);

/**
 * The build painted the default lesson's step 0 into #root (scripts/prerender-plugin.ts), as an
 * inert picture. React's first render replaces it with the live stage, the same boxes in the
 * same places; once that is committed, the root is live.
 */
function Live({ root }: { root: HTMLElement }) {
  useLayoutEffect(() => {
    root.removeAttribute('inert');
    root.removeAttribute('data-prerender');
  }, [root]);
  return null;
}

createRoot(root).render(
  <>
    <Live root={root} />
    <Root />
  </>,
);
