/** The municipality guides: complete inventory, figures equal to the data files, sourced facts, the map. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { guideTopics } from '../../src/routing/sections.ts';
import { policyProblems, sitemapText, translated } from './translations.ts';

const content = resolve(import.meta.dirname, '../../content');
const municipalities = readdirSync(resolve(content, 'municipalities'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace('.yaml', ''))
  .sort();
const regions = readdirSync(resolve(content, 'regions'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace('.yaml', ''));
const topics = guideTopics.filter((t) => t !== 'overview');
const languages = locales;
/** The word before a document's date: a year reads «данные за 2022 год» in Russian, a month «данные на январь 2022 г.». */
const asOfWord = { lv: /dati:/, en: /as of/, ru: /данные (на|за)/ };
const sourceWord = { lv: 'Avots', en: 'Source', ru: 'Источник' };

interface Fact {
  key: string;
  value: number;
  asOf: string;
  source: string;
}
const dataOf = (slug: string) => parse(readFileSync(resolve(content, 'municipalities', `${slug}.yaml`), 'utf8')) as { facts: Fact[] };

test('42 municipalities (7 state cities, 35 novadi) in 5 regions: Varakļāni joined Madona in 2025', () => {
  expect(municipalities).toHaveLength(42);
  expect(municipalities).not.toContain('varaklanu-novads');
  const types = municipalities.map(
    (m) => (parse(readFileSync(resolve(content, 'municipalities', `${m}.yaml`), 'utf8')) as { type: string }).type,
  );
  expect(types.filter((t) => t === 'state-city')).toHaveLength(7);
  expect(types.filter((t) => t === 'novads')).toHaveLength(35);
  expect(regions.sort()).toEqual(['kurzeme', 'latgale', 'riga', 'vidzeme', 'zemgale']);
});

for (const lang of languages) {
  test(`${lang}: every overview, topic page, region hub and the index exist; a guide without its ${lang} file is the Latvian text with a notice`, async ({
    request,
  }) => {
    const hubs = [`/${lang}/municipalities/`, ...regions.map((r) => `/${lang}/regions/${r}/`)];
    const guides = municipalities.flatMap((m) =>
      ['overview', ...topics].map((t) => ({
        url: `/${lang}/municipalities/${m}/${t === 'overview' ? '' : `${t}/`}`,
        file: `${m}/${t}.mdx`,
      })),
    );
    expect(hubs.length + guides.length).toBe(1 + 5 + 42 * 5);
    const sitemap = await sitemapText(request);
    const problems: string[] = [];
    for (const url of hubs) {
      const res = await request.get(url);
      if (res.status() !== 200) {
        problems.push(`${url}: ${res.status()}`);
        continue;
      }
      problems.push(...policyProblems(await res.text(), lang, url, true, sitemap));
    }
    for (const { url, file } of guides) {
      const res = await request.get(url);
      if (res.status() !== 200) {
        problems.push(`${url}: ${res.status()}`);
        continue;
      }
      problems.push(...policyProblems(await res.text(), lang, url, translated('guides', lang, file), sitemap));
    }
    expect(problems).toEqual([]);
  });

  test(`${lang}: the figures on every overview equal the data file and show their source and date`, async ({ request }) => {
    for (const slug of municipalities) {
      const html = await (await request.get(`/${lang}/municipalities/${slug}/`)).text();
      const { document } = parseHTML(html);
      for (const key of ['net-wage', 'vacancies-skilled', 'vacancies-elementary']) {
        const fact = dataOf(slug).facts.find((f) => f.key === key);
        const shown = document.querySelector(`[data-fact="${key}"]`);
        if (!fact) {
          expect(shown, `${slug} shows ${key} without data`).toBeNull();
          continue;
        }
        expect(shown, `${slug} ${key}`).not.toBeNull();
        expect(Number(shown!.getAttribute('data-value'))).toBe(fact.value);
        const digits = shown!.textContent!.replace(/\D/g, '');
        expect(digits, `${slug} ${key} text`).toBe(String(fact.value).replace(/\D/g, ''));
        // Beside the figure: its date; its numbered reference leads to the page's list, which names document and line.
        const cite = shown!.parentElement!.querySelector('.rtl-cite');
        expect(cite?.querySelector('time')?.getAttribute('datetime'), `${slug} ${key} date`).toBe(String(fact.asOf));
        const ref = cite?.querySelector('a.rtl-cite__ref');
        expect(ref?.getAttribute('aria-label'), `${slug} ${key} reference`).toBe(`${sourceWord[lang]} ${ref?.textContent}`);
        const item = document.getElementById(ref!.getAttribute('href')!.slice(1));
        expect(item?.closest('.rtl-sources'), `${slug} ${key}: the reference leads to the source list`).not.toBeNull();
        expect(item!.textContent).toContain(fact.source.split(':')[1]!.split('-')[0]);
        expect(item!.textContent).toMatch(asOfWord[lang]);
        expect(item!.querySelector('a')?.getAttribute('href')).toBe(`/${lang}/sources/#doc-${fact.source.split(':')[0]}`);
      }
    }
  });

  test(`${lang}: every citation on the guide pages names its source and, for documents, the date`, async ({ request }) => {
    const missing: string[] = [];
    for (const slug of municipalities) {
      for (const topic of ['', ...topics]) {
        const url = `/${lang}/municipalities/${slug}/${topic ? `${topic}/` : ''}`;
        const { document } = parseHTML(await (await request.get(url)).text());
        for (const cite of document.querySelectorAll('.rtl-cite')) {
          const item = document.getElementById(cite.querySelector('a.rtl-cite__ref')?.getAttribute('href')?.slice(1) ?? '');
          if (!item?.closest('.rtl-sources')) {
            missing.push(`${url}: reference "${cite.textContent}" leads nowhere`);
            continue;
          }
          const link = item.querySelector('a')?.getAttribute('href') ?? '';
          if (!new RegExp(`^/${lang}/sources/(web/[a-z0-9-]+/)?#`).test(link) && !link.startsWith('https://'))
            missing.push(`${url}: source without link`);
          if (link.includes('#doc-') && !asOfWord[lang].test(item.textContent!)) missing.push(`${url}: document source without date`);
          if (!link.includes('#inst-') && !cite.querySelector('time[datetime]')) missing.push(`${url}: figure without its date beside it`);
        }
        const numbers = [...document.querySelectorAll('.rtl-sources > ol > li')].map((li) => li.id);
        if (numbers.some((id, i) => id !== `rtl-src-${i + 1}`)) missing.push(`${url}: source list not numbered 1, 2, 3…`);
      }
    }
    expect(missing).toEqual([]);
  });

  test(`${lang}: the map has 42 markers, each linking to its municipality in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/municipalities/`);
    const markers = page.locator('svg a[data-marker]');
    await expect(markers).toHaveCount(42);
    const hrefs = await markers.evaluateAll((as) => as.map((a) => [a.getAttribute('data-marker'), a.getAttribute('href')]));
    expect(hrefs.map(([id]) => id).sort()).toEqual(municipalities);
    for (const [id, href] of hrefs) expect(href).toBe(`/${lang}/municipalities/${id}/`);
    await markers.first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveURL(/\/municipalities\/[a-z-]+\/$/);
  });
}

