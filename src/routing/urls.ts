/** Localized URLs. Slugs are identical in every language, so a URL differs only in its prefix. */
import { locales, type Locale } from '../i18n/locales.ts';

/** `/lv/municipalities/riga/` from ('lv', 'municipalities', 'riga'). */
export const localePath = (locale: Locale, ...segments: string[]) => `/${[locale, ...segments.filter(Boolean)].join('/')}/`;

/** The path of the same page in another language: swap the first segment. */
export const switchLocale = (pathname: string, to: Locale) => {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0 || !(locales as readonly string[]).includes(parts[0]!)) return `/${to}/`;
  parts[0] = to;
  return `/${parts.join('/')}/`;
};
