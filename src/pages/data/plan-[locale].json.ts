/** The checklist items for the return-plan tool in one language, fetched when the reader makes a plan. */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { entriesFor } from '~/routing/localized';
import { perLocale } from '~/routing/paths';
import { localePath } from '~/routing/urls';

export const getStaticPaths = perLocale;
export async function GET({ params }: APIContext) {
  const locale = params.locale as Locale;
  const faq = await entriesFor('faq', locale);
  const institutions = new Map((await getCollection('institutions')).map((i) => [i.id, i]));
  const items = (await getCollection('steps')).map((s) => ({
    id: s.id,
    phase: s.data.phase,
    order: s.data.order,
    start: s.data.start,
    audience: s.data.audience,
    title: s.data.title[locale],
    text: s.data.text[locale],
    links: [
      ...s.data.faq
        .filter((id) => faq.has(id))
        .map((id) => ({ label: faq.get(id)!.entry.data.title, href: localePath(locale, 'faq', id) })),
      ...s.data.institutions.map((r) => institutions.get(r.id)!).map((i) => ({ label: i.data.names[locale], href: i.data.website })),
    ],
  }));
  return new Response(JSON.stringify(items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
