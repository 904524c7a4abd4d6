// UI state that is not the world: language, theme, what each panel has selected.
// Language and theme come from the reader's device (the system's dark/light setting until
// they pick a theme, then their pick, remembered); a link may set them for its view only.
import { create } from 'zustand';
import { readPrefs, savePrefs } from './prefs';

export type Lang = 'en' | 'zh';
export type Theme = 'light' | 'dark';

export interface UiState {
  lang: Lang;
  theme: Theme;
  largeText: boolean;
  /** What the page's link set on purpose (?lang, ?theme): kept in the address, not on the device. */
  fromLink: { lang: boolean; theme: boolean };
  /** Which flow the state panels show when a scenario has two (nVHE vs VHE). */
  flow: number;
  /** The reader's choices: applied and remembered on this device. */
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setLargeText(on: boolean): void;
  /** What a link asks for: applied to this view only. */
  applyLink(link: { lang?: Lang; theme?: Theme }): void;
  setFlow(flow: number): void;
}

const darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
const prefersZh = typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language);
const kept = readPrefs();

export const useUi = create<UiState>((set) => ({
  lang: kept.lang ?? (prefersZh ? 'zh' : 'en'),
  theme: kept.theme ?? (darkQuery?.matches ? 'dark' : 'light'),
  largeText: kept.largeText ?? false,
  fromLink: { lang: false, theme: false },
  flow: 0,
  setLang: (lang) => {
    savePrefs({ lang });
    set({ lang });
  },
  setTheme: (theme) => {
    savePrefs({ theme });
    set({ theme });
  },
  setLargeText: (largeText) => {
    savePrefs({ largeText });
    set({ largeText });
  },
  applyLink: ({ lang, theme }) =>
    set((s) => ({
      ...(lang ? { lang } : {}),
      ...(theme ? { theme } : {}),
      fromLink: { lang: s.fromLink.lang || lang !== undefined, theme: s.fromLink.theme || theme !== undefined },
    })),
  setFlow: (flow) => set({ flow }),
}));

// Until the reader picks a theme (and unless a link set one), follow the system's setting live.
darkQuery?.addEventListener?.('change', (e) => {
  const s = useUi.getState();
  if (readPrefs().theme === undefined && !s.fromLink.theme) useUi.setState({ theme: e.matches ? 'dark' : 'light' });
});
