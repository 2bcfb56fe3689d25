/**
 * The first-render budget (14 KB gzip, what a first TCP round trip can carry) measured on EVERY built
 * page, not one per template: the page's HTML (with its inlined CSS) plus any stylesheet it links,
 * which blocks rendering. Scripts are deferred modules and do not count. Used by `npm run weight`,
 * `npm run bench -- --check` and the unit test over dist/ that `npm test` runs after its build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const firstRenderBudget = 14 * 1024;

/**
 * The one exception: a municipality's booklet (/<lang>/municipalities/<slug>/booklet/) is a print
 * document (opened from "Everything on one printable page", printed by npm run booklets, its canonical
 * is the overview) that gathers the overview, every topic, its official notes and programmes on one
 * page, so it grows with every official note added. HTML is parsed and painted as it streams in, so
 * for a booklet the first render is what its first screen needs: the stylesheets and the document up
 * to the end of its first section (title and "who to contact"), held to the same 14 KB. The whole
 * booklet has a bound of its own.
 */
export const printBudget = 18 * 1024;
const isBooklet = (url: string) => /^\/[a-z]{2}\/municipalities\/[a-z0-9-]+\/booklet\/$/.test(url);

/** The whole-document budget of a page (its first render is always held to 14 KB). */
export const budgetFor = (url: string) => (isBooklet(url) ? printBudget : firstRenderBudget);

/** A booklet's HTML up to the end of the first section in <main>: everything its first screen shows. */
export function firstScreenHtml(html: string): string {
  const main = html.indexOf('<main');
  const end = main < 0 ? -1 : html.indexOf('</section>', main);
  return end < 0 ? html : html.slice(0, end + '</section>'.length);
}

export interface PageWeight {
  /** The page's URL path, e.g. /ru/faq/. */
  url: string;
  /** gzip bytes of the HTML, inlined CSS included. */
  html: number;
  /** gzip bytes of linked (render-blocking) stylesheets. */
  css: number;
  /** html + css: what the first render needs (for a booklet: its first screen's HTML + css). */
  firstRender: number;
  /** gzip bytes of the whole document with its CSS (differs from firstRender only for booklets). */
  whole: number;
}

const gz = (b: string | Buffer) => gzipSync(b, { level: 9 }).length;

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

/** Every HTML page under `dist`, heaviest first. */
export function measurePages(dist: string): PageWeight[] {
  const cssCache = new Map<string, number>();
  const rows: PageWeight[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file);
    const links = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const css = links.reduce((n, href) => {
      if (!cssCache.has(href)) cssCache.set(href, gz(readFileSync(join(dist, href))));
      return n + cssCache.get(href)!;
    }, 0);
    const url = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const h = gz(html);
    const first = isBooklet(url) ? gz(firstScreenHtml(html.toString())) : h;
    rows.push({ url, html: h, css, firstRender: first + css, whole: h + css });
  }
  return rows.sort((a, b) => b.firstRender - a.firstRender || a.url.localeCompare(b.url));
}

/** Pages over a budget, as "url: first render N B > 14336 B (14 KB)" lines. */
export const overBudget = (rows: PageWeight[]) =>
  rows.flatMap((r) => [
    ...(r.firstRender > firstRenderBudget ? [`${r.url}: first render ${r.firstRender} B > ${firstRenderBudget} B (14 KB)`] : []),
    ...(r.whole > budgetFor(r.url) ? [`${r.url}: whole page ${r.whole} B > ${budgetFor(r.url)} B (${budgetFor(r.url) / 1024} KB)`] : []),
  ]);
