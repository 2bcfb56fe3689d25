/**
 * First-render weight of EVERY built page (gzip of the HTML with its inlined CSS, plus linked CSS),
 * the heaviest listed first, and the weight of one page of each template with its JavaScript.
 * Fails when any page's first render is over 14 KB (for a print booklet: its first screen; the whole
 * booklet has its own bound, see lib/first-render.ts). Usage: node scripts/page-weight.ts [dist] [--top N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { templates } from './lib/page-templates.ts';
import { budgetFor, firstRenderBudget, measurePages, overBudget, printBudget } from './lib/first-render.ts';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
const dist = args.find((a, i) => !a.startsWith('--') && i !== topAt + 1) ?? 'dist';
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

const pages = measurePages(dist);
if (!pages.length) {
  console.error(`No HTML pages in ${dist}/: run npm run build first.`);
  process.exit(1);
}
const sizes = pages.map((p) => p.firstRender).sort((a, b) => a - b);
console.log(
  `First render of all ${pages.length} pages (gzip, budget ${firstRenderBudget} B): median ${sizes[Math.floor(sizes.length / 2)]} B, heaviest ${sizes.at(-1)} B`,
);
const booklets = pages.filter((p) => budgetFor(p.url) === printBudget);
const others = pages.filter((p) => budgetFor(p.url) !== printBudget);
const wholeBooklets = booklets.map((p) => p.whole).sort((a, b) => b - a);
console.log(
  `Reading pages (${others.length}): heaviest ${others[0]?.firstRender ?? 0} B (${others[0]?.url ?? '-'}). Print booklets (${booklets.length}): first screen heaviest ${booklets[0]?.firstRender ?? 0} B; whole booklet heaviest ${wholeBooklets[0] ?? 0} B (bound ${printBudget} B), ${wholeBooklets.filter((w) => w > firstRenderBudget).length} over 14 KB as a whole`,
);
console.log(`\nHeaviest ${Math.min(top, pages.length)}:`);
for (const p of pages.slice(0, top)) console.log(`${String(p.firstRender).padStart(7)} B  ${p.url}`);

const rows: string[][] = [['template', 'lang', 'HTML gz', 'JS gz', 'first render gz']];
for (const [name, url] of Object.entries(templates)) {
  for (const lang of ['lv', 'en', 'ru']) {
    const file = join(dist, url(lang), 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
    const page = pages.find((p) => p.url === url(lang))!;
    rows.push([name, lang, String(page.html), String(js.reduce((n, b) => n + gz(b), 0)), String(page.firstRender)]);
  }
}
console.log('\nOne page of each template:');
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));

const over = overBudget(pages);
if (over.length) {
  console.error(`\n${over.length} page(s) over a budget:\n${over.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${pages.length} pages within their budget (first render 14 KB; whole print booklets ${printBudget / 1024} KB).`);
