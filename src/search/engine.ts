/**
 * The search page's own small index (built by src/search/index-builder.ts from the text Pagefind
 * extracts): one manifest per language with the pages and their filter values, word shards keyed by
 * a word's first two letters, and each page's plain text for excerpts. A query loads only the
 * shards of its words. Ranking is BM25 over weighted word counts (title and headings count more),
 * with query words matched as prefixes of indexed words, and pages that contain the query's rarer
 * words ranked first.
 */
import { placePage, type Intent, type Place } from './intent.ts';
import { WORD, fold, shardOf } from './text.ts';

export interface Manifest {
  /** Number of pages and their average length in words. */
  n: number;
  avg: number;
  /** Filter names (type, region, municipality, topic) and, per filter, its values. */
  fields: string[];
  values: string[][];
  /** Per page: URL, title, length in words, then one value index per filter (-1: none). */
  docs: [string, string, number, ...number[]][];
  /** Names of the shards that exist. */
  shards: string[];
  /** The municipalities and the keys of their names (src/search/intent.ts). */
  places?: Place[];
}
/** Word → flat list of (page number as a difference from the previous one, weighted count). */
export type Shard = Record<string, number[]>;
export interface Hit {
  doc: number;
  score: number;
}

const K1 = 1.2;
const B = 0.4;
/** A query word in the page title adds this many times the word's idf (a title match is a strong signal). */
const TITLE_BONUS = 1.5;
/** Share of the query's weight (sum of its words' idf) a page must contain to be listed. */
const MIN_COVERAGE = 0.2;

const titleWords = new WeakMap<Manifest, string[][]>();
const titlesOf = (m: Manifest) => {
  if (!titleWords.has(m))
    titleWords.set(
      m,
      m.docs.map((d) => (d[1].match(WORD) ?? []).map(fold)),
    );
  return titleWords.get(m)!;
};

/** Does an indexed word match a query key? Keys of three letters or more match as prefixes. */
const matches = (word: string, key: string) => (key.length >= 3 ? word.startsWith(key) : word === key);

/**
 * Pages matching any key, best first. `shards` must hold the shard of every key (missing ones mean
 * no word starts that way). `filters` maps a filter name to the value a page must have.
 */
const allows = (m: Manifest, filters: Record<string, string>) => (doc: number) =>
  m.fields.every((f, i) => {
    const want = filters[f];
    return !want || m.values[i]![m.docs[doc]![3 + i] as number] === want;
  });

