/**
 * Search indexes, built right after Astro writes dist/, from the elements marked
 * data-pagefind-body:
 * - /pagefind-all/: a Pagefind index of every language together, for the "search all languages"
 *   switch (one analyser for every page);
 * - /search/<lang>/: the search page's own small per-language index (src/search/index-builder.ts),
 *   made from the text Pagefind extracted. Pagefind's own per-language bundle cannot serve a first
 *   query within 100 KB here: its script, worker and WebAssembly alone are about 94 KB, and its
 *   word chunks are cut at a fixed 20,000 postings (about 50 KB each on this site).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { locales } from '../i18n/locales.ts';
import { buildIndex, type IndexedPage } from './index-builder.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors?: { element: string; text: string }[];
}

/** Reads Pagefind's fragment files (gzip, then a "pagefind_dcd" signature, then JSON). */
export function readFragments(dir: string): Fragment[] {
  return readdirSync(dir).filter((f) => f.endsWith('.pf_fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(raw.startsWith('pagefind_dcd') ? raw.slice('pagefind_dcd'.length) : raw) as Fragment;
  });
}

/** Writes dist/search/<lang>/: index.json, s/<shard>.json, t/<page>.txt. Returns pages per language. */
export function writeSearchIndexes(out: string, fragments: Fragment[]): Record<string, number> {
  const written: Record<string, number> = {};
  rmSync(join(out, 'search'), { recursive: true, force: true });
  for (const locale of locales) {
    const pages: IndexedPage[] = fragments
      .filter((f) => f.url.startsWith(`/${locale}/`))
      .map((f) => ({
        url: f.url,
        title: f.meta.title ?? f.url,
        content: f.content,
        headings: (f.anchors ?? []).filter((a) => /^h[1-6]$/.test(a.element)).map((a) => a.text),
        summary: f.meta.summary,
        filters: f.filters,
      }));
    const { manifest, shards, texts } = buildIndex(pages);
    const dir = join(out, 'search', locale);
    mkdirSync(join(dir, 's'), { recursive: true });
    mkdirSync(join(dir, 't'), { recursive: true });
    writeFileSync(join(dir, 'index.json'), JSON.stringify(manifest));
    for (const [name, shard] of shards) writeFileSync(join(dir, 's', `${name}.json`), JSON.stringify(shard));
    texts.forEach((text, i) => writeFileSync(join(dir, 't', `${i}.txt`), text));
    written[locale] = manifest.n;
  }
  return written;
}

/** Runs Pagefind over the built site (`out`, ending in "/") into pagefind-all/, then writes our own indexes from its fragments. */
export async function buildSearch(out: string): Promise<{ pages: number; own: Record<string, number> }> {
  const { createIndex, close } = await import('pagefind');
  const all = await createIndex({ forceLanguage: 'en' });
  if (!all.index) throw new Error(`Pagefind could not start: ${all.errors.join('; ')}`);
  const added = await all.index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  await all.index.writeFiles({ outputPath: `${out}pagefind-all` });
  await close();
  // Pagefind also writes its UI bundles; the search page has its own UI, so nothing loads them.
  for (const f of readdirSync(`${out}pagefind-all`)) if (/-ui\.(js|css)$|^pagefind-highlight\.js$/.test(f)) rmSync(`${out}pagefind-all/${f}`);
  return { pages: added.page_count, own: writeSearchIndexes(out, readFragments(`${out}pagefind-all/fragment`)) };
}
