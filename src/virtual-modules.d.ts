// The built-in lessons, prepared at build time by scripts/lessons-plugin.ts: every lesson of
// this build by id, each its own chunk (its shape: Lesson in src/store/scenarios.ts).
declare module 'virtual:lessons' {
  export const LESSONS: Record<string, () => Promise<unknown>>;
}
