/** Lookups shared by page templates. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { programmeStatus } from '../programme-status.ts';

export type Municipality = CollectionEntry<'municipalities'>;
export type Programme = CollectionEntry<'programmes'>;

const collator = (locale: Locale) => new Intl.Collator(locale);

export async function municipalitiesSorted(locale: Locale) {
  const all = await getCollection('municipalities');
  return all.sort((a, b) => collator(locale).compare(a.data.names[locale], b.data.names[locale]));
}

export async function regionsSorted(locale: Locale) {
  const all = await getCollection('regions');
  return all.sort((a, b) => collator(locale).compare(a.data.names[locale], b.data.names[locale]));
}

/** The build date: statuses are computed against it. */
export const buildTime = new Date();

export const statusOf = (p: Programme) => programmeStatus(p.data, buildTime);

/** Programmes that apply to a municipality: its own, its region's, and national ones. */
export async function programmesFor(m: Municipality) {
  const all = await getCollection('programmes');
  const regionId = m.data.region.id;
  return all.filter(
    (p) =>
      p.data.scope === 'national' ||
      (p.data.scope === 'regional' && p.data.regions.some((r) => r.id === regionId)) ||
      (p.data.scope === 'municipal' && p.data.municipalities.some((x) => x.id === m.id)),
  );
}
