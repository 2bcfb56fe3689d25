/** Parsing and resolving source references ("001:5658", "001:5658-5662", "web:<id>", "gk:pmlp"). */
import { getEntry } from 'astro:content';
import { localeInfo, type Locale } from '../../i18n/locales.ts';
import { formatAsOf, useT } from '../../i18n/t.ts';
import { localePath } from '../../routing/urls.ts';
import { parseSourceRef, sourceRefHelp, type ParsedRef } from '../source-ref.ts';
import { webSourceHref } from './web-source-groups.ts';

function parseRef(ref: string): ParsedRef {
  const parsed = parseSourceRef(ref);
  if (!parsed) throw new Error(`Source reference "${ref}" is malformed: ${sourceRefHelp}.`);
  return parsed;
}

export interface ResolvedCitation {
  /** Visible text: "LU study 2023, line 5663 · as of 2022". */
  text: string;
  /** Where the citation links: the document's entry on the sources page. */
  href: string;
  /** `astro dev` only: the source does not exist (a scaffold's placeholder "999:1"). */
  draft?: true;
}

/**
 * A source that does not exist. A build never gets here (its content gate refuses the file first),
 * so this throws; `astro dev` shows the page with a visible draft marker instead, so that an editor
 * can preview a scaffolded page (`npm run new`) while replacing its placeholders.
 */
function unknownSource(ref: string, locale: Locale, message: string): ResolvedCitation {
  if (!import.meta.env.DEV) throw new Error(message);
  return { text: useT(locale)('draft.cite', { ref }), href: localePath(locale, 'sources'), draft: true };
}

/** The references among `refs` that name no existing source (in `astro dev`; a build has none). */
export async function draftSources(refs: readonly string[], locale: Locale): Promise<string[]> {
  if (!import.meta.env.DEV) return [];
  const resolved = await Promise.all(
    refs.map(async (ref) => ({ ref, c: await resolveCitation(ref, locale).catch(() => ({ draft: true })) })),
  );
  return resolved.filter(({ c }) => c.draft).map(({ ref }) => ref);
}

/** "as of January 2022" / "as of 2022" (Russian: «данные на январь 2022 г.» but «данные за 2022 год»). */
function asOfText(locale: Locale, date: string): string {
  const t = useT(locale);
  return date.includes('-') ? t('cite.asOf', { date: formatAsOf(locale, date) }) : t('cite.asOfYear', { year: date });
}

/** "page updated 5 April 2024" / "the page shows no date", for a web source's own date. */
export function webSourceDate(
  locale: Locale,
  data: { pageDate?: string; dateLabel?: 'updated' | 'published' | 'reported'; noDateShown?: true },
): string {
  const t = useT(locale);
  if (!data.pageDate) return t('cite.webNoDate');
  const key = data.dateLabel === 'published' ? 'cite.webPublished' : data.dateLabel === 'reported' ? 'cite.webReported' : 'cite.webUpdated';
  return t(key, { date: formatAsOf(locale, data.pageDate) });
}

/** Turns a reference into the words and link a reader sees. `asOf` overrides the document's own date. */
export async function resolveCitation(ref: string, locale: Locale, asOf?: string): Promise<ResolvedCitation> {
  const t = useT(locale);
  const parsed = parseRef(ref);
  if (parsed.kind === 'web') {
    const page = await getEntry('web-sources', parsed.id);
    if (!page)
      return unknownSource(ref, locale, `Source "${ref}": no web source "${parsed.id}" in content/web-sources/. Add it or fix the id.`);
    return {
      text: `${t('cite.label')}: ${page.data.publisher[locale]}, ${webSourceDate(locale, page.data)}`,
      href: await webSourceHref(locale, parsed.id),
    };
  }
  if (parsed.kind === 'gk') {
    const inst = await getEntry('institutions', parsed.institution);
    if (!inst)
      return unknownSource(
        ref,
        locale,
        `Source "${ref}": no institution "${parsed.institution}" in content/institutions/. Add it or fix the id.`,
      );
    return {
      text: `${t('cite.label')}: ${t('cite.general', { institution: inst.data.abbr ?? inst.data.names[locale] })}`,
      href: `${localePath(locale, 'sources')}#inst-${parsed.institution}`,
    };
  }
  const doc = await getEntry('documents', parsed.doc);
  if (!doc)
    return unknownSource(
      ref,
      locale,
      `Source "${ref}": no document "${parsed.doc}" in content/documents/. Use one of the listed documents.`,
    );
  const where = parsed.to ? t('cite.lines', { from: parsed.from, to: parsed.to }) : t('cite.line', { line: parsed.from });
  return {
    text: `${t('cite.label')}: ${doc.data.short[locale]}, ${where} · ${asOfText(locale, asOf ?? doc.data.asOf)}`,
    href: `${localePath(locale, 'sources')}#doc-${parsed.doc}`,
  };
}

