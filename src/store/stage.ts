// The stage's UI state: which wing panel is open (null: the scenario's focus) and presenter mode.
import { create } from 'zustand';
import type { FocusPanel } from '../scenario/focus';

export interface StageState {
  /** The wing panel the user opened; null shows the scenario's own focus panel. */
  wing: FocusPanel | null;
  presenter: boolean;
}

export const useStage = create<StageState>(() => ({ wing: null, presenter: false }));

export function openWing(wing: FocusPanel | null): void {
  useStage.setState({ wing });
}
