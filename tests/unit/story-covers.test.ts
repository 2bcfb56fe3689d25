/**
 * Story covers and the images in dist/_astro/: every story page shows a picture with a description,
 * every file the picture names exists, and no image is published that no page shows (an unused
 * original or fallback only makes dist/ heavier). Reads dist/ (npm test builds first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

const dist = join(repoRoot, 'dist');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

describe('story covers', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'lv/index.html'))) throw new Error('dist/ is missing: run npm run build first (npm test does).');
  });

  it('every story shows a cover picture with a description, and every file it names exists', () => {
    const stories = readdirSync(join(dist, 'lv/stories')).filter((n) => existsSync(join(dist, 'lv/stories', n, 'index.html')));
    expect(stories.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const lang of ['lv', 'en', 'ru']) {
      for (const story of stories) {
        const { document } = parseHTML(readFileSync(join(dist, lang, 'stories', story, 'index.html'), 'utf8'));
        const img = document.querySelector('figure.rtl-cover picture img');
        if (!img) {
          problems.push(`${lang}/stories/${story}: no cover picture`);
          continue;
        }
        if ((img.getAttribute('alt') ?? '').trim().length < 5) problems.push(`${lang}/stories/${story}: the cover has no description`);
        const urls = [
          img.getAttribute('src'),
          ...[...document.querySelectorAll('figure.rtl-cover source, figure.rtl-cover img')].flatMap((e) =>
            (e.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]),
          ),
        ];
        for (const url of urls) if (url && !existsSync(join(dist, url))) problems.push(`${lang}/stories/${story}: ${url} is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no image in dist/_astro/ is left unshown by every page', () => {
    const images = readdirSync(join(dist, '_astro')).filter((n) => /\.(png|jpe?g|webp|avif|svg)$/.test(n));
    const pages = files(dist)
      .filter((f) => /\.(html|css|xml|json)$/.test(f) && !f.includes('/admin/'))
      .map((f) => readFileSync(f, 'utf8'));
    const unused = images.filter((name) => !pages.some((text) => text.includes(name)));
    expect(unused).toEqual([]);
  });
});
