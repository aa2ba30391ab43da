/**
 * The languages Precedent's interface is written in. Their wording lives in the browser's own
 * format, assets/public/_locales/<locale>/messages.json (the manifest's name and description come
 * from there too); src/i18n/translate.ts reads the same files, so that the user may choose a
 * language other than the browser's.
 */
export const LOCALES = ['en', 'fa', 'ar', 'es', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, for the language menu. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fa: 'فارسی', ar: 'العربية', es: 'Español', ru: 'Русский' };

const RTL: ReadonlySet<Locale> = new Set(['fa', 'ar']);

export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (RTL.has(locale) ? 'rtl' : 'ltr');

/** The user's choice, or for "browser" the browser's UI language ("fa-IR" → fa), else English. */
export function resolveLocale(choice: string, browserLanguage: string | undefined): Locale {
  if ((LOCALES as readonly string[]).includes(choice)) return choice as Locale;
  const base = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}
