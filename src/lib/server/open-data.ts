/** Open data: the site's facts as JSON and CSV (CC BY 4.0). Shapes are documented on /<lang>/data/. */
import { getCollection } from 'astro:content';
import { locales } from '../../i18n/locales.ts';
import { localizedEntries } from '../../routing/localized.ts';
import { localePath } from '../../routing/urls.ts';
import { buildTime, statusOf } from './data.ts';

const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export async function municipalitiesData() {
  return (await getCollection('municipalities'))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => ({
      id: m.id,
      names: m.data.names,
      officialName: m.data.officialName,
      type: m.data.type,
      region: m.data.region.id,
      centre: { name: m.data.centre.name, lat: m.data.centre.lat, lon: m.data.centre.lon },
      website: m.data.website,
      facts: m.data.facts.map((f) => ({
        key: f.key,
        value: f.value,
        unit: f.unit,
        asOf: f.asOf,
        source: f.source,
        ...(f.scope ? { scope: f.scope } : {}),
      })),
      pages: Object.fromEntries(locales.map((l) => [l, localePath(l, 'municipalities', m.id)])),
    }));
}

export async function programmesData() {
  return (await getCollection('programmes'))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((p) => ({
      id: p.id,
      names: p.data.names,
      provider: p.data.provider,
      scope: p.data.scope,
      regions: p.data.regions.map((r) => r.id),
      municipalities: p.data.municipalities.map((m) => m.id),
      kinds: p.data.kinds,
      amounts: p.data.amounts.map((a) => ({ min: a.min ?? null, max: a.max, unit: a.unit })),
      period: { start: p.data.period.start ?? null, end: p.data.period.end ?? null },
      proposal: p.data.proposal,
      status: statusOf(p),
      statusComputedOn: buildTime.toISOString().slice(0, 10),
      asOf: p.data.asOf,
      sources: p.data.sources,
      pages: Object.fromEntries(locales.map((l) => [l, localePath(l, 'support', p.id)])),
    }));
}

export async function faqData(locale: (typeof locales)[number]) {
  return (await localizedEntries('faq'))
    .filter((f) => f.locale === locale)
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((f) => ({
      id: f.slug,
      language: f.fallback ? 'lv' : locale,
      title: f.entry.data.title,
      summary: f.entry.data.summary,
      category: f.entry.data.category,
      reviewed: f.entry.data.reviewed,
      sources: f.entry.data.sources,
      municipalities: f.entry.data.municipalities.map((m) => m.id),
      url: localePath(locale, 'faq', f.slug),
    }));
}

/** CSV column names, shared by the CSV endpoints and the open-data page that documents them. */
export const csvColumns = {
  municipalities: ['municipality', 'name_lv', 'type', 'region', 'key', 'value', 'unit', 'as_of', 'source'],
  programmes: [
    'programme',
    'name_lv',
    'name_en',
    'name_ru',
    'scope',
    'regions',
    'municipalities',
    'kinds',
    'amounts_eur',
    'period_start',
    'period_end',
    'status',
    'as_of',
    'sources',
  ],
  faq: ['id', 'language', 'category', 'title', 'summary', 'reviewed', 'sources', 'url'],
};

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, as OWASP recommends against CSV injection. Numbers stay numbers (a net migration of -12).
 */
function neutraliseCell(v: unknown): string {
  if (typeof v === 'number') return String(v);
  const s = String(v ?? '');
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends; formula-like text neutralised. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]) {
  const cell = (v: unknown) => `"${neutraliseCell(v).replace(/"/g, '""')}"`;
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const json = (data: unknown) =>
  new Response(JSON.stringify({ licence, generated: buildTime.toISOString().slice(0, 10), data }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
/** CSV with a byte-order mark, so spreadsheet programs (Excel) read ā, š and Cyrillic as UTF-8. */
export const csv = (text: string) => new Response(`\uFEFF${text}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
