/**
 * npm run a11y:all — axe (WCAG 2.0/2.1/2.2 A and AA tags) over every URL in the sitemap, in all
 * three languages, with Debian Chromium. Prints violations per rule and the pages they occur on.
 * Needs a built dist/. CI runs one page of each template instead (tests/e2e/templates.a11y.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium, serveDist } from './lib/browser.ts';

if (!existsSync('dist/sitemap-0.xml')) {
  console.error('No dist/sitemap-0.xml: run `npm run build` first.');
  process.exit(1);
}
const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const server = await serveDist('dist');
const browser = await launchChromium();
// AxeBuilder needs a page from an explicit context (it opens a helper page in the same context).
const context = await browser.newContext();
const page = await context.newPage();
const byRule = new Map<string, { impact: string; pages: string[] }>();
let done = 0;
const started = performance.now();
try {
  for (const path of paths) {
    await page.goto(`${server.base}${path}`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of violations) {
      const entry = byRule.get(v.id) ?? { impact: v.impact ?? '', pages: [] };
      entry.pages.push(path);
      byRule.set(v.id, entry);
    }
    if (++done % 100 === 0) console.log(`  ${done}/${paths.length} pages…`);
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`\naxe over ${paths.length} sitemap URLs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (byRule.size === 0) console.log('0 violations.');
for (const [rule, { impact, pages }] of byRule)
  console.log(`${rule} (${impact}): ${pages.length} page(s), e.g. ${pages.slice(0, 3).join(', ')}`);
process.exit(byRule.size ? 1 : 0);
