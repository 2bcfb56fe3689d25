import { expect, test } from '@playwright/test';
import { templates } from '../../scripts/lib/page-templates.ts';

test('the language switcher lands on the same page in the other language', async ({ page }) => {
  await page.goto(templates.topic!('lv'));
  const lvTitle = await page.locator('h1').textContent();
  await page.getByRole('navigation', { name: 'Valoda' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(templates.topic!('en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.locator('h1').textContent()).not.toBe(lvTitle);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(templates.topic!('ru'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('every language-switcher link on every template resolves (never a 404)', async ({ page, request }) => {
  for (const url of Object.values(templates).filter((u) => !u('lv').includes('404'))) {
    await page.goto(url('en'));
    const hrefs = await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('"/" is a real page offering the three languages, each in its own language, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
  for (const [lang, name] of [
    ['lv', 'Latviešu'],
    ['en', 'English'],
    ['ru', 'Русский'],
  ]) {
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', `/${lang}/`);
    await expect(page.locator(`li[lang="${lang}"]`)).toHaveCount(1);
  }
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await context.close();
});

test('the main navigation works with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const names = await nav.getByRole('link').allTextContents();
  expect(names).toEqual(['Municipalities', 'Support & grants', 'FAQ', 'Stories', 'First steps', 'Search']);
  for (const name of names) {
    await nav.getByRole('link', { name }).click();
    await expect(page.locator('h1')).toBeVisible();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
  // From the list to a municipality and on to one of its topics, still without JavaScript.
  await nav.getByRole('link', { name: 'Municipalities' }).click();
  await page.locator('main ul a').first().click();
  await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
  await context.close();
});

test('an unknown address shows the 404 page in each language', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const text of ['Lapa nav atrasta', 'Page not found', 'Страница не найдена']) await expect(page.getByText(text)).toBeVisible();
});

test('the municipality filter narrows the list and announces the count with the right plural', async ({ page }) => {
  await page.goto('/ru/municipalities/');
  const box = page.getByRole('searchbox', { name: 'Найти самоуправление по названию' });
  await box.fill('Рига');
  await expect(page.getByRole('status')).toHaveText(/^Найдено 1 самоуправление$/);
  await expect(page.locator('[data-filter-item]:visible')).toHaveCount(1);
  await box.fill('');
  await expect(page.locator('[data-filter-item]:visible')).toHaveCount(42);
});
