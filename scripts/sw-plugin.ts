// Emits dist/sw.js: a service worker that precaches every file of the build, so the app
// works offline after the first visit (a lecture hall's Wi-Fi fails). No workbox needed
// for a static single-page app with hashed assets.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function precacheServiceWorker(): Plugin {
  return {
    name: 'vhe-lab-precache-sw',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map'))
        .sort();
      const all = ['./', ...files.map((f) => `./${f}`), './favicon.svg'];
      const version = createHash('sha256').update(all.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorker(version, all) });
    },
  };
}

function serviceWorker(version: string, files: string[]): string {
  return `// Generated at build time by scripts/sw-plugin.ts.
const CACHE = 'vhe-lab-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('vhe-lab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Network first for the page itself (a new release shows at once when online), cache
  // first for hashed assets; both fall back to the cache offline.
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.match('./', { ignoreSearch: true, ignoreVary: true }).then((r) => r || Response.error())),
    );
    return;
  }
  // ignoreVary: the server says "Vary: Origin"; the precache was fetched without an Origin
  // header, but module scripts and crossorigin stylesheets are requested with one.
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((r) => r || fetch(request)));
});
`;
}
