/**
 * Search indexes, built right after Astro writes dist/: /search/<lang>/, one small index per
 * language (src/search/index-builder.ts) from the text src/search/extract.ts reads out of the built
 * pages (the elements marked data-pagefind-body). "Search all languages" queries all three.
 * Pagefind is not run by the build: its per-language bundles cannot serve a first query within
 * 100 KB here (script, worker and WebAssembly alone are about 94 KB); `npm run bench:search`
 * builds them to compare.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../i18n/locales.ts';
import { readYaml } from '../content-rules/load.ts';
import { extractPage, type ExtractedPage } from './extract.ts';
import { placeKeys, type Place } from './intent.ts';
import { buildIndex } from './index-builder.ts';

/** Every indexed page of the built site in `out`, in the site's languages, by our own extraction. */
function extractSite(out: string): ExtractedPage[] {
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

/** The municipalities (content/municipalities/*.yaml) with the keys of their names and their centre's name in every language. */
export function loadPlaces(contentDir: string): Place[] {
  const dir = join(contentDir, 'municipalities');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const m = readYaml(readFileSync(join(dir, f), 'utf8')) as {
        names: Record<string, string>;
        type?: string;
        centre?: { name?: Record<string, string> };
      };
      const names = [...Object.values(m.names), ...Object.values(m.centre?.name ?? {})];
      return [f.replace(/\.yaml$/, ''), m.type === 'novads' ? 0 : 1, ...placeKeys(names)] as Place;
    });
}

/** Writes dist/search/<lang>/: index.json, s/<shard>.json, t/<page>.txt. Returns pages per language. */
function writeSearchIndexes(out: string, extracted: ExtractedPage[], places: Place[] = []): Record<string, number> {
  const written: Record<string, number> = {};
  rmSync(join(out, 'search'), { recursive: true, force: true });
  for (const locale of locales) {
    const pages = extracted.filter((p) => p.url.startsWith(`/${locale}/`));
    const { manifest, shards, texts } = buildIndex(pages, { locale, places });
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

/** Writes our own indexes for the built site in `out` (ending in "/"). Returns pages per language. */
export function buildSearch(out: string, contentDir: string): Record<string, number> {
  return writeSearchIndexes(out, extractSite(out), loadPlaces(contentDir));
}
