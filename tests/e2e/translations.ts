/**
 * The translation policy (content/README.md) as the browser tests see it: an English or Russian
 * file may be missing; the page is then the Latvian text with a notice in the reader's language,
 * `noindex`, and no entry in the sitemap. A pull request in Latvian only must pass every test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Whether `content/<collection>/<lang>/<rel>` exists (Latvian always counts as translated). */
export const translated = (collection: string, lang: string, rel: string) =>
  lang === 'lv' || existsSync(resolve(root, 'content', collection, lang, rel));

/** The fallback notice as the dictionary words it for readers of `lang`. */
const fallbackNotice = (lang: string) =>
  (JSON.parse(readFileSync(resolve(root, 'src/i18n/strings', `${lang}.json`), 'utf8')) as { fallback: { notice: string } }).fallback.notice;

/** What marks a page as a Latvian fallback, each checked on its own so a problem names the part. */
function fallbackMarks(html: string, lang: string) {
  return {
    noindex: html.includes('<meta name="robots" content="noindex"'),
    latvianMain: /<main[^>]*\slang="lv"/.test(html),
    notice: lang !== 'lv' && html.includes(fallbackNotice(lang)),
  };
}

/**
 * Problems with one page of `lang` at `path`: a translated page must look translated and be in the
 * sitemap; a missing translation must carry every fallback mark and stay out of the sitemap.
 */
export function policyProblems(html: string, lang: string, path: string, isTranslated: boolean, sitemap: string): string[] {
  const m = fallbackMarks(html, lang);
  const inSitemap = sitemap.includes(`${path}</loc>`);
  const problems: string[] = [];
  if (isTranslated) {
    if (m.noindex || m.notice || (lang !== 'lv' && m.latvianMain)) problems.push(`${path}: translated, but served as a fallback`);
    if (!inSitemap) problems.push(`${path}: translated, but not in the sitemap`);
  } else {
    for (const [mark, present] of Object.entries(m)) if (!present) problems.push(`${path}: fallback without ${mark}`);
    if (inSitemap) problems.push(`${path}: fallback listed in the sitemap`);
  }
  return problems;
}

/** Every sitemap the sitemap index lists, as one text (the site has one today; more would follow). */
export async function sitemapText(request: { get(url: string): Promise<{ text(): Promise<string> }> }): Promise<string> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return (await Promise.all(parts.map(async (p) => (await request.get(p)).text()))).join('\n');
}
