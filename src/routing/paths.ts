/** getStaticPaths for every route. Route files stay thin: they import from here. */
import { getCollection } from 'astro:content';
import { locales } from '../i18n/locales.ts';
import { localizedEntries } from './localized.ts';
import { guideTopics } from './sections.ts';

/** Pages that exist once per language and have no entry behind them. */
export const perLocale = () => locales.map((locale) => ({ params: { locale }, props: { locale } }));

export async function municipalityPaths() {
  const [municipalities, guides] = await Promise.all([getCollection('municipalities'), localizedEntries('guides')]);
  return locales.flatMap((locale) =>
    municipalities.map((m) => {
      const mine = guides.filter((g) => g.locale === locale && g.slug.startsWith(`${m.id}/`));
      const overview = mine.find((g) => g.slug === `${m.id}/overview`);
      const available = mine.map((g) => g.slug.split('/')[1]!);
      return { params: { locale, municipality: m.id }, props: { locale, municipality: m, overview, available } };
    }),
  );
}

export async function topicPaths() {
  const [municipalities, guides] = await Promise.all([getCollection('municipalities'), localizedEntries('guides')]);
  return guides
    .filter((g) => !g.slug.endsWith('/overview'))
    .map((g) => {
      const [municipalityId, topic] = g.slug.split('/') as [string, string];
      const municipality = municipalities.find((m) => m.id === municipalityId)!;
      const available = guides
        .filter((x) => x.locale === g.locale && x.slug.startsWith(`${municipalityId}/`))
        .map((x) => x.slug.split('/')[1]!);
      return { params: { locale: g.locale, municipality: municipalityId, topic }, props: { page: g, municipality, available } };
    });
}

export async function regionPaths() {
  const regions = await getCollection('regions');
  return locales.flatMap((locale) => regions.map((region) => ({ params: { locale, region: region.id }, props: { locale, region } })));
}

export async function faqPaths() {
  return (await localizedEntries('faq')).map((page) => ({ params: { locale: page.locale, id: page.slug }, props: { page } }));
}

export async function faqCategoryPaths() {
  const { faqCategories } = await import('../schemas/faq.ts');
  const used = new Set((await getCollection('faq')).map((f) => f.data.category));
  return locales.flatMap((locale) =>
    faqCategories.filter((c) => used.has(c)).map((category) => ({ params: { locale, category }, props: { locale, category } })),
  );
}

export async function storyPaths() {
  return (await localizedEntries('stories')).map((page) => ({ params: { locale: page.locale, story: page.slug }, props: { page } }));
}

export async function programmePaths() {
  const programmes = await getCollection('programmes');
  return locales.flatMap((locale) =>
    programmes.map((programme) => ({ params: { locale, programme: programme.id }, props: { locale, programme } })),
  );
}

/**
 * Old URLs of former municipalities (merged into another, e.g. Varakļāni into Madona in 2025):
 * the overview, the booklet and every topic in every language redirect to the successor's page.
 */
export async function formerMunicipalityPaths() {
  const municipalities = await getCollection('municipalities');
  return municipalities.flatMap((successor) =>
    successor.data.merged.flatMap((former) =>
      locales.flatMap((locale) =>
        [undefined, 'booklet', ...guideTopics.filter((t) => t !== 'overview')].map((page) => ({
          params: { locale, former: page ? `${former.id}/${page}` : former.id },
          props: {
            locale,
            successor,
            former,
            target: page === undefined || page === 'booklet' ? [successor.id, ...(page ? [page] : [])] : [successor.id, page],
          },
        })),
      ),
    ),
  );
}
