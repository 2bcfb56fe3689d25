import { expect, test } from '@playwright/test';

const queries = [
  { lang: 'lv', label: 'Meklēt vietnē', q: 'Liepāja' },
  { lang: 'en', label: 'Search the site', q: 'Liepāja' },
  { lang: 'ru', label: 'Поиск по сайту', q: 'Лиепая' },
] as const;

for (const { lang, label, q } of queries) {
  test(`search in ${lang} returns results from ${lang} pages only, and is keyboard usable`, async ({ page }) => {
    await page.goto(`/${lang}/search/`);
    await page.keyboard.press('Tab'); // skip link
    const box = page.getByRole('searchbox', { name: label });
    await box.focus();
    await page.keyboard.type(q);
    await page.keyboard.press('Enter');
    const results = page.locator('[data-search-results] li a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(`/${lang}/`), h).toBe(true);
    await expect(page.getByRole('status')).toHaveText(/\d/);
    await expect(page).toHaveURL(new RegExp(`[?&]q=`));
  });
}

test('Latvian: inflected and diacritic-free queries find the right pages', async ({ page }) => {
  for (const [q, expected] of [
    ['nodokļiem', '/lv/faq/taxes-after-return/'],
    ['bērnudārzā', '/lv/faq/kindergarten-place/'],
    ['gimenes arstam', '/lv/faq/family-doctor/'],
  ]) {
    await page.goto(`/lv/search/?q=${encodeURIComponent(q!)}`);
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const top = await page
      .locator('[data-search-results] li a')
      .evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(top, q).toContain(expected);
  }
  await page.goto('/lv/search/?q=berni');
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/bērn/i);
});

test('"search all languages" adds other languages, labelled as such', async ({ page }) => {
  await page.goto(`/lv/search/?q=${encodeURIComponent('пособие')}`); // a Russian word: no Latvian page has it
  await expect(page.getByRole('status')).toHaveText('Nekas netika atrasts. Mēģiniet citu vārdu.');
  await page.getByLabel('Meklēt visās valodās').check();
  await expect(page).toHaveURL(/all=1/);
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toContainText('Valoda: Русский');
  await expect(first.locator('a')).toHaveAttribute('hreflang', 'ru');
});

test('a Latvian word on the English page finds little there, and the page offers the results in all languages', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('bērnudārzs')}`);
  const offer = page.locator('[data-search-wider]');
  await expect(offer).toBeVisible();
  const own = await page.locator('[data-search-results] li').count();
  const offered = Number((await offer.textContent())!.match(/\d[\d,]*/)![0].replace(/,/g, ''));
  expect(offered).toBeGreaterThan(own);
  await offer.click();
  await expect(page.getByLabel('Search in all languages')).toBeChecked();
  await expect(page).toHaveURL(/[?&]all=1/);
  await expect(page.locator('[data-search-status]')).toHaveText(`${offered} results found`);
  await expect(offer).toBeHidden();
  // A query the page's language answers well gets no such offer.
  await page.goto('/en/search/?q=kindergarten');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(offer).toBeHidden();
});

test('"search all languages" keeps every result of the page language and adds the others, each analysed in its language', async ({
  page,
}) => {
  const count = async () => Number(((await page.getByRole('status').textContent()) ?? '').replace(/\D/g, ''));
  await page.goto('/en/search/?q=kindergarten%20Liep%C4%81ja');
  await expect(page.getByRole('status')).toHaveText(/\d/);
  const alone = await count();
  const first = await page.locator('[data-search-results] li a').first().getAttribute('href');
  expect(first).toBe('/en/municipalities/liepaja/schools/');
  await page.getByLabel('Search in all languages').check();
  await expect(page).toHaveURL(/all=1/);
  await expect.poll(count).toBeGreaterThan(alone);
  // The English page on the topic is still first; Latvian and Russian ones are labelled with their language.
  await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', '/en/municipalities/liepaja/schools/');
  while (await page.locator('[data-search-more]').isVisible()) await page.locator('[data-search-more]').click();
  const items = page.locator('[data-search-results] li');
  const hrefs = await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const lang of ['lv', 'ru']) expect(hrefs, lang).toContain(`/${lang}/municipalities/liepaja/schools/`);
  const ru = items.filter({ has: page.locator('a[href="/ru/municipalities/liepaja/schools/"]') });
  await expect(ru).toContainText('Language: Русский');
});

test('filters narrow the results by page type, and the count is announced with the right plural', async ({ page }) => {
  await page.goto('/ru/search/?q=%D0%B6%D0%B8%D0%BB%D1%8C%D1%91');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByText('Уточнить результаты').click();
  const type = page.getByLabel('Тип страницы');
  await expect(type.locator('option', { hasText: 'Ответ' })).toHaveCount(1);
  await type.selectOption('Ответ');
  await expect(page).toHaveURL(/type=/);
  await expect(page.getByRole('status')).toHaveText(/^Найден[оа]? \d+ результат(а|ов)?$/);
  for (const info of await page.locator('[data-search-results] li p.rtl-muted').allTextContents()) expect(info).toContain('Ответ');
});

test('a search in the page language loads only the index parts the query needs', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/ru/search/');
  await page.getByRole('searchbox', { name: 'Поиск по сайту' }).fill('пособия на детей');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const index = fetched.filter((p) => p.startsWith('/search/'));
  expect(
    fetched.filter((p) => p.includes('pagefind')),
    'no Pagefind download for a same-language search',
  ).toEqual([]);
  expect(index).toContain('/search/ru/index.json');
  expect(index.filter((p) => p.startsWith('/search/ru/s/')).length).toBeLessThanOrEqual(3); // one shard per word at most
  expect(index.filter((p) => p.startsWith('/search/ru/t/')).length).toBe(5); // the text of the five results shown
  await expect(page.locator('[data-search-results] li mark').first()).toHaveText(/пособи|дет/i);
});
