// UI state that is not the world: theme, large text, which flow the panels show, and what the
// page's link set on purpose. (The language itself is src/i18n's: it loads a language before
// showing it; setLang here is the reader's own pick, remembered on the device.)
// Language and theme come from the reader's device (the system's dark/light setting until
// they pick a theme, then their pick, remembered); a link may set them for its view only.
import { create } from 'zustand';
import { type Lang, setLang as showLang } from '../i18n';
import { readPrefs, savePrefs, type Theme } from './prefs';

export type { Theme };

export interface UiState {
  theme: Theme;
  largeText: boolean;
  /** What the page's link set on purpose (?lang, ?theme): kept in the address, not on the device. */
  fromLink: { lang: boolean; theme: boolean };
  /** Which flow the state panels show when a scenario has two (nVHE vs VHE). */
  flow: number;
  /** The reader's choices: applied and remembered on this device. */
  setLang(lang: Lang): Promise<void>;
  setTheme(theme: Theme): void;
  setLargeText(on: boolean): void;
  /** What a link asks for: applied to this view only. */
  applyLink(link: { lang?: Lang; theme?: Theme }): Promise<void>;
  setFlow(flow: number): void;
}

const darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
const kept = readPrefs();

export const useUi = create<UiState>((set) => ({
  theme: kept.theme ?? (darkQuery?.matches ? 'dark' : 'light'),
  largeText: kept.largeText ?? false,
  fromLink: { lang: false, theme: false },
  flow: 0,
  setLang: (lang) => {
    savePrefs({ lang });
    return showLang(lang);
  },
  setTheme: (theme) => {
    savePrefs({ theme });
    set({ theme });
  },
  setLargeText: (largeText) => {
    savePrefs({ largeText });
    set({ largeText });
  },
  applyLink: ({ lang, theme }) => {
    set((s) => ({
      ...(theme ? { theme } : {}),
      fromLink: { lang: s.fromLink.lang || lang !== undefined, theme: s.fromLink.theme || theme !== undefined },
    }));
    return lang ? showLang(lang) : Promise.resolve();
  },
  setFlow: (flow) => set({ flow }),
}));

// Until the reader picks a theme (and unless a link set one), follow the system's setting live.
darkQuery?.addEventListener?.('change', (e) => {
  const s = useUi.getState();
  if (readPrefs().theme === undefined && !s.fromLink.theme) useUi.setState({ theme: e.matches ? 'dark' : 'light' });
});
