/**
 * npm run bench:search — search quality and cost, measured in headless Debian Chromium on the built site.
 * For each language, over tests/fixtures/search-queries.json: success@1/@3/@5 for the general queries
 * and for the town + topic queries ("set": "place"), success@5 without the stemmers; bytes before the
 * first query and for the first query (each response gzip-compressed here, as a static host would
 * serve it; worker requests included), and time from typing to results; how many results "search all
 * languages" gives for a few queries, now and as the site did it before #17 (one combined Pagefind
 * index analysed as English; measured with the Pagefind baseline). Then the same queries through Pagefind's own per-language bundles
 * (built here into dist/_pagefind-bench/, removed afterwards): success@1/@3/@5, first-query bytes and
 * latency, so the decision to run our own engine stays a measured one. `-- --no-pagefind` skips that.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchChromium, serveDist } from './lib/browser.ts';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { stemLatvian } from '../src/search/lv-stemmer.ts';

interface Query {
  q: string;
  expect: string[];
  set?: string;
}
const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<string, Query[]>;
if (!existsSync('dist/search')) {
  console.error('No dist/search: run `npm run build` first.');
  process.exit(1);
}

const load = loadavg()[0]!;
const cpus = availableParallelism();
const FIRSTS = 10;
const server = await serveDist('dist');
const base = server.base;
const browser = await launchChromium();

/** Gzip bytes of every response in the context (pages, scripts, worker fetches), keyed by URL. */
function meter(context: BrowserContext) {
  let log: { url: string; bytes: number }[] = [];
  const reading = new Set<Promise<void>>();
  context.on('requestfinished', (req) => {
    const read = (async () => {
      const res = await req.response();
      if (!res) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      log.push({ url: req.url().replace(base, ''), bytes: gzipSync(body).length });
    })();
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  return {
    take: async () => {
      await new Promise((r) => setTimeout(r, 300)); // let the last responses finish
      await Promise.all(reading);
      const r = { bytes: log.reduce((n, x) => n + x.bytes, 0), requests: log.length, log };
      if (process.env.BENCH_VERBOSE) for (const x of log) console.log(`    ${String(x.bytes).padStart(7)}  ${x.url}`);
      log = [];
      return r;
    },
  };
}

/**
 * Time from the input event to rendered results, measured inside the page: `list` when the results
 * (title, type, municipality) and their count are shown, `full` when every excerpt is in as well.
 */
async function typeAndTime(page: Page, q: string) {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('#q')!;
    const status = document.querySelector<HTMLElement>('[data-search-status]')!;
    const list = document.querySelector('[data-search-results]')!;
    const start = performance.now();
    let listed = 0;
    const done = new Promise<{ list: number; full: number }>((resolve) => {
      const check = () => {
        const t = status.textContent ?? '';
        if (!t || t.endsWith('…')) return;
        listed ||= performance.now() - start;
        const excerpts = [...list.querySelectorAll('li')].map((li) => li.querySelectorAll('p')[1]);
        if (excerpts.every((p) => !p || p.childNodes.length > 0)) {
          obs.disconnect();
          resolve({ list: Math.round(listed), full: Math.round(performance.now() - start) });
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document.querySelector('main')!, { childList: true, characterData: true, subtree: true });
    });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  }, q);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const worst = (xs: number[]) => Math.max(...xs);
/** success@k of each query set: the share of queries with an expected page among the first k results. */
type Tops = { query: Query; top: string[] }[];
const at = (tops: Tops, k: number) =>
  tops.filter(({ query, top }) => top.slice(0, k).some((u) => query.expect.includes(u))).length / Math.max(1, tops.length);
const sets = (tops: Tops) => ({ general: tops.filter((t) => t.query.set !== 'place'), place: tops.filter((t) => t.query.set === 'place') });
const fmt = (tops: Tops) => [1, 3, 5].map((k) => at(tops, k).toFixed(2)).join(' / ');

/** The first five result paths our search page shows for a query. */
async function ourTop(p: Page, lang: string, q: string, extra = '') {
  await p.goto(`${base}/${lang}/search/?${extra}q=${encodeURIComponent(q)}`);
  await p.waitForFunction(() => {
    const t = document.querySelector('[data-search-status]')?.textContent ?? '';
    return t !== '' && !t.endsWith('…');
  });
  return p
    .locator('[data-search-results] li a')
    .evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
/** The number of results the status line announces (0 for "nothing found"). */
async function ourCount(p: Page, lang: string, q: string, all: boolean) {
  await ourTop(p, lang, q, all ? 'all=1&' : '');
  const t = (await p.locator('[data-search-status]').textContent()) ?? '';
  return Number((t.match(/\d[\d\s\u00a0,.]*/)?.[0] ?? '0').replace(/\D/g, ''));
}

const rows: string[] = [];
const qualityRows: string[] = [];
const ours: Record<string, Tops> = {};
for (const lang of Object.keys(queries)) {
  // Cost of a first query: for each of the first FIRSTS queries, a fresh browser context (empty
  // cache), the search page, then that one query. Reported: median and worst.
  const firsts: { before: number; beforeReq: number; bytes: number; req: number; ms: { list: number; full: number } }[] = [];
  for (const { q } of queries[lang]!.slice(0, FIRSTS)) {
    const context = await browser.newContext();
    const m = meter(context);
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
    const before = await m.take();
    const ms = await typeAndTime(page, q);
    await page.waitForLoadState('networkidle');
    const first = await m.take();
    firsts.push({ before: before.bytes, beforeReq: before.requests, bytes: first.bytes, req: first.requests, ms });
    await context.close();
  }
  // Warm latency: median over seven more queries typed on one page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
  await typeAndTime(page, queries[lang]![0]!.q);
  const warm: number[] = [];
  for (const { q } of queries[lang]!.slice(1, 8)) warm.push((await typeAndTime(page, q)).full);
  await context.close();

  // Quality, with and without the stemmers.
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const tops: Tops = [];
  const plain: Tops = [];
  for (const query of queries[lang]!) {
    tops.push({ query, top: await ourTop(p, lang, query.q) });
    plain.push({ query, top: await ourTop(p, lang, query.q, 'stem=0&') });
  }
  await ctx.close();
  ours[lang] = tops;
  for (const { query, top } of tops) {
    if (!top.slice(0, 3).some((u) => query.expect.includes(u)))
      console.log(
        `  ${lang} ${top.slice(3).some((u) => query.expect.includes(u)) ? 'below 3' : 'miss'}: "${query.q}" → expected ${query.expect.join(' | ')}; got ${top.slice(0, 3).join(', ') || 'nothing'}`,
      );
  }
  const { general, place } = sets(tops);
  qualityRows.push(
    `${lang.padEnd(4)} ours      ${String(general.length).padStart(4)} ${fmt(general).padStart(18)}   ${String(place.length).padStart(4)} ${fmt(place).padStart(18)}   ${at(plain, 5).toFixed(2).padStart(6)}`,
  );
  const bytes = firsts.map((f) => f.bytes);
  const times = firsts.map((f) => f.ms.list);
  const full = firsts.map((f) => f.ms.full);
  rows.push(
    [
      `${lang.padEnd(4)} ours     `,
      kb(median(firsts.map((f) => f.before))).padStart(12),
      String(firsts[0]!.beforeReq).padStart(4),
      `${kb(median(bytes))} / ${kb(worst(bytes))}`.padStart(20),
      String(median(firsts.map((f) => f.req))).padStart(4),
      `${median(times)} / ${worst(times)} ms`.padStart(16),
      `${median(full)} / ${worst(full)} ms`.padStart(16),
      `${median(warm)} ms`.padStart(9),
    ].join(' '),
  );
}

// "Search all languages": results in the page's language alone and in all languages (now), and in
// all languages as the site did it before #17: one combined Pagefind index analysed as English, sent
// the query after the Latvian stemmer (measured below with the Pagefind baseline).
const allSamples: [string, string][] = [
  ['lv', 'Liepāja'],
  ['lv', 'bērnudārzs'],
  ['lv', 'pabalsts'],
  ['en', 'kindergarten'],
  ['en', 'kindergarten place'],
  ['en', 'Лиепая'],
  ['ru', 'пособие'],
  ['ru', 'пособие при возвращении'],
  ['ru', 'детский сад'],
  ['ru', 'жильё'],
  ['ru', 'Liepāja'],
];
const allCounts: { lang: string; q: string; own: number; all: number; before?: number }[] = [];
{
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  for (const [lang, q] of allSamples) {
    const own = await ourCount(p, lang, q, false);
    const all = await ourCount(p, lang, q, true);
    allCounts.push({ lang, q, own, all });
  }
  await ctx.close();
}

// Pagefind's own per-language bundles over the same built pages, for comparison.
const pagefindRows: string[] = [];
const pagefindQuality: string[] = [];
if (!process.argv.includes('--no-pagefind')) {
  const dir = 'dist/_pagefind-bench';
  rmSync(dir, { recursive: true, force: true });
  try {
    const started = performance.now();
    const { createIndex, close } = await import('pagefind');
    const made = await createIndex({});
    if (!made.index) throw new Error(made.errors.join('; '));
    await made.index.addDirectory({ path: 'dist' });
    await made.index.writeFiles({ outputPath: dir });
    await close();
    console.log(`Pagefind per-language bundles built in ${Math.round(performance.now() - started)} ms`);
    // A bare page per language: Pagefind picks its bundle from <html lang>.
    for (const lang of Object.keys(queries))
      writeFileSync(
        `${dir}/${lang}.html`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>`,
      );
    /** Imports Pagefind, searches, loads the first five results' data; returns paths and the time taken. */
    const search = (p: Page, q: string) =>
      p.evaluate(async (text) => {
        const start = performance.now();
        const url = '/_pagefind-bench/pagefind.js'; // written above, served by the bench's server
        const pf = await import(/* @vite-ignore */ url);
        await pf.options({ basePath: '/_pagefind-bench/', excerptLength: 24 });
        const found = await pf.search(text);
        const data = await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<{ url: string }> }) => r.data()));
        return { top: data.map((d: { url: string }) => new URL(d.url, location.href).pathname), ms: Math.round(performance.now() - start) };
      }, q);
    for (const lang of Object.keys(queries)) {
      const firsts: { bytes: number; req: number; ms: number }[] = [];
      for (const { q } of queries[lang]!.slice(0, FIRSTS)) {
        const context = await browser.newContext();
        const m = meter(context);
        const page = await context.newPage();
        await page.goto(`${base}/_pagefind-bench/${lang}.html`, { waitUntil: 'networkidle' });
        await m.take();
        const { ms } = await search(page, q);
        const first = await m.take();
        firsts.push({ bytes: first.bytes, req: first.requests, ms });
        await context.close();
      }
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/_pagefind-bench/${lang}.html`);
      const tops: Tops = [];
      const warm: number[] = [];
      for (const query of queries[lang]!) {
        const r = await search(page, query.q);
        tops.push({ query, top: r.top });
        warm.push(r.ms);
      }
      await context.close();
      const { general, place } = sets(tops);
      pagefindQuality.push(
        `${lang.padEnd(4)} Pagefind  ${String(general.length).padStart(4)} ${fmt(general).padStart(18)}   ${String(place.length).padStart(4)} ${fmt(place).padStart(18)}        –`,
      );
      const bytes = firsts.map((f) => f.bytes);
      const times = firsts.map((f) => f.ms);
      pagefindRows.push(
        [
          `${lang.padEnd(4)} Pagefind `,
          '–'.padStart(12),
          '–'.padStart(4),
          `${kb(median(bytes))} / ${kb(worst(bytes))}`.padStart(20),
          String(median(firsts.map((f) => f.req))).padStart(4),
          `${median(times)} / ${worst(times)} ms`.padStart(16),
          '–'.padStart(16),
          `${median(warm)} ms`.padStart(9),
        ].join(' '),
      );
    }
    // Before #17, "search all languages" used one combined index with one (English) analyser.
    {
      const pf = await import('pagefind');
      const made = await pf.createIndex({ forceLanguage: 'en' });
      if (!made.index) throw new Error(made.errors.join('; '));
      await made.index.addDirectory({ path: 'dist' });
      await made.index.writeFiles({ outputPath: `${dir}/all` });
      await pf.close();
      writeFileSync(
        `${dir}/all/en.html`,
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/_pagefind-bench/all/en.html`);
      for (const row of allCounts) {
        // The old search page sent Pagefind the query through the Latvian stemmer, in every language.
        const stemmed = row.q
          .toLocaleLowerCase('lv')
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .map(stemLatvian)
          .join(' ');
        row.before = await page.evaluate(async (text) => {
          const url = '/_pagefind-bench/all/pagefind.js';
          const pf = await import(/* @vite-ignore */ url);
          await pf.options({ basePath: '/_pagefind-bench/all/' });
          return (await pf.search(text)).results.length as number;
        }, stemmed);
      }
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const allRows = allCounts.map(
  ({ lang, q, own, all, before }) =>
    `  ${lang} "${q}": ${own} in ${lang}, ${all} in all languages${before === undefined ? '' : ` (before #17, Pagefind's combined index: ${before})`}`,
);

console.log('\nQuality: success@1 / @3 / @5 (share of queries with an expected page in the first 1, 3, 5 results)');
console.log('lang engine   general queries    @1 / @3 / @5   town+topic    @1 / @3 / @5   @5 no stemmer');
console.log([...qualityRows, ...pagefindQuality].join('\n'));
console.log(
  `\nCost (first query: each of the first ${FIRSTS} queries typed into a freshly loaded page with an empty cache; ours: input event → results listed with their count / with every excerpt, measured in the page, including the 60 ms typing pause; Pagefind: import → five results with their data, in a bare page; warm: later queries on the same page)`,
);
console.log('lang engine    page (gzip) req   1st query med/max  req   results med/max  +excerpts med/max  warm p50');
console.log([...rows, ...pagefindRows].join('\n'));
console.log('\n"Search all languages" (results announced):');
console.log(allRows.join('\n'));
console.log(
  `\nLoad average (1 min) at the start and end of the run, on ${cpus} CPUs: ${load.toFixed(1)} / ${loadavg()[0]!.toFixed(1)} (times grow with it).`,
);
console.log(
  '\nBudgets: page ≤ 30 KB gzip before the first query; first query ≤ 100 KB; results ≤ 300 ms after typing; success@5 ≥ 0.9; town + topic success@3 ≥ 0.9.',
);
await browser.close();
server.stop();
