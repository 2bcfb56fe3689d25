/**
 * "Suggest a correction" and "Edit this page" on every kind of content page, in the reader's
 * language: plain links to the page's own file on GitHub and to a prefilled issue form.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { translated } from './translations.ts';

const root = resolve(import.meta.dirname, '../..');
const repo = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');
const first = (dir: string, ext: string) =>
  readdirSync(resolve(root, 'content', dir))
    .filter((f) => f.endsWith(ext))
    .sort()[0]!
    .replace(ext, '');
const municipality = readdirSync(resolve(root, 'content/guides/lv')).sort()[0]!;
const faq = first('faq/lv', '.mdx');
const story = first('stories/lv', '.mdx');
const programme = first('programmes', '.yaml');

/** Each template: its address in `lang`, and the file it is made from (the Latvian one when untranslated). */
const pages = [
  {
    kind: 'municipality overview',
    path: `municipalities/${municipality}/`,
    collection: 'guides',
    rel: `${municipality}/overview.mdx`,
    form: 'correction',
  },
  {
    kind: 'guide topic',
    path: `municipalities/${municipality}/housing/`,
    collection: 'guides',
    rel: `${municipality}/housing.mdx`,
    form: 'correction',
  },
  { kind: 'FAQ answer', path: `faq/${faq}/`, collection: 'faq', rel: `${faq}.mdx`, form: 'correction' },
  { kind: 'story', path: `stories/${story}/`, collection: 'stories', rel: `${story}.mdx`, form: 'correction' },
] as const;

const fileOf = (p: (typeof pages)[number], lang: string) =>
  `content/${p.collection}/${translated(p.collection, lang, p.rel) ? lang : 'lv'}/${p.rel}`;

for (const lang of ['lv', 'en', 'ru'] as const) {
  const cases = [
    ...pages.map((p) => ({ kind: p.kind, path: `/${lang}/${p.path}`, file: fileOf(p, lang), form: p.form })),
    { kind: 'programme', path: `/${lang}/support/${programme}/`, file: `content/programmes/${programme}.yaml`, form: 'outdated-programme' },
  ];
  for (const c of cases) {
    test(`${lang} ${c.kind}: "Edit this page" opens its file on GitHub, "Suggest a correction" a prefilled ${c.form} form in ${lang}`, async ({
      page,
    }) => {
      await page.goto(c.path);
      const links = page.locator('[data-edit-links]');
      await expect(links).toHaveAttribute('lang', lang);
      expect(await links.locator('[data-edit]').getAttribute('href')).toBe(`${repo}/edit/main/${c.file}`);

      const suggest = new URL((await links.locator('[data-suggest]').getAttribute('href'))!);
      expect(`${suggest.origin}${suggest.pathname}`).toBe(`${repo}/issues/new`);
      expect(suggest.searchParams.get('template')).toBe(`${c.form}-${lang}.yml`);
      expect(suggest.searchParams.get('file')).toBe(c.file);
      expect(new URL(suggest.searchParams.get('page')!).pathname).toBe(c.path);
      expect(suggest.searchParams.get('title')).toContain((await page.locator('h1').first().textContent())!.trim());

      // The form it names exists and has the fields the link fills in.
      const form = readFileSync(resolve(root, '.github/ISSUE_TEMPLATE', suggest.searchParams.get('template')!), 'utf8');
      expect(form).toMatch(/^\s+id: page$/m);
      expect(form).toMatch(/^\s+id: file$/m);
    });
  }
}

test('the links are in the language of the page and are plain links (nothing is loaded from GitHub)', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) requested.push(r.url());
  });
  for (const [lang, suggest, edit] of [
    ['lv', 'Ieteikt labojumu', 'Labot šo lapu'],
    ['en', 'Suggest a correction', 'Edit this page'],
    ['ru', 'Предложить исправление', 'Редактировать эту страницу'],
  ] as const) {
    await page.goto(`/${lang}/faq/${faq}/`);
    await expect(page.getByRole('link', { name: suggest, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: edit, exact: true })).toBeVisible();
  }
  expect(requested).toEqual([]);
});
