// A new release, waiting: the service worker of a new deploy installs beside the one this tab
// runs and waits (scripts/sw-plugin.ts). The tab keeps working on its own release; the user
// is offered a reload, which lets the new worker take over and reloads the page (the address
// holds the lesson, so nothing is lost).
import { create } from 'zustand';

interface UpdateState {
  /** The installed worker of a newer release, waiting for this tab's consent. */
  waiting: ServiceWorker | null;
}

export const useUpdate = create<UpdateState>(() => ({ waiting: null }));

let accepted = false;

/** Lets the waiting release take over; the page reloads when it has. */
export function acceptUpdate(): void {
  const worker = useUpdate.getState().waiting;
  if (!worker) return;
  accepted = true;
  worker.postMessage({ type: 'vhe-lab:skip-waiting' });
}

/** Watches a registration for a newer release, and checks for one now and then. */
export function watchForUpdates(reg: ServiceWorkerRegistration): void {
  const sw = navigator.serviceWorker;
  const offer = (worker: ServiceWorker | null) => {
    // With no controller this is the first install, not an update.
    if (worker && sw.controller) useUpdate.setState({ waiting: worker });
  };
  offer(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  sw.addEventListener('controllerchange', () => {
    // Only the tab that accepted reloads; other tabs keep their release until they choose.
    if (accepted) window.location.reload();
  });
  // The worker asks which release this tab runs before it deletes an old release's cache.
  sw.addEventListener('message', (e) => {
    if ((e.data as { type?: string } | null)?.type === 'vhe-lab:entry?') e.ports[0]?.postMessage(entryScript());
  });
  sw.controller?.postMessage({ type: 'vhe-lab:tidy' });
  // A tab left open for a lecture hears of a deploy when it comes back to the front.
  const check = () => void reg.update().catch(() => {});
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.setInterval(check, 30 * 60_000);
}

/** The URL of the page's entry script: it names the release (its file name is hashed). */
function entryScript(): string | null {
  return document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? null;
}
