/**
 * Per-language entries with Latvian fallback. Entry ids look like `en/riga/housing`; the part after
 * the language is the shared slug. Every Latvian entry gets a route in every language: the
 * translation when it exists, otherwise the Latvian entry marked `fallback` (shown with a notice,
 * `<main lang="lv">`, and kept out of the search index).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';

type PageCollection = 'guides' | 'faq' | 'stories' | 'pages';

export interface Localized<C extends PageCollection> {
  locale: Locale;
  slug: string;
  entry: CollectionEntry<C>;
  /** True when `entry` is the Latvian original shown in place of a missing translation. */
  fallback: boolean;
  /** Languages in which this page really exists (for hreflang). */
  translated: Locale[];
}

const splitId = (id: string): { locale: string; slug: string } => {
  const [locale, ...rest] = id.split('/');
  return { locale: locale ?? '', slug: rest.join('/') };
};

export async function localizedEntries<C extends PageCollection>(collection: C): Promise<Localized<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  const byKey = new Map(all.map((e) => [e.id, e]));
  const sources = all.filter((e) => splitId(e.id).locale === defaultLocale);
  const out: Localized<C>[] = [];
  for (const source of sources) {
    const { slug } = splitId(source.id);
    const translated = locales.filter((l) => byKey.has(`${l}/${slug}`));
    for (const locale of locales) {
      const own = byKey.get(`${locale}/${slug}`);
      out.push({ locale, slug, entry: own ?? source, fallback: !own, translated });
    }
  }
  return out;
}

/** The entries for one language only (translation or fallback), keyed by slug. */
export async function entriesFor<C extends PageCollection>(collection: C, locale: Locale) {
  const list = await localizedEntries(collection);
  return new Map(list.filter((e) => e.locale === locale).map((e) => [e.slug, e]));
}
