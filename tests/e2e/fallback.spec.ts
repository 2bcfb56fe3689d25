/** Runs against the fixture site, where a guide, an answer and a story deliberately lack translations. */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { policyProblems, sitemapText } from './translations.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/content-base');

test.use({ baseURL: process.env.RTL_FIXTURE_ORIGIN ?? 'http://127.0.0.1:4322' });

const cases = [
  { lang: 'en', notice: /has not been translated into English/ },
  { lang: 'ru', notice: /ещё не переведена на русский/ },
] as const;

for (const { lang, notice } of cases) {
  test(`a missing ${lang} translation shows the Latvian text with a ${lang} notice`, async ({ page }) => {
    const response = await page.goto(`/${lang}/municipalities/liepaja/housing/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main')).toHaveAttribute('lang', 'lv');
    const note = page.getByRole('note').filter({ hasText: notice });
    await expect(note).toBeVisible();
    await expect(page.locator('h1')).toHaveText('Mājokļi Liepājā (tikai latviski)');
    await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
  });
}

test('fallback pages stay out of the search index of their language', async ({ page }) => {
  await page.goto('/en/search/?q=neiztulkotais');
  await expect(page.getByRole('status')).toHaveText('Nothing found. Try another word.');
  await page.goto('/lv/search/?q=neiztulkotais');
  await expect(page.locator('[data-search-results] li')).toHaveCount(1);
});

test('the language switcher on a fallback page leads to real pages', async ({ page }) => {
  await page.goto('/en/municipalities/liepaja/housing/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Latviešu' }).click();
  await expect(page).toHaveURL('/lv/municipalities/liepaja/housing/');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('every page without its translation (guide, answer, story) is marked and left out of the sitemap; translated ones are not', async ({
  request,
}) => {
  const sitemap = await sitemapText(request);
  const pages = [
    { path: 'municipalities/liepaja/housing/', collection: 'guides', file: 'liepaja/housing.mdx' },
    { path: 'municipalities/liepaja/', collection: 'guides', file: 'liepaja/overview.mdx' },
    { path: 'faq/declare-residence/', collection: 'faq', file: 'declare-residence.mdx' },
    { path: 'stories/fixture-story/', collection: 'stories', file: 'fixture-story.mdx' },
  ];
  const problems: string[] = [];
  let fallbacks = 0;
  for (const lang of ['en', 'ru']) {
    for (const p of pages) {
      const res = await request.get(`/${lang}/${p.path}`);
      expect(res.status(), `/${lang}/${p.path}`).toBe(200);
      const isTranslated = existsSync(resolve(fixture, p.collection, lang, p.file));
      if (!isTranslated) fallbacks++;
      problems.push(...policyProblems(await res.text(), lang, `/${lang}/${p.path}`, isTranslated, sitemap));
    }
  }
  expect(fallbacks, 'the fixture keeps some pages untranslated').toBeGreaterThanOrEqual(3);
  expect(problems).toEqual([]);
});

test("the open data lists an untranslated answer in Latvian at its address in the reader's language", async ({ request }) => {
  const body = await (await request.get('/data/faq-ru.json')).json();
  expect(body.data.map((f: { id: string; language: string; url: string }) => [f.id, f.language, f.url])).toEqual([
    ['declare-residence', 'lv', '/ru/faq/declare-residence/'],
  ]);
});

test('on a fallback page "Edit this page" opens the Latvian file the reader sees, and the issue form is in the reader\'s language', async ({
  page,
}) => {
  await page.goto('/ru/faq/declare-residence/');
  const links = page.locator('[data-edit-links]');
  expect(await links.locator('[data-edit]').getAttribute('href')).toMatch(
    /\/edit\/main\/tests\/fixtures\/content-base\/faq\/lv\/declare-residence\.mdx$/,
  );
  const suggest = new URL((await links.locator('[data-suggest]').getAttribute('href'))!);
  expect(suggest.searchParams.get('template')).toBe('correction-ru.yml');
  expect(suggest.searchParams.get('file')).toBe('tests/fixtures/content-base/faq/lv/declare-residence.mdx');
});
