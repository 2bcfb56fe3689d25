/**
 * The 14 KB first-render budget (#16) on EVERY built page: gzip of the HTML plus the stylesheets it
 * links (render-blocking). npm test runs this after its build; it names each page over its budget.
 * The only pages with another budget are the print booklets (see scripts/lib/first-render.ts).
 * `npm run weight` prints the same measure with the heaviest pages and one page per template.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor, firstRenderBudget, measurePages, overBudget, printBudget } from '../../scripts/lib/first-render.ts';
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

  it('gives only the print booklets their own budget', () => {
    expect(budgetFor('/ru/municipalities/ventspils/booklet/')).toBe(printBudget);
    for (const url of ['/ru/municipalities/ventspils/', '/ru/first-steps/', '/ru/faq/category/school/', '/lv/sources/web/national/'])
      expect(budgetFor(url), url).toBe(firstRenderBudget);
    const names = overBudget([{ url: '/ru/faq/', html: 14_000, css: 400, firstRender: 14_400 }]);
    expect(names).toEqual(['/ru/faq/: first render 14400 B > 14336 B (14 KB)']);
  });

  it('counts a linked stylesheet, so moving CSS out of the page does not hide its weight', () => {
    const page = measurePages(dist).find((p) => p.url === '/lv/');
    expect(page?.css).toBeGreaterThan(0);
    expect(page!.firstRender).toBe(page!.html + page!.css);
  });
});
