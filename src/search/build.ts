/**
 * Search indexes, built right after Astro writes dist/, from the elements marked
 * data-pagefind-body:
 * - /pagefind-all/: a Pagefind index of every language together, for the "search all languages"
 *   switch (one analyser for every page);
 * - /search/<lang>/: the search page's own small per-language index (src/search/index-builder.ts),
 *   from the text src/search/extract.ts reads out of the built pages. Pagefind's own per-language bundle cannot serve a first
 *   query within 100 KB here: its script, worker and WebAssembly alone are about 94 KB, and its
 *   word chunks are cut at a fixed 20,000 postings (about 50 KB each on this site).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../i18n/locales.ts';
import { extractPage, type ExtractedPage } from './extract.ts';
import { buildIndex } from './index-builder.ts';

/** Every indexed page of the built site in `out`, in the site's languages, by our own extraction. */
export function extractSite(out: string): ExtractedPage[] {
  const pages: ExtractedPage[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${url}${entry.name}/`);
      else if (entry.name === 'index.html') {
        const page = extractPage(readFileSync(join(dir, entry.name), 'utf8'), url);
        if (page) pages.push(page);
      }
    }
  };
  for (const locale of locales) walk(join(out, locale), `/${locale}/`);
  return pages;
}

/** Writes dist/search/<lang>/: index.json, s/<shard>.json, t/<page>.txt. Returns pages per language. */
export function writeSearchIndexes(out: string, extracted: ExtractedPage[]): Record<string, number> {
  const written: Record<string, number> = {};
  rmSync(join(out, 'search'), { recursive: true, force: true });
  for (const locale of locales) {
    const pages = extracted.filter((p) => p.url.startsWith(`/${locale}/`));
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
  return { pages: added.page_count, own: writeSearchIndexes(out, extractSite(out)) };
}
