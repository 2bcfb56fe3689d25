/** Planning tools: my municipality, comparison, personal return plan. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('my municipality: chosen on its page, shown on national pages, cleared; nothing without a choice', async ({ page, context }) => {
  await page.goto('/en/faq/declare-residence/');
  await expect(page.locator('[data-mine]')).toBeHidden();
  await page.goto('/en/municipalities/valkas-novads/');
  await page.getByRole('button', { name: 'Make this my municipality' }).click();
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  for (const url of ['/en/faq/declare-residence/', '/en/first-steps/', '/en/support/']) {
    await page.goto(url);
    const block = page.getByRole('complementary', { name: /My municipality/ });
    await expect(block).toBeVisible();
    await expect(block).toContainText('Valka Municipality');
    await expect(block.getByRole('link', { name: 'Housing' })).toHaveAttribute('href', '/en/municipalities/valkas-novads/housing/');
    await expect(block.locator('.rtl-cite').first()).toContainText('as of');
  }
  expect(await context.cookies()).toEqual([]);
  await page.getByRole('button', { name: 'Clear my choice' }).press('Enter');
  await expect(page.locator('[data-mine]')).toBeHidden();
  // Keyboard focus stays where the block was, on the confirmation, instead of falling back to the page start.
  await expect(page.getByRole('status').filter({ hasText: 'Choice cleared.' })).toBeFocused();
  await page.reload();
  await expect(page.locator('[data-mine]')).toBeHidden();
});

test('my municipality: without JavaScript the municipality page shows no control that cannot work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/municipalities/valkas-novads/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make this my municipality' })).toBeHidden();
  await context.close();
});

test('compare: the choice is in the URL, and each figure carries its source', async ({ page }) => {
  await page.goto('/lv/compare/');
  await page.getByLabel('Pašvaldība 1').selectOption('liepaja');
  await page.getByLabel('Pašvaldība 2').selectOption('cesu-novads');
  await expect(page).toHaveURL(/m=liepaja,cesu-novads/);
  const headers = page.locator('.rtl-compare thead th:visible');
  await expect(headers).toHaveText(['Rādītājs', 'Liepāja', 'Cēsu novads']);
  // The table is named after this comparison, not after the region page its rows were copied from.
  await expect(page.getByRole('table')).toHaveAccessibleName('Salīdzināt pašvaldības: Liepāja, Cēsu novads');
  await expect(page.locator('.rtl-compare td:visible [data-fact="net-wage"]')).toHaveCount(2);
  // Each figure keeps its date; its reference is numbered for this table and leads to the list below it.
  const cite = page.locator('.rtl-compare td:visible .rtl-cite').first();
  await expect(cite.locator('time')).toHaveAttribute('datetime', /^\d{4}/);
  await expect(cite.getByRole('link')).toHaveAccessibleName('Avots 1');
  await expect(page.locator('[data-compare-table] .rtl-sources li#rtl-src-1')).toContainText('dati:');
  expect(
    await page
      .locator('[data-compare-table] [id]')
      .evaluateAll((els) => els.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i)),
  ).toEqual([]);
  // A shared link restores the same comparison.
  await page.goto('/ru/compare/?m=riga,jurmala,ogres-novads');
  await expect(page.locator('.rtl-compare thead th:visible')).toHaveCount(4);
});

test('compare: each region has a pre-rendered comparison that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/compare/');
  await page.getByRole('link', { name: 'Kurzeme' }).click();
  await expect(page.locator('.rtl-compare thead th')).toHaveCount(1 + 8);
  await context.close();
});

/** A moving month eight months ahead, so the plan's dates stay in the future whenever the tests run. */
const ahead = new Date();
ahead.setUTCDate(1);
ahead.setUTCMonth(ahead.getUTCMonth() + 8);
const moveMonth = ahead.toISOString().slice(0, 7);

const households = [
  {
    name: 'single person from the UK',
    from: 'The United Kingdom',
    needs: [],
    has: ['check-benefits-uk', 'declare-residence'],
    not: ['apply-for-school', 'check-benefits-eu'],
  },
  {
    name: 'family from the EU with children and a non-citizen partner',
    from: 'An EU/EEA country',
    needs: ['School-age children', 'A partner who is not a Latvian citizen'],
    has: ['apply-for-school', 'partner-residence-status', 'check-benefits-eu'],
    not: ['check-benefits-uk', 'claim-pension-from-abroad'],
  },
  {
    name: 'pensioner from elsewhere',
    from: 'Another country',
    needs: ['A pensioner'],
    has: ['claim-pension-from-abroad', 'check-benefits-elsewhere'],
    not: ['apply-for-school', 'business-pre-incubation'],
  },
];

