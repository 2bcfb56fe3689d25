/**
 * Search indexes, built right after Astro writes dist/, from the elements marked
 * data-pagefind-body:
 * - /pagefind-all/: a Pagefind index of every language together, for the "search all languages"
 *   switch (one analyser for every page);
 * - /search/<lang>/: the search page's own small per-language index (src/lib/search-index.ts),
 *   made from the text Pagefind extracted. Pagefind's own per-language bundle cannot serve a first
 *   query within 100 KB here: its script, worker and WebAssembly alone are about 94 KB, and its
 *   word chunks are cut at a fixed 20,000 postings (about 50 KB each on this site).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { locales } from '../i18n/locales.ts';
import { buildIndex, type IndexedPage } from '../lib/search-index.ts';

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

export default function pagefind(): AstroIntegration {
  return {
    name: 'rtl:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        const out = fileURLToPath(dir);
        const all = await createIndex({ forceLanguage: 'en' });
        if (!all.index) throw new Error(`Pagefind could not start: ${all.errors.join('; ')}`);
        const added = await all.index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        await all.index.writeFiles({ outputPath: `${out}pagefind-all` });
        await close();
        const counts = writeSearchIndexes(out, readFragments(`${out}pagefind-all/fragment`));
        logger.info(`indexed ${added.page_count} pages (Pagefind, all languages; own index: ${Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(', ')}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
