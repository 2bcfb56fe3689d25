/**
 * An overview a family can act on: who to ask comes first, running programmes are listed, and
 * closed, planned or unclear ones are folded under their count instead of filling the phone screen.
 */
import { expect, test } from '@playwright/test';

for (const lang of ['lv', 'en', 'ru'] as const) {
  test(`${lang}: "who to ask" comes first, and only running programmes are shown unfolded`, async ({ page }) => {
    await page.goto(`/${lang}/municipalities/daugavpils/`);
    const headings = await page.locator('main h2').allTextContents();
    expect(await page.locator('main h2').first().getAttribute('id')).toBe('contact');
    expect(headings.length).toBeGreaterThan(2);
    const support = page.locator('section[aria-labelledby="support"]');
    const unfolded = support.locator(':scope > ul [data-status]');
    const folded = support.locator('details [data-status]');
    for (const status of await unfolded.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) expect(status).toBe('open');
    const foldedStatuses = await folded.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(foldedStatuses.length).toBeGreaterThan(0);
    expect(foldedStatuses).not.toContain('open');
    await expect(folded.first()).toBeHidden();
    const summary = support.locator('details > summary');
    await expect(summary).toContainText(String(foldedStatuses.length));
    await summary.click();
    await expect(folded.first()).toBeVisible();
  });
}
