/**
 * "Running" needs an official page dated 2024 or later: an editor who points runningPer at an old page, an undated
 * page, a missing one, or forgets to list it under sources gets an error naming the file and the fix.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { contentWith } from './helpers.ts';

const page = (date: string) =>
  `url: https://kurzemesregions.lv/zinas/\npublisher: { lv: Kurzemes plānošanas reģions, en: Kurzeme Planning Region, ru: Курземский регион планирования }\ntitle: Ziņas\nlanguage: lv\nseen: 2026-12-04\n${date}`;

async function problemsWith(webDate: string, programme: (yaml: string) => string, now = new Date('2026-12-04T12:00:00Z')) {
  const { dir, cleanup } = contentWith();
  try {
    mkdirSync(join(dir, 'web-sources'), { recursive: true });
    writeFileSync(join(dir, 'web-sources/kurzeme-news.yaml'), page(webDate));
    const f = join(dir, 'programmes/fixture-grant.yaml');
    writeFileSync(f, programme(readFileSync(f, 'utf8')));
    return (await checkContent(dir, { now })).filter((p) => p.rule === 'programme-running');
  } finally {
    cleanup();
  }
}

const running = (yaml: string) =>
  `${yaml.replace('period: { start: 2018, end: 2019 }', 'period: { start: 2024 }').replace('sources: ["001:4288-4295"]', 'sources: ["001:4288-4295", "web:kurzeme-news"]')}runningPer: "web:kurzeme-news"\n`;

describe('programme-running', () => {
  it('accepts an official page dated 2024 or later, listed under sources', async () => {
    expect(await problemsWith('pageDate: 2025-05-11\ndateLabel: reported\n', running)).toEqual([]);
  });

  it('refuses a page dated before 2024', async () => {
    const [p] = await problemsWith('pageDate: 2023-11-18\ndateLabel: reported\n', running);
    expect(p?.level).toBe('error');
    expect(p?.file).toBe('content/programmes/fixture-grant.yaml');
    expect(p?.message).toMatch(/dated 2023-11-18.*2024 or later/);
  });

  it('refuses a page that shows no date', async () => {
    const [p] = await problemsWith('noDateShown: true\n', running);
    expect(p?.message).toMatch(/shows no date/);
  });

  it('refuses a page that is not listed under sources, and one that does not exist', async () => {
    const unlisted = await problemsWith('pageDate: 2025-05-11\ndateLabel: reported\n', (y) => `${y}runningPer: "web:kurzeme-news"\n`);
    expect(unlisted.map((p) => p.message).join(' ')).toMatch(/list it under "sources"/);
    const missing = await problemsWith('pageDate: 2025-05-11\ndateLabel: reported\n', (y) => `${y}runningPer: "web:no-such-page"\n`);
    expect(missing[0]?.message).toMatch(/no content\/web-sources\/no-such-page\.yaml/);
  });

  it('warns when the page is over two years old and nothing else would ever close the programme', async () => {
    const [p] = await problemsWith('pageDate: 2024-01-10\ndateLabel: published\n', running, new Date('2026-12-04T12:00:00Z'));
    expect(p?.level).toBe('warning');
    expect(p?.message).toMatch(/more than 24 months ago/);
  });
});