/** "(Jan 2022)": the short "as of" shown beside a figure; the full date is in the page's source list. */
function formatAsOfShort(locale: Locale, value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  return new Intl.DateTimeFormat(localeInfo[locale].bcp47, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))),
  );
}

/** The date shown beside a cited figure: `iso` for <time datetime>, `text` for the reader. */
interface CitationWhen {
  iso: string;
  text: string;
}

/** Everything the page's numbered source list says about one source, and the short date for the text. */
export type CitationEntry =
  | { kind: 'doc'; key: string; when: CitationWhen; href: string; title: string; short: string; where: string; asOf: string }
  | {
      kind: 'web';
      key: string;
      when: CitationWhen;
      href: string;
      url: string;
      title: string;
      language: Locale;
      publisher: string;
      date: string;
      seen: string;
    }
  | { kind: 'gk'; key: string; when?: undefined; href: string; text: string }
  | { kind: 'draft'; key: string; when?: undefined; href: string; text: string };

/**
 * One source as a numbered reference shows it. `key` says which citations are "the same source" on a
 * page (and so share a number): the same reference with the same "as of" date.
 */
export async function citationEntry(ref: string, locale: Locale, asOf?: string): Promise<CitationEntry> {
  const t = useT(locale);
  const parsed = parseRef(ref);
  const draft = async (): Promise<CitationEntry> => {
    const c = await resolveCitation(ref, locale, asOf);
    return { kind: 'draft', key: ref, href: c.href, text: c.text };
  };
  if (parsed.kind === 'web') {
    const page = await getEntry('web-sources', parsed.id);
    if (!page) return draft();
    const d = page.data;
    const when = d.pageDate
      ? { iso: d.pageDate, text: t('citeRefs.when', { date: formatAsOfShort(locale, d.pageDate) }) }
      : { iso: d.seen, text: t('citeRefs.when', { date: t('citeRefs.noDateShort', { date: formatAsOfShort(locale, d.seen) }) }) };
    return {
      kind: 'web',
      key: ref,
      when,
      href: await webSourceHref(locale, parsed.id),
      url: d.url,
      title: d.title,
      language: d.language,
      publisher: d.publisher[locale],
      date: webSourceDate(locale, d),
      seen: t('sources.seen', { date: formatAsOf(locale, d.seen) }),
    };
  }
  if (parsed.kind === 'gk') {
    const inst = await getEntry('institutions', parsed.institution);
    if (!inst) return draft();
    return {
      kind: 'gk',
      key: ref,
      href: `${localePath(locale, 'sources')}#inst-${parsed.institution}`,
      text: t('cite.general', { institution: inst.data.abbr ?? inst.data.names[locale] }),
    };
  }
  const doc = await getEntry('documents', parsed.doc);
  if (!doc) return draft();
  const date = asOf ?? doc.data.asOf;
  return {
    kind: 'doc',
    key: `${ref}@${date}`,
    when: { iso: date, text: t('citeRefs.when', { date: formatAsOfShort(locale, date) }) },
    href: `${localePath(locale, 'sources')}#doc-${parsed.doc}`,
    title: doc.data.title[locale],
    short: doc.data.short[locale],
    where: parsed.to ? t('cite.lines', { from: parsed.from, to: parsed.to }) : t('cite.line', { line: parsed.from }),
    asOf: asOfText(locale, date),
  };
}
