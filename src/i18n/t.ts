/**
 * UI strings through i18next. Plurals use Intl.PluralRules under the hood
 * (lv: zero/one/other, ru: one/few/many/other, en: one/other).
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeInfo, locales, type Locale } from './locales.ts';
import en from './strings/en.json' with { type: 'json' };
import lv from './strings/lv.json' with { type: 'json' };
import ru from './strings/ru.json' with { type: 'json' };

/** The UI strings' shape, from the Latvian source dictionary (e.g. `keyof UiStrings['topics']`). */
export type UiStrings = typeof lv;

export const dictionaries: Record<Locale, Record<string, unknown>> = { lv, en, ru };

/**
 * Typed keys: t('a.missing.key') fails `astro check`. Latvian is the source, so its dictionary
 * defines the keys; tests/unit/i18n.test.ts checks that en and ru have exactly the same ones.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof lv };
    returnNull: false;
  }
}

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(locales.map((l) => [l, { translation: dictionaries[l] }])),
  lng: defaultLocale,
  fallbackLng: false,
  supportedLngs: [...locales],
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false },
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`Missing UI string "${key}" for ${lngs.join(', ')}: add it to src/i18n/strings/.`);
  },
  saveMissing: true,
});

/** A translator fixed to one language. */
export const useT = (locale: Locale): TFunction => instance.getFixedT(locale);

/** Numbers the way each language writes them (1 234,5 in lv/ru; 1,234.5 in en). */
export const formatNumber = (locale: Locale, value: number) =>
  new Intl.NumberFormat(localeInfo[locale].bcp47, { maximumFractionDigits: 2 }).format(value);

// British English (en-GB) dates: "30 September 2022", as readers in the UK and Ireland write them.
const monthFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(localeInfo[locale].bcp47, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(localeInfo[locale].bcp47, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2022", "2022-09" or "2022-09-30" written out in the reader's language. */
export const formatAsOf = (locale: Locale, value: string) => {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return (d ? dayFormat(locale) : monthFormat(locale)).format(date);
};

/**
 * The plural forms of a key for browser scripts: `{ one: "{{count}} … ", other: … }`.
 * The script picks one with Intl.PluralRules and replaces {{count}}.
 */
export function pluralForms(locale: Locale, key: string): Record<string, string> {
  const node = key
    .split('.')
    .slice(0, -1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], dictionaries[locale]) as Record<string, string>;
  const last = key.split('.').at(-1)!;
  const forms: Record<string, string> = {};
  for (const cat of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
    const value = node?.[`${last}_${cat}`];
    if (typeof value !== 'string') throw new Error(`Missing plural form "${key}_${cat}" for ${locale} in src/i18n/strings/${locale}.json.`);
    forms[cat] = value;
  }
  return forms;
}