export function rank(m: Manifest, keys: string[], shards: Map<string, Shard>, filters: Record<string, string> = {}): Hit[] {
  const allowed = allows(m, filters);
  const score = new Map<number, number>();
  const covered = new Map<number, number>();
  const idfs: number[] = [];
  for (const key of keys) {
    const shard = shards.get(shardOf(key)) ?? {};
    // Weighted count per page over every indexed word this key matches; longer extensions count less.
    const tf = new Map<number, number>();
    for (const [word, postings] of Object.entries(shard)) {
      if (!matches(word, key)) continue;
      const closeness = word === key ? 1 : Math.sqrt(key.length / word.length);
      let doc = 0;
      for (let i = 0; i < postings.length; i += 2) {
        doc += postings[i]!;
        tf.set(doc, (tf.get(doc) ?? 0) + postings[i + 1]! * closeness);
      }
    }
    const idf = Math.log(1 + (m.n - tf.size + 0.5) / (tf.size + 0.5));
    idfs.push(idf);
    titlesOf(m).forEach((words, doc) => {
      if (!tf.has(doc) || !allowed(doc) || !words.some((w) => matches(w, key))) return;
      score.set(doc, (score.get(doc) ?? 0) + idf * TITLE_BONUS);
    });
    for (const [doc, f] of tf) {
      if (!allowed(doc)) continue;
      const len = m.docs[doc]![2];
      const bm25 = (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * len) / m.avg));
      score.set(doc, (score.get(doc) ?? 0) + bm25);
      covered.set(doc, (covered.get(doc) ?? 0) + idf);
    }
  }
  const total = idfs.reduce((a, b) => a + b, 0) || 1;
  // A page that has only the query's commonest words ("на", "un") is not a result.
  return [...score]
    .filter(([doc]) => covered.get(doc)! / total >= MIN_COVERAGE)
    .map(([doc, s]) => ({ doc, score: s * (covered.get(doc)! / total) ** 2 }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/**
 * Puts the pages of the municipality a query names first: its page on the query's topic above all
 * (its overview when the query names only the place), each group in BM25 order, then the rest.
 * Those pages are added even when BM25 did not list them (a page about kindergartens in Cēsis may
 * not use the word the reader typed). When the query also has words that are neither place nor
 * topic ("Liepāja return plan"), BM25 knows better: the place's pages only get a nudge.
 */
export function boost(m: Manifest, hits: Hit[], intent: Intent, filters: Record<string, string> = {}): Hit[] {
  if (intent.places.length === 0) {
    // No place named: a page about one municipality (its own pages, a local programme or story) is no
    // answer for everyone, so general pages come first.
    const local = localTo(m);
    return hits
      .map((h) => (local(h.doc) ? { doc: h.doc, score: h.score * ELSEWHERE } : h))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
  const allowed = allows(m, filters);
  const top = hits[0]?.score ?? 1;
  const score = new Map(hits.map((h) => [h.doc, h.score]));
  const sure = intent.topics.length > 0 || !intent.other;
  m.docs.forEach((d, doc) => {
    const page = placePage(d[0]);
    if (!page || !intent.places.includes(page.place) || !allowed(doc)) return;
    if (!sure) {
      if (score.has(doc)) score.set(doc, score.get(doc)! * 1.3);
      return;
    }
    const onTopic = intent.topics.length ? intent.topics.includes(page.topic) : page.topic === 'overview';
    if (onTopic) score.set(doc, (score.get(doc) ?? 0) + top * 3);
    else if (intent.topics.length === 0) score.set(doc, (score.get(doc) ?? 0) + top);
  });
  return [...score].map(([doc, s]) => ({ doc, score: s })).sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Is a page about one municipality: its own pages, and programmes and stories filed under it? */
const localTo = (m: Manifest) => {
  const field = m.fields.indexOf('municipality');
  return (doc: number) => placePage(m.docs[doc]![0]) !== undefined || (field >= 0 && (m.docs[doc]![3 + field] as number) >= 0);
};

/** Weight of a municipality's page when the query names no municipality. */
const ELSEWHERE = 0.7;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * An excerpt of about `length` words around the densest cluster of matching words, as HTML: the
 * text escaped, matching words in <mark>.
 */
export function excerpt(text: string, keys: string[], length = 24): string {
  const tokens = [...text.matchAll(WORD)].map((x) => ({
    start: x.index,
    end: x.index + x[0].length,
    hit: keys.some((k) => matches(fold(x[0]), k)),
  }));
  if (tokens.length === 0) return '';
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.hit) hits++;
    if (i >= length && tokens[i - length]!.hit) hits--;
    const start = Math.max(0, i - length + 1);
    if (hits > bestHits) {
      bestHits = hits;
      best = start;
    }
  }
  // Start two words before the first hit in the window, so the match has some context.
  const firstHit = tokens.slice(best, best + length).findIndex((t) => t.hit);
  const from = Math.max(0, firstHit > 2 ? best + firstHit - 2 : best);
  const window = tokens.slice(from, from + length);
  let html = from > 0 ? '… ' : '';
  let pos = window[0]!.start;
  for (const t of window) {
    html += escape(text.slice(pos, t.start));
    html += t.hit ? `<mark>${escape(text.slice(t.start, t.end))}</mark>` : escape(text.slice(t.start, t.end));
    pos = t.end;
  }
  return from + length < tokens.length ? `${html} …` : html + escape(text.slice(pos).trimEnd());
}
