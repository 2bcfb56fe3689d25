/** Switching language keeps what the reader has built on the page: a comparison, a search, the finder's filters, a plan. */
import { expect, test, type Page } from '@playwright/test';

const switchTo = async (page: Page, name: string) => {
  await page
    .getByRole('navigation', { name: /^(Valoda|Language|Язык)$/ })
    .getByRole('link', { name })
    .click();
};

test('a comparison chosen on the page survives the switch to another language', async ({ page }) => {
  await page.goto('/en/compare/');
  await page.getByLabel('Municipality 1').selectOption('riga');
  await page.getByLabel('Municipality 2').selectOption('liepaja');
  await expect(page).toHaveURL(/m=riga,liepaja/);
  await switchTo(page, 'Русский');
  await expect(page).toHaveURL('/ru/compare/?m=riga,liepaja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.rtl-compare thead th:visible')).toHaveText(['Показатель', 'Рига', 'Лиепая']);
});

test('a search query and the "all languages" choice survive the switch; filters in the old language do not', async ({ page }) => {
  await page.goto('/en/search/?q=kindergarten&all=1&type=Answer');
  await switchTo(page, 'Latviešu');
  await expect(page).toHaveURL('/lv/search/?q=kindergarten&all=1');
  await expect(page.getByRole('searchbox', { name: 'Meklēt vietnē' })).toHaveValue('kindergarten');
  await expect(page.getByLabel('Meklēt visās valodās')).toBeChecked();
});

test("the finder's filters survive the switch", async ({ page }) => {
  await page.goto('/ru/support/');
  await page.getByLabel('Вид').selectOption('business');
  await switchTo(page, 'English');
  await expect(page).toHaveURL('/en/support/?kind=business');
  await expect(page.getByLabel('Kind')).toHaveValue('business');
  for (const k of await page.locator('[data-programme]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kinds)))
    expect(k).toContain('business');
});

test('a built return plan survives the switch', async ({ page }) => {
  const month = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1)).toISOString().slice(0, 7);
  await page.goto('/en/plan/');
  await page.getByLabel('Where do you plan to live?').selectOption('liepaja');
  await page.getByLabel('When do you plan to move?').fill(month);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  const items = await page.locator('[data-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item));
  expect(items.length).toBeGreaterThan(0);
  await switchTo(page, 'Latviešu');
  await expect(page).toHaveURL(new RegExp(`^[^?]*/lv/plan/\\?.*month=${month}`));
  await expect(page.getByLabel('Kur plānojat dzīvot?')).toHaveValue('liepaja');
  await expect(page.locator('[data-item]')).toHaveCount(items.length);
});

test('the #fragment survives the switch, and without JavaScript the links are plain paths', async ({ page, browser }) => {
  await page.goto('/en/faq/#cat-residence');
  await switchTo(page, 'Русский');
  await expect(page).toHaveURL('/ru/faq/#cat-residence');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/compare/?m=riga,liepaja');
  const hrefs = await noJs
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['/lv/compare/', '/en/compare/', '/ru/compare/']);
  await context.close();
});
