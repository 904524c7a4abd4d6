// UI state that is not the world: language, theme, what each panel has selected.
import { create } from 'zustand';
import type { Lang } from '../i18n/lang';

export type Theme = 'light' | 'dark';

export interface UiState {
  lang: Lang;
  theme: Theme;
  largeText: boolean;
  /** Which flow the state panels show when a scenario has two (nVHE vs VHE). */
  flow: number;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setLargeText(on: boolean): void;
  setFlow(flow: number): void;
}

const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
const prefersZh = typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language);

export const useUi = create<UiState>((set) => ({
  lang: prefersZh ? 'zh' : 'en',
  theme: prefersDark ? 'dark' : 'light',
  largeText: false,
  flow: 0,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setLargeText: (largeText) => set({ largeText }),
  setFlow: (flow) => set({ flow }),
}));
