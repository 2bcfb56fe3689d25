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
