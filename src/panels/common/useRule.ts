// Ask the rules worker something that depends on render inputs; the latest request wins.
import { useEffect, useState } from 'react';

export interface RuleAnswer<T> {
  value: T | null;
  error: string | null;
}

/**
 * Runs `ask` whenever `key` changes (a string the inputs serialise to), keeping the last
 * answer on screen while the next one is computed so nothing flickers.
 */
export function useRule<T>(key: string | null, ask: () => Promise<T>): RuleAnswer<T> {
  const [answer, setAnswer] = useState<RuleAnswer<T>>({ value: null, error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures every input of `ask`.
  useEffect(() => {
    if (key === null) return;
    let live = true;
    ask().then(
      (value) => live && setAnswer({ value, error: null }),
      (e: unknown) => live && setAnswer({ value: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return answer;
}
