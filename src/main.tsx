import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppBoundary } from './app/AppBoundary';
import { beginStartup } from './app/useShell';
import { registerServiceWorker } from './offline/register';
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

registerServiceWorker();
// Fetch the scenario (and its validator) now, in parallel with the first render, not from an effect.
void beginStartup();

createRoot(root).render(
  <StrictMode>
    <AppBoundary>
      <App />
    </AppBoundary>
  </StrictMode>,
);
