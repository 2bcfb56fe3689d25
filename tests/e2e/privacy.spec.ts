/** Every template in every language: no request to another origin, no cookie, no CSP violation. */
import { expect, test } from '@playwright/test';
import { languages, templates } from '../../scripts/lib/page-templates.ts';

for (const lang of languages) {
  test(`${lang}: no third-party request, no cookie, no CSP violation on any template`, async ({ page, context, baseURL }) => {
    // One page of every template, each until the network is idle: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const url of [...Object.values(templates).map((u) => u(lang)), '/']) {
      await page.goto(url, { waitUntil: 'networkidle' });
    }
    // Search loads its index files on demand: run one query in the page language and one in all languages.
    await page.goto(`/${lang}/search/?q=Liep%C4%81ja`, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.getByLabel(/all languages|visās valodās|на всех языках/).check();
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
