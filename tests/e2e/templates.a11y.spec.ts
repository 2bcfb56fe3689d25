/** axe (WCAG 2.2 AA tags) on one page of every template in every language: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages, templates } from '../../scripts/lib/page-templates.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the language chooser at / has no axe violations', async ({ page }) => {
  await page.goto('/');
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const lang of languages) {
  for (const [name, url] of Object.entries(templates)) {
    test(`${lang} ${name} has no axe violations`, async ({ page }) => {
      const response = await page.goto(url(lang));
      expect(response?.status()).toBe(200);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
