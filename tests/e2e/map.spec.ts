/**
 * The map of Latvia on a phone and on a desktop (#16, WCAG 2.2 SC 2.5.8): every map link a finger can
 * reach is at least 24×24 CSS px or keeps the spacing exception (a 24 px circle centred on it meets no
 * other target nor its circle); town names render at 12 px or more; no dot or name is cut off; and
 * every municipality can still be chosen (from the list below the map). Measured in the browser with
 * getBoundingClientRect, as a reader's screen draws it.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { languages } from '../../scripts/lib/page-templates.ts';

const root = resolve(import.meta.dirname, '../..');
const municipalityCount = readdirSync(resolve(root, 'content/municipalities')).filter((f) => f.endsWith('.yaml')).length;
const widths = [320, 360, 1280];
const pages = (lang: string) => [`/${lang}/`, `/${lang}/municipalities/`];

/** Problems with the map on the page shown, each naming the target or text it is about. */
async function mapProblems(page: Page) {
  return page.locator('figure.rtl-map').evaluate((figure) => {
    const problems: string[] = [];
    const name = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
    const targets = [...figure.querySelectorAll('a')]
      .map((a) => ({ a, r: a.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const centre = (r: DOMRect) => [r.x + r.width / 2, r.y + r.height / 2] as const;
    const small = (r: DOMRect) => r.width < 24 - 0.01 || r.height < 24 - 0.01;
    /** Distance from a point to a rectangle (0 inside it). */
    const toRect = ([x, y]: readonly [number, number], r: DOMRect) =>
      Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    for (const t of targets) {
      if (!small(t.r)) continue;
      const c = centre(t.r);
      for (const o of targets) {
        if (o === t) continue;
        const hitsTarget = toRect(c, o.r) < 12;
        const hitsCircle = small(o.r) && Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < 24;
        if (hitsTarget || hitsCircle)
          problems.push(`${name(t.a)}: ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)} px, its 24 px circle meets ${name(o.a)}`);
      }
    }
    for (const svg of figure.querySelectorAll('svg')) {
      const box = svg.getBoundingClientRect();
      const scale = svg.getScreenCTM()!.a;
      for (const el of svg.querySelectorAll<SVGGraphicsElement>('circle.rtl-map__dot, text')) {
        const r = el.getBoundingClientRect();
        const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
        const onScreen = r.left >= -0.5 && r.right <= document.documentElement.clientWidth + 0.5;
        if (!inside || !onScreen) problems.push(`${name(el.closest('a') ?? el)}: cut off (${r.left.toFixed(1)}–${r.right.toFixed(1)} px)`);
        if (el.tagName === 'text') {
          const px = parseFloat(getComputedStyle(el).fontSize) * scale;
          if (px < 12) problems.push(`${el.textContent}: rendered at ${px.toFixed(1)} px`);
        }
      }
    }
    return problems;
  });
}

for (const width of widths) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const lang of languages) {
      test(`${lang}: map targets are 24 px or spaced, names readable, nothing cut off; every municipality can be chosen`, async ({
        page,
      }) => {
        for (const url of pages(lang)) {
          await page.goto(url);
          expect(await mapProblems(page), url).toEqual([]);
          const markers = page.locator('figure.rtl-map a[data-marker]');
          const list = page.locator('[data-filter-item] a');
          await expect(list, url).toHaveCount(municipalityCount);
          if (width < 700) {
            // A phone chooses from the list: the map is a picture, its dots are not links to miss.
            for (const m of await markers.all()) await expect(m, url).toBeHidden();
            await expect(page.locator('figure.rtl-map figcaption .rtl-map__phone'), url).toBeVisible();
            for (const a of await list.all()) await expect(a, url).toBeVisible();
          } else {
            for (const m of await markers.all()) await expect(m, url).toBeVisible();
            await expect(page.locator('figure.rtl-map figcaption .rtl-map__phone'), url).toBeHidden();
          }
        }
      });
    }
  });
}
