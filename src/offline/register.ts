// Registers the precaching service worker in production builds (see scripts/sw-plugin.ts).
import { watchForUpdates } from './update';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After load, so precaching never competes with the first paint.
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(watchForUpdates)
      .catch(() => {
        // Offline support is a bonus: a browser that refuses it (private mode, file://) still runs the app.
      });
  });
}
