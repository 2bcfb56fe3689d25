/**
 * Readable on a 320 px screen: no page of any template, in any language, is wider than the screen
 * (a wide table may scroll inside its own box, never the page).
 */
import { expect, test } from '@playwright/test';
import { languages, templates } from '../../scripts/lib/page-templates.ts';

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of languages) {
  test(`${lang}: every template fits a 320 px screen`, async ({ page }) => {
    const urls = [...Object.values(templates).map((u) => u(lang)), `/${lang}/compare/?m=riga,daugavpils,valmieras-novads`];
    const tooWide: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (width > 320) tooWide.push(`${url}: ${width} px`);
    }
    expect(tooWide).toEqual([]);
  });
}
