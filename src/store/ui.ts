// UI state that is not the world: theme, large text, which flow the panels show. (The
// language is src/i18n's: it loads a language before showing it.)
import { create } from 'zustand';

export type Theme = 'light' | 'dark';

export interface UiState {
  theme: Theme;
  largeText: boolean;
  /** Which flow the state panels show when a scenario has two (nVHE vs VHE). */
  flow: number;
  setTheme(theme: Theme): void;
  setLargeText(on: boolean): void;
  setFlow(flow: number): void;
}

const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

export const useUi = create<UiState>((set) => ({
  theme: prefersDark ? 'dark' : 'light',
  largeText: false,
  flow: 0,
  setTheme: (theme) => set({ theme }),
  setLargeText: (largeText) => set({ largeText }),
  setFlow: (flow) => set({ flow }),
}));
