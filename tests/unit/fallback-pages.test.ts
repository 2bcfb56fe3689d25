/**
 * A missing translation is served as the Latvian text, but search engines must not take it for a
 * Russian page: on the fixture site (its ru FAQ answer is deliberately untranslated) the fallback is
 * noindex, left out of the sitemap, and no translated page names it as an hreflang alternate.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../.fixture-dist');
const page = (path: string) => readFileSync(resolve(dist, path, 'index.html'), 'utf8');

describe('fallback pages (fixture build: npm run build:fixture)', () => {
  it('the untranslated ru answer is noindex, and the translated ones are not', () => {
    expect(page('ru/faq/declare-residence')).toContain('<meta name="robots" content="noindex">');
    expect(page('en/faq/declare-residence')).not.toContain('noindex');
  });

  it('the sitemap lists the lv and en answers but not the ru fallback', () => {
    const sitemap = readFileSync(resolve(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain('/lv/faq/declare-residence/');
    expect(locs).toContain('/en/faq/declare-residence/');
    expect(locs).not.toContain('/ru/faq/declare-residence/');
    expect(sitemap).not.toMatch(/hreflang="ru" href="[^"]*\/ru\/faq\/declare-residence\//);
  });

  it('hreflang alternates name only real translations, and the fallback names none', () => {
    const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1]);
    expect(alternates(page('en/faq/declare-residence'))).toEqual(expect.arrayContaining(['lv', 'en', 'x-default']));
    expect(alternates(page('en/faq/declare-residence'))).not.toContain('ru');
    expect(alternates(page('ru/faq/declare-residence'))).toEqual([]);
  });
});
