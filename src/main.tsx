import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppBoundary } from './app/AppBoundary';
import { beginStartup } from './app/useShell';
import { preferredLang, setLang } from './i18n';
import { registerServiceWorker } from './offline/register';
import { readPrefs } from './store/prefs';
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

registerServiceWorker();
// Fetch the scenario (and its validator) now, in parallel with the first render, not from an effect.
void beginStartup();
// Chinese is fetched before the first render when the address, the reader's remembered
// choice or the browser asks for it.
const asked = new URLSearchParams(window.location.search).get('lang');
await setLang(asked === 'en' || asked === 'zh' ? asked : (readPrefs().lang ?? preferredLang()));

createRoot(root).render(
  <StrictMode>
    <AppBoundary>
      <App />
    </AppBoundary>
  </StrictMode>,
);
