// The one i18n module: the language in use, its messages, and plurals. English is in the
// first view; Chinese (messages and the rule table) is fetched when it is first chosen, and
// the language only switches once it is here, so no half-translated screen is ever drawn.
import { create } from 'zustand';
import { type AllMessages, en, type LazyMessages, type Messages } from './en';
import type { Lang } from './lang';

export type { Lang, Messages };

const loaded: Partial<Record<Lang, AllMessages>> = {};

/** Fetches a language's messages (once); resolves when `messages(lang)` has them. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded[lang]) return;
  const { zh } = await import('./zh');
  // Shape<Messages> is Messages with readonly keys: the same values.
  loaded.zh = zh as unknown as AllMessages;
}

/** The messages of `lang` (English until that language has loaded). */
export function messages(lang: Lang): Messages {
  return loaded[lang] ?? en;
}

/** A namespace that loads with its feature: its English table, given by the feature, or the translation. */
export function featureMessages<K extends keyof LazyMessages>(
  lang: Lang,
  ns: K,
  english: LazyMessages[K],
): LazyMessages[K] {
  return loaded[lang]?.[ns] ?? english;
}

interface LangState {
  lang: Lang;
}

const prefersZh = typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language);

/** The language shown. Set it with setLang, which loads it first. */
export const useLang = create<LangState>(() => ({ lang: 'en' }));

let asked: Lang = 'en';

/** Switches the UI language once its messages are here (the latest request wins). */
export async function setLang(lang: Lang): Promise<void> {
  asked = lang;
  await loadLang(lang);
  if (asked === lang) useLang.setState({ lang });
}

/** The browser's language when the address does not name one. */
export function preferredLang(): Lang {
  return prefersZh ? 'zh' : 'en';
}

/** A built-in scenario's title for the picker; a scenario not listed shows its id. */
export function scenarioTitle(id: string, lang: Lang): string {
  return (messages(lang).ui.scenarios as Record<string, string>)[id] ?? id;
}

/** BCP 47 tag for `lang` attributes (html, exported SVG, the language buttons). */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-Hans' : 'en';
}
