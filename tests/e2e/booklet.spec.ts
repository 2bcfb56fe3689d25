/**
 * npm run booklets turns a municipality's booklet page into an A4 PDF with the right title; search
 * engines are sent to the guide the booklet prints, not to the print copy.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The PDF's /Title, written by Chromium either as a literal string or as UTF-16BE hex. */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]+)>/.exec(text);
  if (hex) return Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le');
  const lit = /\/Title\s*\(([^)]*)\)/.exec(text);
  return lit ? lit[1]! : '';
}

test('the booklet of one municipality prints to a PDF titled after it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/municipalities/cesu-novads/booklet/');
  const title = await page.title();
  expect(title).toContain('Cēsis Municipality');
  await expect(page.getByRole('heading', { level: 2, name: 'Housing' })).toBeVisible();
  const out = mkdtempSync(join(tmpdir(), 'booklets-'));
  execFileSync(process.execPath, ['scripts/booklets.ts', 'cesu-novads', '--lang', 'en', '--out', out], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'pipe',
  });
  const pdf = readFileSync(join(out, 'cesu-novads-en.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfTitle(pdf)).toBe(title);
});

test('search engines index the guide, not its print booklet', async ({ page, request }) => {
  await page.goto('/ru/municipalities/cesu-novads/booklet/');
  const overview = new URL('/ru/municipalities/cesu-novads/', page.url()).pathname;
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe(overview);
  const hreflang = await page.locator('link[rel="alternate"][hreflang="lv"]').getAttribute('href');
  expect(new URL(hreflang!).pathname).toBe('/lv/municipalities/cesu-novads/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const locs = [...(await (await request.get('/sitemap-0.xml')).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  expect(locs).toContain(overview);
  expect(locs.filter((l) => l.endsWith('/booklet/'))).toEqual([]);
});
