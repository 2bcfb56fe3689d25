/**
 * Builds the search page's per-language index (format in src/search/engine.ts) from the pages' text
 * as src/search/extract.ts reads it: runs of text with their weight (data-pagefind-weight, headings).
 * Words in the title count TITLE extra times.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Manifest, Shard } from './engine.ts';
import { placePage, type Place } from './intent.ts';
import { shardOf, words } from './text.ts';

export interface IndexedPage {
  url: string;
  title: string;
  /** Plain text (excerpts, page length). */
  content: string;
  /** The text in runs of one weight; without it, `content` at weight 1. */
  runs?: { text: string; weight: number }[];
  filters: Record<string, string[]>;
}

const FIELDS = ['type', 'region', 'municipality', 'topic'];
const TITLE = 2;

/**
 * On a municipality's pages, sentences that only say a thing is not described ("The study does not
 * describe schools in X") count NOT_DESCRIBED times: a page whose only mention of kindergartens is
 * that it has nothing on them should not crowd out pages that do. (FAQ answers are left alone: "our
 * sources do not describe this procedure" there comes with the answer a reader is looking for.)
 */
const NOT_DESCRIBED = 0.15;
const notDescribed: Record<Locale, RegExp> = {
  lv: /\b(neapraksta|neaprakst\p{L}*|nesniedz\p{L}*|nemin|nav (?:aprakst|minet|minēt|datu|ziņu|informācij|sniegt))/iu,
  en: /\b(?:do|does|did) not (?:describe|say|mention|give|cover|list|report)|\bnot (?:described|mentioned|covered)\b|\bno (?:data|information|details)\b/i,
  ru: /(?:^|[^\p{L}])(?:не (?:описыва|описан|упомина|привод|сообща|содерж|указ)|нет (?:сведений|данных|информации))/iu,
};
/** A text in runs of one weight, with "not described" sentences weighed down. */
function weighSentences(text: string, weight: number, locale?: Locale): { text: string; weight: number }[] {
  if (!locale) return [{ text, weight }];
  return text
    .split(/(?<=[.;!?])\s+/)
    .map((sentence) => ({ text: sentence, weight: notDescribed[locale].test(sentence) ? weight * NOT_DESCRIBED : weight }));
}

export function buildIndex(
  pages: IndexedPage[],
  options: { locale?: Locale; places?: Place[] } = {},
): { manifest: Manifest; shards: Map<string, Shard>; texts: string[] } {
  const sorted = [...pages].sort((a, b) => a.url.localeCompare(b.url));
  const values = FIELDS.map(() => [] as string[]);
  const valueIndex = (field: number, value: string | undefined) => {
    if (value === undefined) return -1;
    const list = values[field]!;
    if (!list.includes(value)) list.push(value);
    return list.indexOf(value);
  };
  const postings = new Map<string, [number, number][]>();
  const docs: Manifest['docs'] = [];
  let totalLength = 0;
  sorted.forEach((page, doc) => {
    const body = words(page.content);
    totalLength += body.length;
    const counts = new Map<string, number>();
    // One-letter words are left out: no query can use them.
    const add = (list: string[], weight: number) => {
      for (const w of list) if (w.length > 1) counts.set(w, (counts.get(w) ?? 0) + weight);
    };
    const hedged = placePage(page.url) ? options.locale : undefined;
    for (const run of page.runs ?? [{ text: page.content, weight: 1 }]) {
      for (const part of weighSentences(run.text, run.weight, hedged)) add(words(part.text), part.weight);
    }
    add(words(page.title), TITLE);
    for (const [word, n] of counts) {
      if (!postings.has(word)) postings.set(word, []);
      postings.get(word)!.push([doc, Math.round(n * 100) / 100]);
    }
    docs.push([page.url, page.title, body.length, ...FIELDS.map((f, i) => valueIndex(i, page.filters[f]?.[0]))]);
  });
  const shards = new Map<string, Shard>();
  for (const word of [...postings.keys()].sort()) {
    const name = shardOf(word);
    if (!shards.has(name)) shards.set(name, {});
    let previous = 0;
    shards.get(name)![word] = postings.get(word)!.flatMap(([doc, n]) => {
      const d = doc - previous;
      previous = doc;
      return [d, n];
    });
  }
  const manifest: Manifest = {
    n: docs.length,
    avg: Math.round(totalLength / Math.max(1, docs.length)),
    fields: FIELDS,
    values,
    docs,
    shards: [...shards.keys()],
    ...(options.places ? { places: options.places } : {}),
  };
  return { manifest, shards, texts: sorted.map((p) => p.content) };
}
