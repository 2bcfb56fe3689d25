/** Coordinator FAQ: stable ids in every language (translated or a marked Latvian fallback), copy link, print view with permalink, printable checklist. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { policyProblems, sitemapText, translated } from './translations.ts';

const dir = (l: string) => resolve(import.meta.dirname, '../../content/faq', l);
const idsIn = (l: string) =>
  readdirSync(dir(l))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace('.mdx', ''))
    .sort();
const ids = idsIn('lv');

test('every English and Russian answer translates a Latvian one (a missing translation is allowed, an orphan is not)', () => {
  expect(ids.length).toBeGreaterThan(0);
  for (const lang of ['en', 'ru'])
    expect(
      idsIn(lang).filter((id) => !ids.includes(id)),
      lang,
    ).toEqual([]);
});

for (const lang of ['lv', 'en', 'ru']) {
  test(`${lang}: every answer's permalink resolves (translated, or Latvian with a notice and noindex), shows its reviewed date and sources`, async ({
    request,
  }) => {
    const sitemap = await sitemapText(request);
    const problems: string[] = [];
    for (const id of ids) {
      const res = await request.get(`/${lang}/faq/${id}/`);
      const html = await res.text();
      if (res.status() !== 200) problems.push(`${id}: HTTP ${res.status()}`);
      problems.push(...policyProblems(html, lang, `/${lang}/faq/${id}/`, translated('faq', lang, `${id}.mdx`), sitemap));
      if (!/<footer class="rtl-meta"[^>]*>[\s\S]*?<time datetime="\d{4}-\d{2}-\d{2}"/.test(html)) problems.push(`${id}: no reviewed date`);
      if (!/<footer class="rtl-meta"[\s\S]*<section class="rtl-sources"[\s\S]*<li id="rtl-src-1">/.test(html))
        problems.push(`${id}: no source list`);
      if (!html.includes(`/${lang}/faq/category/`)) problems.push(`${id}: no link to its category`);
    }
    expect(problems).toEqual([]);
  });
}

test('the FAQ index lists every question as a link to its answer (the short answers are on the category pages)', async ({ request }) => {
  for (const lang of ['lv', 'en', 'ru']) {
    const html = await (await request.get(`/${lang}/faq/`)).text();
    const missing = ids.filter((id) => !html.includes(`<a href="/${lang}/faq/${id}/">`));
    expect(missing, lang).toEqual([]);
  }
});

test("an answer's QR code is its own small SVG file (not inline), encoding the answer's address", async ({ page, request }) => {
  await page.goto(`/en/faq/${ids[0]}/`);
  const src = await page.locator('.rtl-qr img').getAttribute('src');
  expect(src).toBe(`/en/faq/${ids[0]}/qr.svg`);
  expect(await page.locator('.rtl-qr svg').count()).toBe(0);
  const res = await request.get(src!);
  expect(res.status()).toBe(200);
  expect(await res.text()).toMatch(/^<svg [^>]*viewBox/);
});

test('each answer has an anchor on its category page', async ({ page }) => {
  await page.goto(`/en/faq/${ids[0]}/`);
  await page.getByRole('link', { name: /^All answers in this category/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/faq/category/[a-z]+/#${ids[0]}$`));
  await expect(page.locator(`article#${ids[0]}`)).toBeVisible();
});

test('"Copy link" copies the permanent address and announces it', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`/ru/faq/${ids[0]}/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка скопирована' })).toBeVisible();
  // The address the reader is on (whatever host serves the site), with the canonical page's path.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(new URL(canonical!).pathname, page.url()).href);
  await context.close();
});

test('without JavaScript the copy button stays hidden and the permalink is still there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/faq/${ids[0]}/`);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.locator('.rtl-permalink__url')).toHaveText(new RegExp(`/en/faq/${ids[0]}/$`));
  await context.close();
});

test('the print view of an answer and of a category shows the permalink and a QR code', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`/lv/faq/${ids[0]}/`);
  await expect(page.locator('.rtl-permalink__url')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR kods ar šīs atbildes saiti' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeHidden();
  await page.goto('/lv/faq/category/residence/');
  const qrs = page.getByRole('img', { name: 'QR kods ar šīs atbildes saiti' });
  expect(await qrs.count()).toBeGreaterThan(0);
  expect(await qrs.count()).toBe(await page.locator('article.rtl-faqitem').count());
});

test('first steps: the index lists every item by phase, each leading to its text on its phase page', async ({ page, request }) => {
  await page.goto('/en/first-steps/');
  const links = page.locator('.rtl-checklist > li > a');
  expect(await links.count()).toBeGreaterThan(20);
  const missing: string[] = [];
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const [path, id] = href.split('#');
    if (!/^\/en\/first-steps\/(before|week|month|year)\/$/.test(path!)) missing.push(`${href}: not a phase page`);
    else if (!(await (await request.get(path!)).text()).includes(`<li id="${id}"`)) missing.push(`${href}: no such item`);
  }
  expect(missing).toEqual([]);
  await links.first().click();
  await expect(page.locator('.rtl-checklist > li:target h2')).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Phases' }).getByRole('link', { name: 'Before you leave' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('a first-steps phase prints on A4 without cut content', async ({ page }) => {
  // A4 is 210 mm wide; with 16 mm margins the printable width is 178 mm = 673 CSS px.
  await page.setViewportSize({ width: 673, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.goto('/en/first-steps/before/');
  const items = page.locator('.rtl-checklist > li');
  expect(await items.count()).toBeGreaterThan(10);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => el.tagName + '.' + el.className);
  });
  expect(overflow).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '16mm', bottom: '16mm', left: '16mm', right: '16mm' } });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test("the residence answer gives the official deadline, e-service and fee, each cited to the PMLP page with that page's date status", async ({
  page,
}) => {
  await page.goto('/en/faq/declare-residence/');
  const body = page.locator('main');
  await expect(body).toContainText('within a month');
  await expect(body).toContainText('Dzīvesvietas deklarēšana vai norādīšana');
  const fee = body
    .locator('p', { hasText: 'EUR 4.27' })
    .filter({ has: page.locator('.rtl-cite') })
    .first();
  await expect(fee).toBeVisible();
  // Beside the fee: the page's lack of a date, said briefly; its numbered reference, named "Source n", leads
  // to the list at the end of the page, which names PMLP, links its page and says the page shows no date.
  const cite = fee.locator('.rtl-cite').filter({ hasText: 'no date' }).first();
  await expect(cite.locator('time')).toHaveText(/^\(no date, read \w+ \d{4}\)$/);
  const ref = cite.getByRole('link', { name: /^Source \d+$/ });
  await ref.click();
  const item = page.locator('.rtl-sources li:target');
  await expect(item).toBeInViewport();
  await expect(item).toContainText('Office of Citizenship and Migration Affairs');
  await expect(item).toContainText('the page shows no date');
  await expect(item.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/www\.pmlp\.gov\.lv\//);
  // …and back to the text.
  await item.getByRole('link', { name: /^Back to where source \d+ is first cited$/ }).click();
  await expect(page.locator('.rtl-cite__ref:target')).toBeInViewport();
});
