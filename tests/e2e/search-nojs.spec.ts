/** Search without JavaScript is not a dead end: the page offers real links that reach every page. */
import { expect, test } from '@playwright/test';

test('without JavaScript the header search leads to links to the municipalities, the FAQ and its categories, and support', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('kindergarten');
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=kindergarten/);
  // The block is in a <noscript>: Playwright's page-wide text and role queries skip <noscript> content
  // even when the browser shows it, so the queries start from the block the reader sees.
  const main = page.locator('main [data-search-nojs]');
  await expect(main).toBeVisible();
  await expect(main.getByText('Search needs JavaScript')).toBeVisible();
  await expect(main.getByRole('link', { name: 'Municipalities' })).toHaveAttribute('href', '/en/municipalities/');
  await expect(main.getByRole('link', { name: 'FAQ' })).toHaveAttribute('href', '/en/faq/');
  await expect(main.getByRole('link', { name: 'Support & grants' })).toHaveAttribute('href', '/en/support/');
  await main.getByRole('link', { name: 'Kindergartens' }).click();
  await expect(page.locator('h1')).toHaveText('Kindergartens');
  await context.close();
});

test('with JavaScript the list of links stays out of the way', async ({ page }) => {
  await page.goto('/ru/search/');
  await expect(page.getByText('Для поиска нужен JavaScript')).toBeHidden();
  await expect(page.locator('main').getByRole('link', { name: 'Детские сады' })).toHaveCount(0);
});
