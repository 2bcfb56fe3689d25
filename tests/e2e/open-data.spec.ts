/** The open-data files match the content collections they are built from. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { translated } from './translations.ts';

const content = resolve(import.meta.dirname, '../../content');
const yamlFiles = (dir: string) =>
  readdirSync(resolve(content, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort((a, b) => (a.replace('.yaml', '') < b.replace('.yaml', '') ? -1 : 1));
const csvRows = (text: string) =>
  text
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));

test('municipalities.json and .csv hold every municipality and every figure of the data files', async ({ request }) => {
  const body = await (await request.get('/data/municipalities.json')).json();
  expect(body.licence.name).toBe('CC BY 4.0');
  const files = yamlFiles('municipalities');
  expect(body.data.map((m: { id: string }) => m.id)).toEqual(files.map((f) => f.replace('.yaml', '')));
  let facts = 0;
  for (const f of files) {
    const src = parse(readFileSync(resolve(content, 'municipalities', f), 'utf8'));
    const out = body.data.find((m: { id: string }) => m.id === f.replace('.yaml', ''));
    expect(out.names).toEqual(src.names);
    expect(out.facts.map((x: { key: string; value: number; source: string }) => [x.key, x.value, x.source])).toEqual(
      src.facts.map((x: { key: string; value: number; source: string }) => [x.key, x.value, x.source]),
    );
    facts += src.facts.length;
  }
  const raw = await (await request.get('/data/municipalities.csv')).body();
  expect([...raw.subarray(0, 3)], 'UTF-8 byte-order mark, so Excel shows ā and Cyrillic correctly').toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvRows(raw.toString('utf8'));
  expect(rows[0]).toEqual(['municipality', 'name_lv', 'type', 'region', 'key', 'value', 'unit', 'as_of', 'source']);
  expect(rows.length - 1).toBe(facts);
});

test('programmes.json lists every programme with a derived status and the amounts of its data file', async ({ request }) => {
  const body = await (await request.get('/data/programmes.json')).json();
  const files = yamlFiles('programmes');
  expect(body.data.map((p: { id: string }) => p.id)).toEqual(files.map((f) => f.replace('.yaml', '')));
  for (const f of files) {
    const src = parse(readFileSync(resolve(content, 'programmes', f), 'utf8'));
    const out = body.data.find((p: { id: string }) => p.id === f.replace('.yaml', ''));
    expect(out.amounts.map((a: { max: number }) => a.max)).toEqual((src.amounts ?? []).map((a: { max: number }) => a.max));
    expect(['open', 'planned', 'closed', 'proposal', 'unknown']).toContain(out.status);
    if (src.proposal) expect(out.status).toBe('proposal');
  }
  const rows = csvRows(await (await request.get('/data/programmes.csv')).text());
  expect(rows.length - 1).toBe(files.length);
});

for (const lang of ['lv', 'en', 'ru']) {
  test(`faq-${lang}.json indexes every answer with its permanent address, in Latvian where ${lang} is missing`, async ({ request }) => {
    const body = await (await request.get(`/data/faq-${lang}.json`)).json();
    const ids = readdirSync(resolve(content, 'faq', 'lv'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace('.mdx', ''))
      .sort((a, b) => (a < b ? -1 : 1));
    expect(body.data.map((f: { id: string }) => f.id)).toEqual(ids);
    for (const f of body.data) {
      expect(f.url).toBe(`/${lang}/faq/${f.id}/`);
      expect(f.language, f.id).toBe(translated('faq', lang, `${f.id}.mdx`) ? lang : 'lv');
    }
    const rows = csvRows(await (await request.get(`/data/faq-${lang}.csv`)).text());
    expect(rows.length - 1).toBe(ids.length);
  });
}

test('the open-data page names the CSV columns exactly as the CSV files have them', async ({ page, request }) => {
  await page.goto('/en/data/');
  for (const file of ['municipalities', 'programmes', 'faq-en']) {
    const header = csvRows(await (await request.get(`/data/${file}.csv`)).text())[0]!;
    const section = page.locator('section', { has: page.locator(`a[href="/data/${file}.csv"]`) });
    await expect(section.locator('p', { hasText: 'CSV columns' }).locator('code')).toHaveText(header);
  }
});
