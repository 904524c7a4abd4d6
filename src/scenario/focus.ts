// The panels a scenario may name as its focus (scenario.focus): they stand beside the stage
// (the EL diagram and the narration); the others are one click away. Kept apart from
// schema.ts so the page can use the list without loading zod (src/scenario/zod-csp.ts).
export const FOCUS_PANELS = ['bits', 'routing', 'redirect', 'address', 'registers'] as const;
export type FocusPanel = (typeof FOCUS_PANELS)[number];
