// zustand for the build's prerender only (scripts/prerender-plugin.ts aliases 'zustand' here).
// React draws a store on the server from its *server snapshot*, which zustand takes from the
// state the store was created with; the prerender opens the lesson first and must draw that,
// so here the server snapshot is the current state.
import { useSyncExternalStore } from 'react';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

type Bound<T> = StoreApi<T> & (<U = T>(selector?: (state: T) => U) => U);

function useNow<T, U>(api: StoreApi<T>, selector: (state: T) => U): U {
  const now = () => selector(api.getState());
  return useSyncExternalStore(api.subscribe, now, now);
}

export function create<T>(init: StateCreator<T, [], []>): Bound<T> {
  const api = createStore(init);
  const bound = <U>(selector: (state: T) => U = (s) => s as unknown as U) => useNow(api, selector);
  return Object.assign(bound, api) as Bound<T>;
}
