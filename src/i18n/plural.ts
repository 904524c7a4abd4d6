// Plural forms through Intl.PluralRules, for messages that count things.
import type { Lang } from './lang';

const rules = new Map<Lang, Intl.PluralRules>();

/** Picks a plural form with Intl.PluralRules ("1 problem", "2 problems"; Chinese has one form). */
export function plural(lang: Lang, n: number, forms: { one?: string; other: string }): string {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang === 'zh' ? 'zh-Hans' : 'en');
    rules.set(lang, r);
  }
  const form = r.select(n) === 'one' && forms.one !== undefined ? forms.one : forms.other;
  return form.replace('#', String(n));
}
