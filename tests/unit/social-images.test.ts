/**
 * Social preview images: every built page points to a 1200×630 card that exists; pages of one
 * municipality share one card; a card's text stays inside its margins whatever the title's length;
 * a title that cannot fit is refused. Reads dist/ (npm test builds first).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import Base from '../../src/layouts/Base.astro';
import { renderCard } from '../../src/social/draw.ts';
import { repoRoot } from './helpers.ts';

const dist = join(repoRoot, 'dist');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : [];
  });
const text = (html?: string) =>
  html?.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const meta = (html: string, key: string) => text(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]);
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/**
 * What a reader sees of a card: its size, and where anything other than the background is drawn
 * below the carmine bar (the bounding box of the text, in pixels).
 */
async function look(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => data.readUIntBE((y * info.width + x) * 3, 3);
  const background = at(info.width - 1, info.height - 1);
  const box = { left: info.width, right: -1, top: info.height, bottom: -1 };
  for (let y = 20; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (at(x, y) === background) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return { width: info.width, height: info.height, box };
}
/** The card's margin: nothing is drawn closer than this to the left, right or bottom edge. */
const margin = 50;
const insideMargins = ({ width, height, box }: Awaited<ReturnType<typeof look>>) =>
  box.left >= margin && box.right <= width - margin && box.bottom <= height - margin;

describe('built pages', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'lv/index.html'))) throw new Error('dist/ is missing: run npm run build first (npm test does).');
  });

  it('every HTML page has an og:image that exists in dist/ and is a 1200×630 PNG, with size, type, alt and a large Twitter card', async () => {
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
      if (!url) {
        problems.push(`${page}: no og:image`);
        continue;
      }
      const { origin, pathname } = new URL(url);
      if (!/^https?:\/\//.test(url) || origin === 'null') problems.push(`${page}: og:image is not absolute (${url})`);
      if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630')
        problems.push(`${page}: og:image width/height`);
      if (meta(html, 'og:image:type') !== 'image/png') problems.push(`${page}: og:image:type`);
      if (!meta(html, 'og:image:alt')?.trim()) problems.push(`${page}: empty og:image:alt`);
      if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${page}: twitter:card`);
      images.set(pathname, page);
    }
    for (const [pathname, page] of images) {
      const file = join(dist, pathname);
      if (!existsSync(file)) {
        problems.push(`${page}: ${pathname} missing from dist/`);
        continue;
      }
      const { width, height, format } = await sharp(file).metadata();
      if (width !== 1200 || height !== 630 || format !== 'png') problems.push(`${pathname}: ${width}×${height} ${format}`);
    }
    expect(problems).toEqual([]);
  });

  it('every page of a municipality shares the municipality’s card, and municipalities differ', () => {
    const images = (slug: string) =>
      new Set(
        ['', 'housing/', 'schools/', 'jobs/', 'grants/', 'booklet/'].map((p) => meta(read(`en/municipalities/${slug}/${p}`), 'og:image')),
      );
    const cesis = images('cesu-novads');
    expect(cesis.size).toBe(1);
    expect(images('liepaja').size).toBe(1);
    expect([...cesis][0]).not.toBe([...images('liepaja')][0]);
  });

  it('the Latvian and Russian versions of a page have different pictures', () => {
    const lv = meta(read('lv/faq/diaspora-schools-language-test'), 'og:image')!;
    const ru = meta(read('ru/faq/diaspora-schools-language-test'), 'og:image')!;
    expect(lv).not.toBe(ru);
    expect(readFileSync(join(dist, new URL(lv).pathname)).equals(readFileSync(join(dist, new URL(ru).pathname)))).toBe(false);
  });

  it('the card of the page with the longest title keeps its text inside the margins', async () => {
    const titles = walk(join(dist, 'ru/faq')).map((f) => ({ f, title: meta(readFileSync(f, 'utf8'), 'og:title') ?? '' }));
    const longest = titles.sort((a, b) => b.title.length - a.title.length)[0]!;
    expect(longest.title.length).toBeGreaterThan(80);
    const card = await look(readFileSync(join(dist, new URL(meta(readFileSync(longest.f, 'utf8'), 'og:image')!).pathname)));
    expect(insideMargins(card)).toBe(true);
  });
});

describe('drawing a card', () => {
  const card = { lang: 'lv', label: 'Cēsu novads', site: 'Atgriešanās Latvijā' };

  it('a longer title fills more of the card, and still stays inside the margins', async () => {
    const short = await look(await renderCard({ ...card, title: 'Mājokļi' }));
    const long = await look(
      await renderCard({
        ...card,
        title: 'Я врач, стоматолог, медсестра или фармацевт с зарубежным образованием. Помогут ли с признанием квалификации?',
      }),
    );
    for (const c of [short, long]) expect([c.width, c.height, insideMargins(c)]).toEqual([1200, 630, true]);
    expect(long.box.bottom).toBeGreaterThan(short.box.bottom + 150);
    expect(long.box.right).toBeGreaterThan(short.box.right);
  });

  it('a different title gives a different picture; the same card, the same picture', async () => {
    const a = await renderCard({ ...card, title: 'Skolas' });
    expect(a.equals(await renderCard({ ...card, title: 'Skolas' }))).toBe(true);
    expect(a.equals(await renderCard({ ...card, title: 'Skola' }))).toBe(false);
  });

  it('refuses a title that cannot fit instead of cropping it or splitting a word', async () => {
    await expect(renderCard({ ...card, title: 'Ļoti garš virsraksts '.repeat(20) })).rejects.toThrow(/does not fit/);
    await expect(renderCard({ ...card, title: 'Valsts'.repeat(12) })).rejects.toThrow(/does not fit/);
  });
});

describe('Base layout', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = (title: string, municipality: string) =>
    container.renderToString(Base, {
      props: {
        locale: 'ru',
        title,
        trail: [
          { label: 'Самоуправления', href: '/ru/municipalities/' },
          { label: municipality, href: '/ru/municipalities/cesu-novads/' },
        ],
      },
      slots: { default: '<p>x</p>' },
      request: new Request('https://return-to-latvia.example/ru/municipalities/cesu-novads/schools/'),
    });

  it('names the card in the alt text with the nearest section (last breadcrumb) and writes the image metadata', async () => {
    const html = await render('Школы в Цесисском крае', 'Цесисский край');
    expect(meta(html, 'og:image')).toMatch(/^https:\/\/return-to-latvia\.example\/og\/[0-9a-f]+\.png$/);
    expect(meta(html, 'og:image:alt')).toBe('Возвращение в Латвию: «Школы в Цесисском крае» (Цесисский край)');
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'og:image:type')]).toEqual([
      '1200',
      '630',
      'image/png',
    ]);
    // Another section label is another picture.
    expect(meta(await render('Школы в Цесисском крае', 'Лиепая'), 'og:image')).not.toBe(meta(html, 'og:image'));
  });
});