const merger = {
  lv: { history: 'Bijušais Varakļānu novads, 2022', lead: 'Latvijā ir 42 pašvaldības' },
  en: { history: 'Former Varakļāni Municipality, 2022', lead: 'Latvia has 42 municipalities' },
  ru: { history: 'Бывший Вараклянский край, 2022', lead: 'В Латвии 42 самоуправления' },
};
for (const lang of languages) {
  test(`${lang}: every old Varakļāni URL sends the reader to the same page of Madona, and is kept out of search engines`, async ({
    request,
    page,
  }) => {
    const old = ['', 'booklet/', ...topics.map((t) => `${t}/`)];
    for (const tail of old) {
      const res = await request.get(`/${lang}/municipalities/varaklanu-novads/${tail}`);
      expect(res.status(), tail).toBe(200);
      const html = await res.text();
      const target = `/${lang}/municipalities/madonas-novads/${tail}`;
      expect(html, tail).toContain(`<meta http-equiv="refresh" content="0; url=${target}"`);
      expect(html, tail).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${target.replace(/\//g, '\\/')}"`));
      expect(html, tail).toContain('<meta name="robots" content="noindex"');
      expect(html, tail).toContain(`href="${target}"`);
    }
    // A browser follows the refresh and lands on Madona's page.
    await page.goto(`/${lang}/municipalities/varaklanu-novads/jobs/`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/municipalities/madonas-novads/jobs/$`));
  });

  test(`${lang}: Madona's page shows Varakļāni's 2022 figures labelled as history, with the law that merged them`, async ({ page }) => {
    await page.goto(`/${lang}/municipalities/madonas-novads/`);
    const section = page.locator('[data-merged="varaklanu-novads"]');
    await expect(section.locator('[data-history-label]')).toHaveText(merger[lang].history);
    await expect(section.locator('a[href^="https://likumi.lv/ta/id/353139"]')).toHaveCount(1);
    // The history figures sit in their own section, not in Madona's "at a glance" box.
    await expect(page.locator('#cv').locator('..')).not.toContainText(merger[lang].history);
    await page.goto(`/${lang}/municipalities/`);
    await expect(page.locator('main')).toContainText(merger[lang].lead);
  });
}
