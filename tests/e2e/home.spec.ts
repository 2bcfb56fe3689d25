/**
 * The home page starts a journey: a search box that works without JavaScript, the four planning tools,
 * every municipality, the latest stories, and a greeting for a reader who chose "my municipality".
 * Expected words come from the dictionaries and the content, so the tests follow the site's language.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { languages } from '../../scripts/lib/page-templates.ts';

type Lang = (typeof languages)[number];
const root = resolve(import.meta.dirname, '../..');
const strings = (lang: Lang) => JSON.parse(readFileSync(resolve(root, 'src/i18n/strings', `${lang}.json`), 'utf8'));
const municipality = (slug: string) =>
  parse(readFileSync(resolve(root, 'content/municipalities', `${slug}.yaml`), 'utf8')) as { names: Record<Lang, string> };
const municipalityCount = readdirSync(resolve(root, 'content/municipalities')).filter((f) => f.endsWith('.yaml')).length;

/** Every story in `lang` (Latvian where a translation is missing) with its date, from the front matter. */
function storiesIn(lang: Lang) {
  return readdirSync(resolve(root, 'content/stories/lv'))
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const path = resolve(root, 'content/stories', existsSync(resolve(root, 'content/stories', lang, file)) ? lang : 'lv', file);
      const front = parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!) as { title: string; published: string };
      return { slug: file.replace('.mdx', ''), title: front.title, published: String(front.published).slice(0, 10) };
    });
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('the search box sends the query to the search page, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of languages) {
    await page.goto(`/${lang}/`);
    const box = page.getByRole('main').getByRole('searchbox', { name: strings(lang).home.searchLabel });
    await box.fill('bērnudārzs');
    await box.press('Enter');
    await expect(page).toHaveURL(`/${lang}/search/?q=${encodeURIComponent('bērnudārzs')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
  await context.close();
});

test('with JavaScript the search page runs the query typed on the home page', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('main').getByRole('searchbox', { name: 'Search the guides' }).fill('kindergarten');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/en/search/?q=kindergarten');
  await expect(page.getByRole('searchbox').first()).toHaveValue('kindergarten');
  await expect(page.locator('.rtl-results li').first()).toBeVisible();
});

test('the four tools and every municipality are links that lead to real pages, in every language', async ({ page, request }) => {
  for (const lang of languages) {
    const s = strings(lang);
    await page.goto(`/${lang}/`);
    const tools = section(page, s.home.tools).getByRole('listitem');
    await expect(tools).toHaveCount(4);
    const names = [s.plan.title, s.compare.title, s.mine.title, s.home.checkName];
    for (const [i, name] of names.entries()) {
      const link = tools.nth(i).getByRole('link', { name, exact: true });
      const href = (await link.getAttribute('href'))!;
      expect((await request.get(href)).status(), `${lang}: ${name} → ${href}`).toBe(200);
      // Each tool says in one line what it is for, next to a drawn icon.
      await expect(tools.nth(i).locator('p')).not.toBeEmpty();
      await expect(tools.nth(i).locator('svg.rtl-icon')).toHaveCount(1);
    }
    const choose = section(page, s.home.choose);
    const listed = choose.locator('[data-filter-item] a');
    await expect(listed).toHaveCount(municipalityCount);
    // The map links to the same municipalities as the list.
    await expect(choose.locator('svg a[data-marker]')).toHaveCount(municipalityCount);
    for (const href of await listed.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(new RegExp(`^/${lang}/municipalities/[a-z0-9-]+/$`));
      expect((await request.get(href)).status(), href).toBe(200);
    }
  }
});

test('the latest stories are the three newest, newest first, with municipality and date', async ({ page }) => {
  for (const lang of languages) {
    const all = storiesIn(lang);
    await page.goto(`/${lang}/`);
    const items = section(page, strings(lang).home.stories).getByRole('listitem');
    await expect(items).toHaveCount(Math.min(3, all.length));
    const shown: ReturnType<typeof storiesIn> = [];
    for (const item of await items.all()) {
      const href = (await item.getByRole('link').getAttribute('href'))!;
      const story = all.find((x) => href === `/${lang}/stories/${x.slug}/`)!;
      expect(story, href).toBeTruthy();
      await expect(item.getByRole('link')).toHaveText(story.title);
      await expect(item.locator('time')).toHaveAttribute('datetime', story.published);
      shown.push(story);
    }
    const dates = shown.map((x) => x.published);
    expect(dates).toEqual([...dates].sort().reverse());
    // No story left out is newer than the oldest one shown.
    const oldestShown = dates.at(-1)!;
    expect(all.filter((x) => !shown.includes(x) && x.published > oldestShown)).toEqual([]);
  }
});

test('a returning reader who chose a municipality is greeted with it, in every language; others are not', async ({ page }) => {
  for (const lang of languages) {
    await page.goto(`/${lang}/`);
    await expect(page.getByRole('heading', { name: strings(lang).home.welcome })).toBeHidden();
  }
  await page.goto('/lv/municipalities/valkas-novads/');
  await page.getByRole('button', { name: strings('lv').mine.set }).click();
  const names = municipality('valkas-novads').names;
  for (const lang of languages) {
    const s = strings(lang);
    await page.goto(`/${lang}/`);
    const greeting = section(page, s.home.welcome);
    await expect(greeting).toBeVisible();
    await expect(greeting).toContainText(`${s.home.yours} ${names[lang]}`);
    await expect(greeting.getByRole('link', { name: names[lang], exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/municipalities/valkas-novads/$`),
    );
    await expect(greeting.getByRole('link', { name: s.topics.housing })).toHaveAttribute(
      'href',
      `/${lang}/municipalities/valkas-novads/housing/`,
    );
    await greeting.getByRole('link', { name: s.topics.schools }).click();
    await expect(page).toHaveURL(`/${lang}/municipalities/valkas-novads/schools/`);
  }
});

test('"Make this my municipality" says so after the click and after a reload, and can be undone', async ({ page }) => {
  for (const lang of languages) {
    const s = strings(lang);
    await page.goto(`/${lang}/municipalities/cesu-novads/`);
    const make = page.getByRole('button', { name: s.mine.set });
    const undo = page.getByRole('button', { name: s.mine.clear });
    await expect(page.getByText(s.mineState.is)).toBeHidden();
    await make.click();
    await expect(page.getByText(s.mineState.is)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: s.mine.saved })).toHaveCount(1);
    await expect(make).toBeHidden();
    await expect(undo).toBeFocused();
    await page.reload();
    await expect(page.getByText(s.mineState.is)).toBeVisible();
    await expect(make).toBeHidden();
    // Another municipality is not "yours".
    await page.goto(`/${lang}/municipalities/riga/`);
    await expect(page.getByRole('button', { name: s.mine.set })).toBeVisible();
    await page.goto(`/${lang}/municipalities/cesu-novads/`);
    await undo.click();
    await expect(page.getByRole('status').filter({ hasText: s.mine.cleared })).toHaveCount(1);
    await expect(make).toBeFocused();
    await page.reload();
    await expect(make).toBeVisible();
    await expect(page.getByText(s.mineState.is)).toBeHidden();
  }
});
