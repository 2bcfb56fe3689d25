/**
 * Builds the search page's per-language index (format in src/search/engine.ts) from the pages' text
 * as src/search/extract.ts reads it: runs of text with their weight (data-pagefind-weight, headings).
 * Words in the title count TITLE extra times.
 */
import type { Manifest, Shard } from './engine.ts';
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

export const FIELDS = ['type', 'region', 'municipality', 'topic'];
const TITLE = 2;

export function buildIndex(pages: IndexedPage[]): { manifest: Manifest; shards: Map<string, Shard>; texts: string[] } {
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
    const add = (list: string[], weight: number) => { for (const w of list) if (w.length > 1) counts.set(w, (counts.get(w) ?? 0) + weight); };
    for (const run of page.runs ?? [{ text: page.content, weight: 1 }]) add(words(run.text), run.weight);
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
    shards.get(name)![word] = postings.get(word)!.flatMap(([doc, n]) => { const d = doc - previous; previous = doc; return [d, n]; });
  }
  const manifest: Manifest = {
    n: docs.length,
    avg: Math.round(totalLength / Math.max(1, docs.length)),
    fields: FIELDS,
    values,
    docs,
    shards: [...shards.keys()],
  };
  return { manifest, shards, texts: sorted.map((p) => p.content) };
}
