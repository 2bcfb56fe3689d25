/**
 * The only list of languages in the project. Config, routing, schemas, tests and scripts
 * import it from here; nothing else may spell out 'lv' | 'en' | 'ru' as a list.
 */
export const locales = ['lv', 'en', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** Latvian is the source language: every entry exists in Latvian first. */
export const defaultLocale: Locale = 'lv';

/** How each language names itself (for the language switcher and the `/` page). */
export const localeInfo: Record<Locale, { endonym: string; bcp47: string; ogLocale: string }> = {
  lv: { endonym: 'Latviešu', bcp47: 'lv-LV', ogLocale: 'lv_LV' },
  en: { endonym: 'English', bcp47: 'en-GB', ogLocale: 'en_GB' },
  ru: { endonym: 'Русский', bcp47: 'ru-RU', ogLocale: 'ru_RU' },
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);
