/**
 * Prints the weight of one page of each template (from dist/): HTML, CSS (inline and linked) and JS, gzip bytes.
 * Usage: node scripts/page-weight.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { templates } from '../tests/e2e/pages.ts';

const dist = process.argv[2] ?? 'dist';
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const rows: string[][] = [['template', 'lang', 'HTML gz', 'CSS gz', 'JS gz', 'first render gz']];
for (const [name, url] of Object.entries(templates)) {
  for (const lang of ['lv', 'en', 'ru']) {
    const file = join(dist, url(lang), 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const linkedCss = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
    const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
    const cssGz = gz(css) + linkedCss.reduce((n, b) => n + gz(b), 0);
    const jsGz = js.reduce((n, b) => n + gz(b), 0);
    rows.push([name, lang, String(gz(html)), String(cssGz), String(jsGz), String(gz(html) + linkedCss.reduce((n, b) => n + gz(b), 0))]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
