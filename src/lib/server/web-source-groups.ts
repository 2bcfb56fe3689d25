/**
 * Official web pages (content/web-sources/) are listed on one page per municipality or region, so
 * that no source page outgrows the 14 KB first-render budget as pages are added. A page's group is
 * the municipality or region its id starts with (ids are prefixed that way, see content/README.md);
 * pages of state institutions and others form the group "national".
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { localePath } from '../../routing/urls.ts';

export const nationalGroup = 'national';

/** Municipality and region ids, longest first, so "jelgavas-novads-…" is not taken for "jelgava". */
async function prefixes() {
  const [municipalities, regions] = await Promise.all([getCollection('municipalities'), getCollection('regions')]);
  return [...new Set([...municipalities, ...regions].map((e) => e.id))].sort((a, b) => b.length - a.length);
}

/** The group (municipality id, region id or "national") a web source is listed under. */
async function webSourceGroup(id: string): Promise<string> {
  return (await prefixes()).find((p) => id.startsWith(`${p}-`)) ?? nationalGroup;
}

/** Where a web source is listed: its group's page, at its anchor. */
export async function webSourceHref(locale: Locale, id: string): Promise<string> {
  return `${localePath(locale, 'sources', 'web', await webSourceGroup(id))}#web-${id}`;
}

/** Every group with its web sources (sorted by id), national first. */
export async function webSourceGroups() {
  const pages = (await getCollection('web-sources')).sort((a, b) => a.id.localeCompare(b.id));
  const groups = new Map<string, typeof pages>();
  for (const page of pages) {
    const g = await webSourceGroup(page.id);
    groups.set(g, [...(groups.get(g) ?? []), page]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === nationalGroup ? -1 : b === nationalGroup ? 1 : a.localeCompare(b)));
}
