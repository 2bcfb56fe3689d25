/**
 * npm run booklets [-- <municipality> …] [--lang lv,en,ru] [--out booklets]
 * Prints each municipality's booklet page to an A4 PDF with Debian Chromium. Needs a built dist/.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveDist } from './lib/browser.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1]! : fallback;
};
const langs = opt('lang', 'lv,en,ru').split(',');
const out = opt('out', 'booklets');
const dist = opt('dist', 'dist');
const only = args.filter((a) => !a.startsWith('--'));
if (!existsSync(join(dist, 'lv/municipalities'))) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
const slugs = only.length
  ? only
  : readdirSync('content/municipalities')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace('.yaml', ''));

const server = await serveDist(dist);
const browser = await launchChromium();
mkdirSync(out, { recursive: true });
const page = await browser.newPage();
let n = 0;
try {
  for (const lang of langs) {
    for (const slug of slugs) {
      const res = await page.goto(`${server.base}/${lang}/municipalities/${slug}/booklet/`, { waitUntil: 'networkidle' });
      if (res?.status() !== 200)
        throw new Error(`${lang}/${slug}: booklet page not found (HTTP ${res?.status()}). Check the municipality id.`);
      const file = join(out, `${slug}-${lang}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        margin: { top: '16mm', bottom: '16mm', left: '16mm', right: '16mm' },
      });
      n++;
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`${n} booklet(s) written to ${out}/`);
