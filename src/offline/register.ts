// Registers the precaching service worker in production builds (see scripts/sw-plugin.ts).
import { watchForUpdates } from './update';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(watchForUpdates)
      .catch(() => {
        // Offline support is a bonus: a browser that refuses it (private mode, file://) still runs the app.
      });
  };
  // After load, so precaching never competes with the first paint. WebKit may fire `load`
  // before this module runs (it does not wait for a module that awaits at its top level):
  // then register now.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
