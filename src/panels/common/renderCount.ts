// Render counts for the e2e tests (issue 15: a bit toggle or a step must not re-render the
// panels it did not change). Compiled in only in test builds (VITE_TEST_HOOK=1): a production
// build has the empty function, and no name of the hook.

/** Counts one render of `name` in window.__vheLab.renders (test builds only). */
export const useRenderCount: (name: string) => void =
  import.meta.env.VITE_TEST_HOOK === '1'
    ? (name) => {
        const renders = window.__vheLab?.renders;
        if (renders) renders[name] = (renders[name] ?? 0) + 1;
      }
    : () => {};
