/** Runs against the fixture site, where one guide deliberately exists only in Latvian. */
import { expect, test } from '@playwright/test';

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
