/** An RSS feed of return stories per language (translations only; untranslated stories are left out). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeInfo, type Locale } from '~/i18n/locales';
import { useT } from '~/i18n/t';
import { localizedEntries } from '~/routing/localized';
import { perLocale } from '~/routing/paths';
import { localePath } from '~/routing/urls';

export const getStaticPaths = perLocale;

/** Feed readers render an item's description as HTML: escape it so a summary is only ever text. */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET(context: APIContext) {
  const locale = context.params.locale as Locale;
  const t = useT(locale);
  const stories = (await localizedEntries('stories')).filter((s) => s.locale === locale && !s.fallback);
  return rss({
    title: `${t('stories.title')} · ${t('site.name')}`,
    description: t('stories.lead'),
    site: context.site ?? 'http://127.0.0.1:4321/',
    items: stories
      .sort((a, b) => b.entry.data.published.localeCompare(a.entry.data.published))
      .map((s) => ({
        title: s.entry.data.title,
        description: asText(s.entry.data.summary),
        pubDate: new Date(`${s.entry.data.published}T00:00:00Z`),
        link: localePath(locale, 'stories', s.slug),
      })),
    customData: `<language>${localeInfo[locale].bcp47}</language>`,
    trailingSlash: true,
  });
}
