/**
 * Social preview images: every built page points to its own 1200×630 card, the card is drawn from
 * that page's title, and titles are fitted without splitting words. Reads dist/ (npm test builds first).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Base from '../../src/layouts/Base.astro';
import { cardAssets, fitTitle, renderCard } from '../../src/lib/og-card.ts';
import { ogImage, ogImagePath, type OgCard } from '../../src/lib/og-image.ts';
import { repoRoot } from './helpers.ts';

const dist = join(repoRoot, 'dist');
// astro-og-canvas reports each font it loads on console.debug.
vi.spyOn(console, 'debug').mockImplementation(() => {});
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });
const text = (html?: string) => html?.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const meta = (html: string, key: string) => text(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]);
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('built pages', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'lv/index.html'))) throw new Error('dist/ is missing: run npm run build first (npm test does).');
  });

  it('every HTML page has an og:image that exists in dist/ and is a 1200×630 JPEG, with size, type, alt and a large Twitter card', async () => {
    const pages = walk(dist);
    expect(pages.length).toBeGreaterThan(1000);
    const problems: string[] = [];
    const images = new Map<string, string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const page = file.slice(dist.length);
      // Moved pages (a former municipality's old URLs) are not pages to share: they send the reader on at once.
      if (html.includes('<meta http-equiv="refresh"')) continue;
      // The web editor (/admin/) is a tool for editors, never indexed or shared.
      if (/^\/?admin\//.test(page)) continue;
      const url = meta(html, 'og:image');
      if (!url) { problems.push(`${page}: no og:image`); continue; }
      const { origin, pathname } = new URL(url);
      if (!/^https?:\/\//.test(url) || origin === 'null') problems.push(`${page}: og:image is not absolute (${url})`);
      if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630') problems.push(`${page}: og:image width/height`);
      if (meta(html, 'og:image:type') !== 'image/jpeg') problems.push(`${page}: og:image:type`);
      if (!meta(html, 'og:image:alt')?.trim()) problems.push(`${page}: empty og:image:alt`);
      if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${page}: twitter:card`);
      images.set(pathname, page);
    }
    for (const [pathname, page] of images) {
      const file = join(dist, pathname);
      if (!existsSync(file)) { problems.push(`${page}: ${pathname} missing from dist/`); continue; }
      const { width, height, format } = await sharp(file).metadata();
      if (width !== 1200 || height !== 630 || format !== 'jpeg') problems.push(`${pathname}: ${width}×${height} ${format}`);
    }
    expect(problems).toEqual([]);
  });

  describe('a page’s picture is drawn from that page’s own title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rtl-og-'));
    const assets = cardAssets(dir);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** The card as the page describes it: title, section (last breadcrumb) and site name. */
    const cardOf = (html: string): OgCard => {
      const crumbs = [...(/<nav class="rtl-crumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => text(m[1])!);
      return { lang: /<html lang="(\w+)"/.exec(html)![1]!, title: meta(html, 'og:title')!, label: crumbs.at(-1)!, site: meta(html, 'og:site_name')! };
    };

    it.each([
      ['Latvian', 'lv/faq/health-professional-recognition'],
      ['Russian', 'ru/faq/diaspora-schools-language-test'],
      ['English', 'en/support/amif-one-stop-agency'],
    ])('%s (%s): drawing its title again gives the very same bytes', async (_, path) => {
      const html = read(path);
      const card = cardOf(html);
      expect(card.label).toBeTruthy();
      const url = new URL(meta(html, 'og:image')!);
      expect(url.pathname).toBe(ogImagePath(card));
      const built = readFileSync(join(dist, url.pathname));
      expect(Buffer.compare(await renderCard(card, assets), built)).toBe(0);
      // The comparison can fail: the same card with another page's title is a different picture.
      expect(Buffer.compare(await renderCard({ ...card, title: `${card.title} ` + 'x' }, assets), built)).not.toBe(0);
    });

    it('every page of a municipality shares the municipality’s card (its name and region), and municipalities differ', () => {
      const images = (slug: string) => new Set(['', 'housing/', 'schools/', 'jobs/', 'grants/', 'booklet/'].map((p) => meta(read(`en/municipalities/${slug}/${p}`), 'og:image')));
      const cesis = images('cesu-novads');
      expect(cesis.size).toBe(1);
      expect(images('liepaja').size).toBe(1);
      expect([...cesis][0]).not.toBe([...images('liepaja')][0]);
      const overview = read('en/municipalities/cesu-novads');
      expect(new URL([...cesis][0]!).pathname).toBe(ogImagePath({ lang: 'en', title: 'Cēsis Municipality', label: 'Vidzeme', site: meta(overview, 'og:site_name')! }));
    });

    it('the Latvian and Russian versions of a page have different pictures', () => {
      const lv = meta(read('lv/faq/diaspora-schools-language-test'), 'og:image')!;
      const ru = meta(read('ru/faq/diaspora-schools-language-test'), 'og:image')!;
      expect(lv).not.toBe(ru);
      expect(readFileSync(join(dist, new URL(lv).pathname)).equals(readFileSync(join(dist, new URL(ru).pathname)))).toBe(false);
    });
  });
});

describe('title fitting', () => {
  const label = 'Cēsu novads';
  it('short titles get the largest size, the longest real titles a smaller one, on whole words', async () => {
    expect((await fitTitle({ title: 'Mājokļi', label })).size).toBe(72);
    const long = await fitTitle({ title: 'Я врач, стоматолог, медсестра или фармацевт с зарубежным образованием. Помогут ли с признанием квалификации?', label });
    expect(long.size).toBeLessThan(72);
    expect(long.lines).toBeGreaterThan(2);
  });

  it('refuses a title that cannot fit instead of cropping it or splitting a word', async () => {
    await expect(fitTitle({ title: 'Ļoti garš virsraksts '.repeat(20), label })).rejects.toThrow(/does not fit/);
    await expect(fitTitle({ title: 'Valsts'.repeat(12), label })).rejects.toThrow(/does not fit/);
  });
});

describe('Base layout', () => {
  let container: AstroContainer;
  beforeAll(async () => { container = await AstroContainer.create(); });

  it('labels the card with the nearest section (last breadcrumb) and writes the image metadata', async () => {
    const html = await container.renderToString(Base, {
      props: { locale: 'ru', title: 'Школы в Цесисском крае', trail: [{ label: 'Самоуправления', href: '/ru/municipalities/' }, { label: 'Цесисский край', href: '/ru/municipalities/cesu-novads/' }] },
      slots: { default: '<p>x</p>' },
      request: new Request('https://return-to-latvia.example/ru/municipalities/cesu-novads/schools/'),
    });
    const card = { lang: 'ru', title: 'Школы в Цесисском крае', label: 'Цесисский край', site: 'Возвращение в Латвию' };
    expect(meta(html, 'og:image')).toBe(new URL(ogImagePath(card), 'https://return-to-latvia.example/').href);
    expect(meta(html, 'og:image:alt')).toBe('Возвращение в Латвию: «Школы в Цесисском крае» (Цесисский край)');
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'og:image:type')]).toEqual([String(ogImage.width), String(ogImage.height), ogImage.type]);
  });
});
