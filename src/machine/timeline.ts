// The timeline of a computed run: its length and the snapshot at a position. Kept apart
// from replay.ts so the page, which replays in the rules worker, does not load the replay.
import type { Scenario } from '../scenario/schema';
import type { FlowSnapshot, Run } from './types';

/** Playback speeds, ms per step (the machine starts at the second). */
export const SPEEDS_MS = [2400, 1200, 600, 300] as const;

/** Steps in the timeline: the longest flow. */
export function stepCount(scenario: Scenario): number {
  return Math.max(...scenario.flows.map((f) => f.steps.length));
}

/** The snapshot of flow f at timeline position n (a shorter flow stays at its end). */
export function snapshotAt(run: Run, f: number, n: number): FlowSnapshot | undefined {
  const flow = run[f];
  if (!flow) return undefined;
  return flow[Math.min(n, flow.length - 1)];
}