for (const h of households) {
  test(`return plan for a ${h.name}: the right items, dated, shareable`, async ({ page }) => {
    await page.goto('/en/plan/');
    await page.getByLabel(h.from).check();
    for (const n of h.needs) await page.getByLabel(n).check();
    await page.getByLabel('Where do you plan to live?').selectOption('liepaja');
    await page.getByLabel('When do you plan to move?').fill(moveMonth);
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expect(page.getByRole('heading', { name: 'Your plan' })).toBeFocused();
    for (const id of h.has) await expect(page.locator(`[data-item="${id}"]`)).toHaveCount(1);
    for (const id of h.not) await expect(page.locator(`[data-item="${id}"]`)).toHaveCount(0);
    // Every task has its own date; the tasks before the move are spread out and all fall before it.
    const before = page.locator('h3:text-is("Before you leave") + ol time');
    const dates = await before.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(1);
    for (const d of dates) expect(d < `${moveMonth}-01`).toBe(true);
    expect(new Set(dates).size).toBeGreaterThan(dates.length / 2);
    expect(await page.locator('[data-item]').count()).toBe(await page.locator('[data-item] time[datetime]').count());
    await expect(page.getByRole('link', { name: 'Housing' }).last()).toHaveAttribute('href', '/en/municipalities/liepaja/housing/');
    // The link restores the plan.
    const url = page.url();
    await page.goto(url);
    for (const id of h.has) await expect(page.locator(`[data-item="${id}"]`)).toHaveCount(1);
  });
}

test('return plan downloads as a calendar file', async ({ page }) => {
  await page.goto(`/lv/plan/?from=from-eu&needs=children,preschool&month=${moveMonth}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lejupielādēt kalendārā (.ics)' }).click(),
  ]);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  const events = (ics.match(/BEGIN:VEVENT/g) ?? []).length;
  expect(events).toBe(await page.locator('[data-item]').count());
  expect((ics.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P3D/g) ?? []).length).toBe(events);
  // The kindergarten queue goes by the date of the application: it is due today, not a month before the move.
  const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  expect(ics).toMatch(new RegExp(`UID:kindergarten-queue-${today}@`));
});

test('return plan without JavaScript points to the full checklist', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/plan/');
  await expect(page.locator('form[data-plan]')).toBeHidden();
  await page.getByRole('link', { name: 'Первые шаги' }).last().click();
  await expect(page).toHaveURL('/ru/first-steps/');
  await context.close();
});

for (const lang of ['lv', 'en', 'ru'] as const) {
  for (const width of [320, 360]) {
    test(`${lang}: on a ${width} px phone the comparison keeps its row labels in view, in a third of the width, and breaks no word without a hyphen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/${lang}/compare/?m=riga,liepaja,daugavpils`);
      await expect(page.locator('.rtl-compare th[data-m]')).toHaveCount(3);
      /** Words split over two lines anywhere but at a soft hyphen (where the browser draws a hyphen). */
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const cell of document.querySelectorAll('.rtl-compare th, .rtl-compare td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.textContent!.matchAll(/[^\s–-]+/g)) {
              const r = document.createRange();
              const top = (i: number) => {
                r.setStart(n, m.index + i);
                r.setEnd(n, m.index + i + 1);
                // A character just after a line break also reports a sliver at the end of the line before.
                return Math.max(...[...r.getClientRects()].map((x) => Math.round(x.top)));
              };
              for (let i = 1; i < m[0].length; i++)
                if (m[0][i] !== '\u00AD' && top(i) !== top(i - 1) && m[0][i - 1] !== '\u00AD') out.push(m[0].replaceAll('\u00AD', '|'));
            }
          }
        }
        return out;
      });
      expect(broken).toEqual([]);
      // The label column takes about a third of the table's box, so a whole value column fits beside it.
      const box = (await page.locator('.rtl-compare').boundingBox())!;
      const label = page.locator('.rtl-compare tbody th').first();
      const labelWidth = (await label.boundingBox())!.width;
      expect(labelWidth / box.width).toBeLessThanOrEqual(0.37);
      const value = (await page.locator('.rtl-compare tbody td').first().boundingBox())!;
      expect(value.x + value.width).toBeLessThanOrEqual(box.x + box.width);
      // Scrolled sideways, the row labels stay at the left edge.
      await page.locator('.rtl-compare').evaluate((el) => {
        el.scrollLeft = 400;
      });
      expect(Math.round((await label.boundingBox())!.x)).toBeLessThanOrEqual(Math.round(box.x) + 1);
    });
  }
}
