/**
 * The 14 KB first-render budget (#16) on EVERY built page: gzip of the HTML plus the stylesheets it
 * links (render-blocking). npm test runs this after its build; it names each page over its budget.
 * For a print booklet, the first render is its first screen (up to the end of its first section); the
 * whole booklet has a bound of its own (see scripts/lib/first-render.ts).
 * `npm run weight` prints the same measure with the heaviest pages and one page per template.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor, firstRenderBudget, firstScreenHtml, measurePages, overBudget, printBudget } from '../../scripts/lib/first-render.ts';
import { repoRoot } from './helpers.ts';

const dist = join(repoRoot, 'dist');

describe('first-render budget', () => {
  it('is measured on the built site (npm test builds it first)', () => {
    expect(existsSync(join(dist, 'lv/index.html')), 'dist/ is missing: run npm run build first').toBe(true);
  });

  it(`keeps every page's first render (HTML + linked CSS, gzip) within ${firstRenderBudget} B`, () => {
    const pages = measurePages(dist);
    expect(pages.length).toBeGreaterThan(1000);
    expect(overBudget(pages), 'pages over the 14 KB first-render budget (see npm run weight)').toEqual([]);
  });

  it('gives only the print booklets a whole-document bound of their own, and names what is over', () => {
    expect(budgetFor('/ru/municipalities/ventspils/booklet/')).toBe(printBudget);
    for (const url of ['/ru/municipalities/ventspils/', '/ru/first-steps/', '/ru/faq/category/school/', '/lv/sources/web/national/'])
      expect(budgetFor(url), url).toBe(firstRenderBudget);
    expect(overBudget([{ url: '/ru/faq/', html: 14_000, css: 400, firstRender: 14_400, whole: 14_400 }])).toEqual([
      '/ru/faq/: first render 14400 B > 14336 B (14 KB)',
      '/ru/faq/: whole page 14400 B > 14336 B (14 KB)',
    ]);
    const booklet = '/ru/municipalities/ventspils/booklet/';
    expect(overBudget([{ url: booklet, html: 16_000, css: 3_000, firstRender: 9_000, whole: 19_000 }])).toEqual([
      `${booklet}: whole page 19000 B > ${printBudget} B (18 KB)`,
    ]);
  });

  it("measures a booklet's first render on its title and contacts, which come first", () => {
    const slugs = readdirSync(join(repoRoot, 'content/municipalities')).map((f) => f.replace(/\.yaml$/, ''));
    const booklets = measurePages(dist).filter((p) => slugs.some((s) => p.url.endsWith(`/municipalities/${s}/booklet/`)));
    expect(booklets).toHaveLength(slugs.length * 3);
    const html = readFileSync(join(dist, 'ru/municipalities/ventspils/booklet/index.html'), 'utf8');
    const first = firstScreenHtml(html);
    expect(first).toContain('<h1>');
    expect(first).toMatch(/href="(mailto|tel):/);
    expect(first.length).toBeLessThan(html.length / 3);
    for (const b of booklets) expect(b.firstRender, b.url).toBeLessThan(b.whole);
  });

  it('counts a linked stylesheet, so moving CSS out of the page does not hide its weight', () => {
    const page = measurePages(dist).find((p) => p.url === '/lv/');
    expect(page?.css).toBeGreaterThan(0);
    expect(page!.firstRender).toBe(page!.html + page!.css);
  });
});
