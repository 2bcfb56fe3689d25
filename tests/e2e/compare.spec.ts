/**
 * Compare (#16 review): the "Municipal and regional support" row must never show a closed, planned or
 * unclear programme as if it were available. It lists the running ones with their status, as each
 * municipality's overview does, and folds the rest into the overview's count, linking to it.
 * Expected programmes and counts come from the overview pages and the dictionaries, not from the table.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { languages } from '../../scripts/lib/page-templates.ts';

const root = resolve(import.meta.dirname, '../..');
const strings = (lang: string) => JSON.parse(readFileSync(resolve(root, 'src/i18n/strings', `${lang}.json`), 'utf8'));
const chosen = ['riga', 'daugavpils', 'valmieras-novads'];

for (const lang of languages) {
  test(`${lang}: compare lists only running local programmes, with their status, and counts the rest as the overview does`, async ({
    page,
  }) => {
    const s = strings(lang);
    // What each overview says: its running programmes, and the ones it folds under a count.
    const overview: Record<string, { running: string[]; folded: { id: string; status: string }[]; summary: string }> = {};
    for (const m of chosen) {
      await page.goto(`/${lang}/municipalities/${m}/`);
      const section = page.locator('section[aria-labelledby="support"]');
      const running = await section
        .locator(':scope > ul [data-programme][data-status="open"]:not([data-scope="national"])')
        .evaluateAll((li) => li.map((x) => x.getAttribute('data-programme')!));
      const folded = await section
        .locator('details [data-programme]')
        .evaluateAll((li) => li.map((x) => ({ id: x.getAttribute('data-programme')!, status: x.getAttribute('data-status')! })));
      const summary = folded.length ? (await section.locator('details > summary').textContent())!.trim() : '';
      overview[m] = { running, folded, summary };
    }
    // The review's example: this choice includes closed programmes (Latgale's 2018–2019 grant among them).
    expect(
      Object.values(overview)
        .flatMap((o) => o.folded)
        .some((p) => p.status === 'closed'),
    ).toBe(true);

    await page.goto(`/${lang}/compare/?m=${chosen.join(',')}`);
    await expect(page.locator('.rtl-compare th[data-m]')).toHaveCount(chosen.length);
    for (const m of chosen) {
      const cell = page.locator(`.rtl-compare td[data-m="${m}"][data-support]`);
      const listed = await cell.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
      expect(listed.sort(), `${m}: programmes listed as current`).toEqual([...overview[m]!.running].sort());
      for (const id of overview[m]!.folded.map((p) => p.id)) expect(listed, `${m}: ${id} is not running`).not.toContain(id);
      for (const li of await cell.locator('li').all()) await expect(li).toContainText(s.support.statuses.open);
      const more = cell.locator('a[data-others]');
      if (overview[m]!.folded.length) {
        await expect(more, m).toHaveText(overview[m]!.summary);
        await expect(more, m).toHaveAttribute('href', `/${lang}/municipalities/${m}/#support`);
      } else await expect(more, m).toHaveCount(0);
      if (!overview[m]!.running.length) await expect(cell).toContainText(s.compareSupport.noneRunning);
    }
    // The count leads to the overview's folded list.
    await page.locator(`.rtl-compare td[data-m="daugavpils"] a[data-others]`).click();
    await expect(page).toHaveURL(`/${lang}/municipalities/daugavpils/#support`);
    await expect(page.locator('#support')).toBeInViewport();
  });
}
