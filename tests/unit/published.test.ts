/** The published-paths registry: recording it, and what it refuses once addresses are published. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { loadEntries } from '../../src/content-rules/load.ts';
import { recordPublished } from '../../src/content-rules/rules/published.ts';
import { fixtures } from './helpers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rtl-published-'));
  cpSync(join(fixtures, 'content-base'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const record = () =>
  recordPublished(
    dir,
    loadEntries(dir, () => {}),
  );
const publishedErrors = async () => (await checkContent(dir)).filter((p) => p.rule === 'published');

describe('published registry', () => {
  it('records every page address, language-neutral, including FAQ ids', async () => {
    expect(record()).toMatchObject({ written: expect.any(Number) });
    const text = readFileSync(join(dir, 'published.yaml'), 'utf8');
    expect(text).toContain('"faq/declare-residence"');
    expect(text).toContain('"municipalities/liepaja"');
    expect(text).toContain('"municipalities/liepaja/housing"');
    expect(text).toContain('"stories/fixture-story"');
    expect(await publishedErrors()).toEqual([]);
  });

  it('refuses deleting a published page without a redirect, and accepts it with one', async () => {
    record();
    rmSync(join(dir, 'faq/lv/declare-residence.mdx'));
    rmSync(join(dir, 'faq/en/declare-residence.mdx'));
    const errors = await publishedErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/published.yaml', line: expect.any(Number) });
    expect(errors[0]!.message).toContain('"faq/declare-residence"');
    expect(record()).toMatchObject({ problems: [expect.stringContaining('faq/declare-residence')] });

    const text = readFileSync(join(dir, 'published.yaml'), 'utf8').replace(
      'redirects: {}',
      'redirects:\n  "faq/declare-residence": "municipalities/liepaja"',
    );
    writeFileSync(join(dir, 'published.yaml'), text);
    expect(await publishedErrors()).toEqual([]);
    expect(record()).toMatchObject({ written: expect.any(Number) });
    expect(readFileSync(join(dir, 'published.yaml'), 'utf8')).toContain('"faq/declare-residence": "municipalities/liepaja"');
  });
});
