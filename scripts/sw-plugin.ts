// Emits dist/sw.js: a service worker that precaches every file of the build (public/ files
// included), so the app works offline after the first visit (a lecture hall's Wi-Fi fails).
// A new deploy never breaks an open tab: the new worker waits until the tab accepts the
// update (src/offline/update.ts offers a reload), and a release's cache is deleted only
// when no open tab still runs that release. No Workbox needed for a static app with hashed
// assets; its runtime would be a second script to keep under the CSP for little gain.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Files under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(filesUnder(full).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out;
}

export function precacheServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'vhe-lab-precache-sw',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      // og.png is for link previews (fetched by chat servers), not for the app offline.
      const copied = publicDir ? filesUnder(publicDir).filter((f) => f !== 'og.png') : [];
      const files = [...new Set([...built, ...copied])].filter((f) => f !== 'sw.js').sort();
      const all = ['./', ...files.map((f) => `./${f}`)];
      // The version is the content of every file, not only its name: public/ files have none.
      const hash = createHash('sha256');
      for (const f of built) {
        const item = bundle[f];
        hash.update(f);
        if (item?.type === 'chunk') hash.update(item.code);
        else if (item?.type === 'asset') hash.update(item.source);
      }
      for (const f of copied) hash.update(f).update(String(statSync(join(publicDir, f)).size));
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorker(version, all) });
    },
  };
}

export function serviceWorker(version: string, files: string[]): string {
  return `// Generated at build time by scripts/sw-plugin.ts.
const PREFIX = 'vhe-lab-';
const CACHE = PREFIX + '${version}';
const FILES = ${JSON.stringify(files)};

self.addEventListener('install', (event) => {
  // No skipWaiting here: while a tab runs the previous release, this one waits until the
  // tab accepts the update (a message below), so the tab never mixes two releases.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'vhe-lab:skip-waiting') self.skipWaiting();
  if (type === 'vhe-lab:tidy') event.waitUntil(tidy());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(tidy));
});

/** The entry script an open tab runs (it answers on a MessageChannel), or null. */
function entryOf(client) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 3000);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(typeof e.data === 'string' ? e.data : null);
    };
    client.postMessage({ type: 'vhe-lab:entry?' }, [channel.port2]);
  });
}

/** Deletes the caches of older releases that no open tab runs any more. */
async function tidy() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const entries = (await Promise.all(windows.map(entryOf))).filter(Boolean);
  const current = await caches.open(CACHE);
  const old = [];
  for (const url of entries) if (!(await current.match(url))) old.push(url);
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const cache = await caches.open(key);
    let used = false;
    for (const url of old) if (await cache.match(url)) used = true;
    if (!used) await caches.delete(key);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Network first for the page itself (a new release shows at once when online), cache
  // first for hashed assets; both fall back to the cache offline.
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((c) => c.match('./', { ignoreSearch: true, ignoreVary: true })).then((r) => r || Response.error()),
      ),
    );
    return;
  }
  // Every release's cache is searched: a tab still on the previous release finds its own
  // files there. ignoreVary: the server says "Vary: Origin"; the precache was fetched
  // without an Origin header, but module scripts and crossorigin stylesheets send one.
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((r) => r || fetch(request)));
});
`;
}
