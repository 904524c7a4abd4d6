// Custom scenarios kept in localStorage under a versioned key. Reading never trusts what it
// finds: a damaged list or entry is moved aside (vhe-lab/custom/corrupt/<time>) and
// reported, never loaded. Storage that is full or turned off is reported, not fatal.

import { STORAGE_KEY } from './door';

export { STORAGE_KEY };
export const CORRUPT_PREFIX = 'vhe-lab/custom/corrupt/';
export const STORAGE_VERSION = 1;

/** One kept scenario: the JSON data as given, re-validated on every read. */
export interface StoredScenario {
  id: string;
  /** File name or "pasted", for the user's own reference. */
  name: string;
  savedAt: string;
  data: unknown;
}

export interface StoredFile {
  version: typeof STORAGE_VERSION;
  scenarios: StoredScenario[];
}

export type StorageProblem =
  /** getItem/setItem threw (storage turned off, private mode, blocked cookies). */
  | { kind: 'unavailable'; message: string }
  /** setItem refused: the quota is used up. */
  | { kind: 'full'; name: string }
  /** A damaged list or entry: set aside under `movedTo` (null when even that failed). */
  | { kind: 'corrupt'; what: string; reason: string; movedTo: string | null }
  /** Written by a newer VHE Lab: set aside rather than misread. */
  | { kind: 'future'; version: number; movedTo: string | null };

/** The schema check, passed in so this module stays free of zod (and testable in Node). */
export type Validate<T> = (data: unknown) => { ok: true; scenario: T } | { ok: false; message: string };

export interface ReadResult<T> {
  entries: { stored: StoredScenario; scenario: T }[];
  problems: StorageProblem[];
}

const isQuota = (err: unknown) =>
  err instanceof Error &&
  (err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (err as { code?: number }).code === 22 ||
    (err as { code?: number }).code === 1014);

const why = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** Copies raw text to a new corrupt/<time> key; null when the storage will not take it. */
function setAside(storage: Storage, raw: string, now: number, n = 0): string | null {
  const key = `${CORRUPT_PREFIX}${new Date(now).toISOString()}${n ? `-${n}` : ''}`;
  try {
    if (storage.getItem(key) !== null) return setAside(storage, raw, now, n + 1);
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

function isEntry(v: unknown): v is StoredScenario {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.name === 'string' && typeof e.savedAt === 'string' && 'data' in e;
}

/** Whether anything is kept (or storage cannot say): only then is the validator worth loading. */
export function hasStored(storage: Storage | null): boolean {
  try {
    return storage !== null && storage.getItem(STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}

export function readStored<T>(storage: Storage | null, validate: Validate<T>, now = Date.now()): ReadResult<T> {
  if (!storage) return { entries: [], problems: [{ kind: 'unavailable', message: 'no localStorage' }] };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (err) {
    return { entries: [], problems: [{ kind: 'unavailable', message: why(err) }] };
  }
  if (raw === null) return { entries: [], problems: [] };

  const problems: StorageProblem[] = [];
  const dropWhole = (problem: StorageProblem) => {
    try {
      storage.removeItem(STORAGE_KEY);
    } catch {
      // Could not remove it: it is still not loaded, and will be reported again next time.
    }
    return { entries: [], problems: [problem] };
  };
  let file: unknown;
  try {
    file = JSON.parse(raw);
  } catch (err) {
    const movedTo = setAside(storage, raw, now);
    return movedTo
      ? dropWhole({ kind: 'corrupt', what: STORAGE_KEY, reason: why(err), movedTo })
      : { entries: [], problems: [{ kind: 'corrupt', what: STORAGE_KEY, reason: why(err), movedTo }] };
  }
  const version = (file as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > STORAGE_VERSION) {
    const movedTo = setAside(storage, raw, now);
    const problem: StorageProblem = { kind: 'future', version, movedTo };
    return movedTo ? dropWhole(problem) : { entries: [], problems: [problem] };
  }
  const list = (file as { scenarios?: unknown } | null)?.scenarios;
  if (version !== STORAGE_VERSION || !Array.isArray(list)) {
    const movedTo = setAside(storage, raw, now);
    const reason = version !== STORAGE_VERSION ? `version is ${JSON.stringify(version)}` : 'no scenario list';
    const problem: StorageProblem = { kind: 'corrupt', what: STORAGE_KEY, reason, movedTo };
    return movedTo ? dropWhole(problem) : { entries: [], problems: [problem] };
  }

  // Entry by entry: the good ones stay, each bad one is set aside on its own.
  const entries: ReadResult<T>['entries'] = [];
  const kept: StoredScenario[] = [];
  list.forEach((item, i) => {
    const checked = isEntry(item) ? validate(item.data) : { ok: false as const, message: 'not a stored scenario' };
    if (isEntry(item) && checked.ok) {
      entries.push({ stored: item, scenario: checked.scenario });
      kept.push(item);
      return;
    }
    const what = isEntry(item) ? item.name || item.id : `entry ${i}`;
    const movedTo = setAside(storage, JSON.stringify(item) ?? 'undefined', now, i + 1);
    problems.push({ kind: 'corrupt', what, reason: checked.ok ? '' : checked.message, movedTo });
  });
  if (kept.length !== list.length) {
    const res = writeStored(storage, kept);
    if (!res.ok) problems.push(res.problem);
  }
  return { entries, problems };
}

export type WriteResult = { ok: true } | { ok: false; problem: StorageProblem };

export function writeStored(storage: Storage | null, scenarios: StoredScenario[], name = ''): WriteResult {
  if (!storage) return { ok: false, problem: { kind: 'unavailable', message: 'no localStorage' } };
  const file: StoredFile = { version: STORAGE_VERSION, scenarios };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(file));
    return { ok: true };
  } catch (err) {
    return {
      ok: false,
      problem: isQuota(err) ? { kind: 'full', name } : { kind: 'unavailable', message: why(err) },
    };
  }
}

/** The page's localStorage, or null where touching it throws (some privacy settings). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
