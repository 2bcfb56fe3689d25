/** Programme finder and the grant self-check in a real browser. */
import { expect, test, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';

test('finder filters apply instantly, show in the URL, and announce the count', async ({ page }) => {
  await page.goto('/en/support/');
  const all = await page.locator('[data-programme]').count();
  expect(all).toBeGreaterThan(0);
  await page.getByLabel('Status').selectOption('closed');
  await expect(page).toHaveURL(/[?&]status=closed/);
  const visible = page.locator('[data-programme]:visible');
  const n = await visible.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(all);
  for (const s of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status))) expect(s).toBe('closed');
  await expect(page.locator('[data-finder-status]')).toHaveText(new RegExp(`^${n} programmes? found$`));
  await page.getByLabel('Kind').selectOption('business');
  await expect(page).toHaveURL(/kind=business/);
  for (const k of await page.locator('[data-programme]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kinds)))
    expect(k).toContain('business');
});

test('finder filters are restored from a shared URL', async ({ page }) => {
  await page.goto('/ru/support/?scope=regional');
  await expect(page.getByLabel('Уровень')).toHaveValue('regional');
  for (const s of await page.locator('[data-programme]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.scope)))
    expect(s).toBe('regional');
});

test('without JavaScript the finder lists every programme, grouped by scope', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lv/support/');
  await expect(page.locator('[data-finder]')).toBeHidden();
  const total = await page.locator('[data-programme]').count();
  await expect(page.locator('[data-programme]:visible')).toHaveCount(total);
  await expect(page.getByRole('heading', { level: 2, name: 'Valsts' })).toBeVisible();
  await context.close();
});

const answer = async (page: Page, a: { years: string; address: string; amount: string; own: string; residence: string }) => {
  await page.getByLabel('How many years in total have you lived abroad?').fill(a.years);
  await page
    .getByRole('group', { name: /Population Register/ })
    .getByLabel(a.address, { exact: true })
    .check();
  await page.getByLabel('How much grant would you ask for (EUR)?').fill(a.amount);
  await page.getByLabel('How much can you invest yourself (EUR)?').fill(a.own);
  await page
    .getByRole('group', { name: /declared residence in the same region/ })
    .getByLabel(a.residence, { exact: true })
    .check();
  await page.getByRole('button', { name: 'Check' }).click();
};

test('self-check: meeting every condition says you would have qualified', async ({ page }) => {
  await page.goto('/en/grant-check/');
  await answer(page, { years: '5', address: 'Yes', amount: '10000', own: '5000', residence: 'Yes' });
  await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused();
  await expect(page.locator('[data-gc-output]')).toContainText('you would have qualified');
});

test('self-check: each "no" is explained with its source', async ({ page }) => {
  await page.goto('/en/grant-check/');
  await answer(page, { years: '2', address: 'No', amount: '12000', own: '3000', residence: 'No' });
  const out = page.locator('[data-gc-output]');
  await expect(out).toContainText('you would not have qualified');
  for (const [rule, line] of [
    ['years', '2748'],
    ['address', '4288'],
    ['max', '2744'],
    ['share', '2746'],
  ]) {
    const item = out.locator(`[data-reason="${rule}"]`);
    await expect(item).toBeVisible();
    // The reason repeats the rule's numbered reference; it leads to the page's source list, which names the line.
    const targets = await item
      .locator('a.rtl-cite__ref')
      .evaluateAll((refs) => refs.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))?.textContent ?? ''));
    expect(
      targets.filter((text) => text.includes(line!)),
      `${rule}: a reference to line ${line}`,
    ).toHaveLength(1);
  }
  await expect(out.locator('[data-reason="residence"]')).toContainText('may be an obstacle');
  await expect(out.locator('[data-reason="share"]')).toContainText('25%');
});

test('self-check without JavaScript is a readable checklist with sources', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lv/grant-check/');
  // Playwright's text selectors skip <noscript>, so the notice is located by its element.
  await expect(page.locator('p.rtl-notice', { hasText: 'Bez JavaScript šis ir kontrolsaraksts' })).toBeVisible();
  await expect(page.locator('[data-rule-text]')).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Pārbaudīt' })).toBeHidden();
  await context.close();
});

test("self-check says plainly that its grant closed and links the measure that replaced it, with that measure's status", async ({
  page,
}) => {
  await page.goto('/en/grant-check/');
  const notice = page.locator('[data-gc-closed]');
  await expect(notice).toContainText('closed in 2019');
  const successor = notice.locator('[data-gc-successor]');
  await expect(successor).toHaveCount(1);
  const link = successor.getByRole('link', { name: 'About the successor and its status' });
  await link.click();
  await expect(page).toHaveURL(/\/en\/support\/regional-remigration-business-support-2024-2026\/$/);
  const shown = await page.locator('dd[data-status]').getAttribute('data-status');
  await page.goBack();
  // The notice and the programme page agree on the status: "running" is said only when the programme page says it.
  expect(await successor.getAttribute('data-gc-successor')).toBe(shown);
  if (shown === 'open') await expect(successor).toContainText('2024–2026');
  else await expect(successor).toContainText('no longer running or its status is unknown');
});

test('a running programme names the official page that says it runs; a closed one says when it ended', async ({ page }) => {
  await page.goto('/en/support/regional-remigration-coordinators/');
  const status = page.locator('dd[data-status]');
  if ((await status.getAttribute('data-status')) === 'open') {
    const proof = status.getByRole('link', { name: 'running according to an official page' });
    await expect(proof).toHaveAttribute('href', /^\/en\/sources\/web\/[a-z0-9-]+\/#web-/);
  }
  await page.goto('/en/support/remigrant-business-grant/');
  await expect(page.locator('dd[data-status="closed"]')).toContainText('ended 2019');
});

test('a programme whose status is not known names who to ask, and every such link leads to a real page', async ({ request }) => {
  const data = (await (await request.get('/data/programmes.json')).json()) as {
    data: { id: string; status: string; municipalities: string[] }[];
  };
  const askLinks = async (id: string) => {
    const { document } = parseHTML(await (await request.get(`/en/support/${id}/`)).text());
    const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent === 'Who to ask');
    return dt ? [...dt.nextElementSibling!.querySelectorAll('a')].map((a) => a.getAttribute('href')!) : undefined;
  };
  const unclear = data.data.filter((p) => ['unknown', 'planned', 'proposal'].includes(p.status));
  expect(unclear.length).toBeGreaterThan(0);
  const checked = new Set<string>();
  for (const p of unclear) {
    const links = (await askLinks(p.id)) ?? [];
    expect(links.length, p.id).toBeGreaterThan(0);
    for (const slug of p.municipalities) expect(links, p.id).toContain(`/en/municipalities/${slug}/#contact`);
    for (const href of links.filter((h) => !checked.has(h))) {
      checked.add(href);
      expect((await request.get(href.split('#')[0]!)).status(), href).toBe(200);
    }
  }
  expect(await askLinks(data.data.find((p) => p.status === 'open')!.id)).toBeUndefined();
});
