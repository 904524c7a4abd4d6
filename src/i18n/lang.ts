// The app's languages: English (the source every string is written in) and Simplified Chinese.
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
