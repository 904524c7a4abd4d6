// The reader's own settings, kept on this device: language, theme (once picked), large
// text and whether single-character shortcuts are on. A shared link does not change them
// (see ui.ts: a link's lang/theme apply to that view only). Storage may be full, disabled or hold garbage: every field is checked.
import type { Lang } from '../i18n';

export type Theme = 'light' | 'dark';

export const PREFS_KEY = 'vhe-lab:prefs';

export interface Prefs {
  lang?: Lang;
  theme?: Theme;
  largeText?: boolean;
  /** Single-character keyboard shortcuts (letters, digits, '?'); on unless turned off. */
  characterKeys?: boolean;
}

export function readPrefs(): Prefs {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(PREFS_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const r = raw as Record<string, unknown>;
    return {
      ...(r.lang === 'en' || r.lang === 'zh' ? { lang: r.lang } : {}),
      ...(r.theme === 'light' || r.theme === 'dark' ? { theme: r.theme } : {}),
      ...(typeof r.largeText === 'boolean' ? { largeText: r.largeText } : {}),
      ...(typeof r.characterKeys === 'boolean' ? { characterKeys: r.characterKeys } : {}),
    };
  } catch {
    return {};
  }
}

export function savePrefs(patch: Prefs): void {
  try {
    globalThis.localStorage?.setItem(PREFS_KEY, JSON.stringify({ ...readPrefs(), ...patch }));
  } catch {
    // Not kept (private mode, full or disabled storage): the setting still applies to this visit.
  }
}
