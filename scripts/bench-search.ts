/**
 * npm run bench:search — search quality and cost, measured in headless Debian Chromium on the built site.
 * For each language: success@5 over tests/fixtures/search-queries.json (with and without the Latvian
 * stemmer), bytes before the first query and for the first query (each response gzip-compressed here,
 * as a static host would serve it; worker requests included), and time from typing to results.
 */
import type { BrowserContext } from '@playwright/test';
import { launchChromium, serveDist } from './lib/browser.ts';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Query { q: string; expect: string[] }
const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<string, Query[]>;
if (!existsSync('dist/search')) { console.error('No dist/search: run `npm run build` first.'); process.exit(1); }

const port = 4510;
const FIRSTS = 10;
const server = await serveDist('dist', port);
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
async function typeAndTime(page: import('@playwright/test').Page, q: string) {
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
        if (excerpts.every((p) => !p || p.childNodes.length > 0)) { obs.disconnect(); resolve({ list: Math.round(listed), full: Math.round(performance.now() - start) }); }
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
const rows: string[] = [];
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
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const worst = (xs: number[]) => Math.max(...xs);
  // Warm latency: median over seven more queries typed on one page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/search/`, { waitUntil: 'networkidle' });
  await typeAndTime(page, queries[lang]![0]!.q);
  const warm: number[] = [];
  for (const { q } of queries[lang]!.slice(1, 8)) warm.push((await typeAndTime(page, q)).full);
  await context.close();

  // Quality: success@5 with and without stemming.
  const quality: Record<string, number> = {};
  const misses: string[] = [];
  for (const stem of ['1', '0']) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    let hits = 0;
    for (const { q, expect } of queries[lang]!) {
      await p.goto(`${base}/${lang}/search/?stem=${stem}&q=${encodeURIComponent(q)}`);
      await p.waitForFunction(() => { const t = document.querySelector('[data-search-status]')?.textContent ?? ''; return t !== '' && !t.endsWith('…'); });
      const top = await p.locator('[data-search-results] li a').evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      if (top.some((u) => expect.includes(u))) hits++;
      else if (stem === '1') misses.push(`  ${lang} miss: "${q}" → expected ${expect.join(' | ')}; got ${top.slice(0, 3).join(', ') || 'nothing'}`);
    }
    quality[stem] = hits / queries[lang]!.length;
    await ctx.close();
  }
  const bytes = firsts.map((f) => f.bytes);
  const times = firsts.map((f) => f.ms.list);
  const full = firsts.map((f) => f.ms.full);
  rows.push([
    lang.padEnd(4),
    String(queries[lang]!.length).padStart(7),
    quality['1']!.toFixed(2).padStart(10),
    quality['0']!.toFixed(2).padStart(12),
    kb(median(firsts.map((f) => f.before))).padStart(12), String(firsts[0]!.beforeReq).padStart(4),
    `${kb(median(bytes))} / ${kb(worst(bytes))}`.padStart(20), String(median(firsts.map((f) => f.req))).padStart(4),
    `${median(times)} / ${worst(times)} ms`.padStart(16), `${median(full)} / ${worst(full)} ms`.padStart(16), `${median(warm)} ms`.padStart(9),
  ].join(' '));
  if (misses.length) console.log(misses.join('\n'));
}
// The optional "all languages" switch uses Pagefind's combined index: its first query, for the record.
{
  const context = await browser.newContext();
  const m = meter(context);
  const page = await context.newPage();
  await page.goto(`${base}/lv/search/?all=1`, { waitUntil: 'networkidle' });
  await m.take();
  const ms = await typeAndTime(page, queries.lv![0]!.q);
  await page.waitForLoadState('networkidle');
  const first = await m.take();
  rows.push(`lv, all languages (Pagefind): first query ${kb(first.bytes)} in ${first.requests} requests, results in ${ms.list} ms, with excerpts ${ms.full} ms`);
  await context.close();
}
console.log(`\nlang queries success@5 (no stemmer)  page (gzip) req   1st query med/max  req   results med/max  +excerpts med/max  warm p50\n(first query: each of the first ${FIRSTS} queries typed into a freshly loaded page with an empty cache; times: input event → results listed with their count / with every excerpt, measured in the page, including the 60 ms typing pause; warm: later queries on the same page, with excerpts)`);
console.log(rows.join('\n'));
console.log('\nBudgets: page ≤ 30 KB gzip before the first query; first query ≤ 100 KB; results ≤ 300 ms after typing; success@5 ≥ 0.9.');
await browser.close();
server.stop();
