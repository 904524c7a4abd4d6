// Structural sharing: a value from the worker arrives as a fresh copy every time, so equal
// parts are swapped for the previous objects. A panel that selects a part that did not
// change then gets the very same object and does not re-render.

/** `next`, with every part deep-equal to the same part of `prev` replaced by that part of `prev`. */
export function keep<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = prev as unknown[];
    const kept = next.map((v, i) => keep(before[i], v));
    if (kept.length === before.length && kept.every((v, i) => v === before[i])) return before as T;
    return (kept.every((v, i) => v === next[i]) ? next : kept) as T;
  }
  if (Object.getPrototypeOf(next) !== Object.prototype || Object.getPrototypeOf(prev) !== Object.prototype) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  let fresh = true;
  const kept: Record<string, unknown> = {};
  for (const k of keys) {
    const v = keep(before[k], after[k]);
    kept[k] = v;
    if (v !== before[k] || !(k in before)) same = false;
    if (v !== after[k]) fresh = false;
  }
  if (same) return before as T;
  return (fresh ? next : kept) as T;
}
