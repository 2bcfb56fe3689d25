/**
 * What the "my municipality" block needs, in one language: names, figures already formatted with
 * their citation, links. Fetched only by readers who chose a municipality.
 */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { formatNumber, useT } from '~/i18n/t';
import { programmesFor } from '~/lib/server/data';
import { resolveCitation } from '~/lib/server/sources';
import { perLocale } from '~/routing/paths';
import { localePath } from '~/routing/urls';
import { guideTopics } from '~/routing/sections';

export const getStaticPaths = perLocale;
export async function GET({ params }: APIContext) {
  const locale = params.locale as Locale;
  const t = useT(locale);
  const regions = new Map((await getCollection('regions')).map((r) => [r.id, r]));
  const out: Record<string, unknown> = {};
  for (const m of await getCollection('municipalities')) {
    const region = regions.get(m.data.region.id)!;
    const facts = await Promise.all(
      m.data.facts
        .filter((f) => ['net-wage', 'vacancies-skilled'].includes(f.key))
        .map(async (f) => {
          const c = await resolveCitation(f.source, locale, f.asOf);
          return {
            label: t(`facts.${f.key}`),
            value: t(`units.${f.unit}`, { value: formatNumber(locale, f.value) }),
            cite: c.text,
            citeHref: c.href,
          };
        }),
    );
    const programmes = (await programmesFor(m)).filter((p) => p.data.scope !== 'national');
    out[m.id] = {
      name: m.data.names[locale],
      facts,
      topics: guideTopics.map((topic) => ({
        label: t(`topics.${topic}`),
        href: localePath(locale, 'municipalities', m.id, topic === 'overview' ? '' : topic),
      })),
      programmes: programmes.map((p) => ({ label: p.data.names[locale], href: localePath(locale, 'support', p.id) })),
      coordinator: { label: `${t('mine.coordinator')}: ${region.data.names[locale]}`, href: localePath(locale, 'regions', region.id) },
      website: m.data.website,
    };
  }
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
