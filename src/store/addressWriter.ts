// Writes the page address without tripping Safari's history limit: WebKit throws a
// SecurityError on the 101st pushState/replaceState within 10-30 s (they share one budget),
// and a sweep across a scenario with the arrow keys makes one write per step. Replacements
// are throttled (the last one always lands), new entries go at once, and a refused write is
// retried later instead of breaking the page.

export interface AddressHistory {
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
  readonly state: unknown;
}

export interface AddressWriterOptions {
  history: AddressHistory;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Least time between two replacements: 350 ms keeps under 30 writes per 10 s. */
  interval?: number;
  /** How long to wait after the browser refused a write. */
  backoff?: number;
}

export interface AddressWriter {
  /** A new history entry (the scenario changed): written at once. */
  push(search: string): void;
  /** The same entry, updated: written at once or, within `interval`, a little later. */
  replace(search: string): void;
  /** Writes a pending replacement now (before the address is read, e.g. Copy link). */
  flush(): void;
  /** The address last asked for, written or not. */
  pending(): string | null;
}

const isRefusal = (e: unknown) => e instanceof DOMException && e.name === 'SecurityError';

export function createAddressWriter(o: AddressWriterOptions): AddressWriter {
  const interval = o.interval ?? 350;
  const backoff = o.backoff ?? 2000;
  let last = Number.NEGATIVE_INFINITY;
  let waiting: string | null = null;
  let timer: unknown = null;

  const schedule = (ms: number) => {
    if (timer !== null) o.clearTimer(timer);
    timer = o.setTimer(() => {
      timer = null;
      flush();
    }, ms);
  };

  /** Runs one history call; false (and a retry later) when the browser refused it. */
  const write = (call: () => void): boolean => {
    last = o.now();
    try {
      call();
      return true;
    } catch (e) {
      // Any other error is a real fault: let it reach the error boundary.
      if (!isRefusal(e)) throw e;
      schedule(backoff);
      return false;
    }
  };

  function flush() {
    if (waiting === null) return;
    const search = waiting;
    if (timer !== null) {
      o.clearTimer(timer);
      timer = null;
    }
    if (write(() => o.history.replaceState(o.history.state, '', search))) waiting = null;
  }

  return {
    push(search) {
      waiting = null;
      if (timer !== null) o.clearTimer(timer);
      timer = null;
      // A refused entry is not lost: it is written later as a replacement.
      if (!write(() => o.history.pushState(null, '', search))) waiting = search;
    },
    replace(search) {
      waiting = search;
      const wait = last + interval - o.now();
      if (wait <= 0 && timer === null) flush();
      else if (timer === null) schedule(Math.max(wait, 0));
    },
    flush,
    pending: () => waiting,
  };
}

let page: AddressWriter | null = null;
/** The page's one writer (window.history, real timers). */
export function pageAddress(): AddressWriter {
  page ??= createAddressWriter({
    history: window.history,
    now: () => performance.now(),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (t) => window.clearTimeout(t as number),
  });
  return page;
}
