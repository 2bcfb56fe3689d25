/**
 * `npm run new` scaffolds entries that have the schema's shape in all three languages, but cite the
 * fake source "999:1", so the content rules refuse them until an editor has finished them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { placeholderSource, planScaffold, run, scaffold, ScaffoldError } from '../../scripts/new.ts';
import { locales } from '../../src/i18n/locales.ts';
import type { SchemaContext } from '../../src/schemas/context.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { contentWith } from './helpers.ts';

/** Stand-ins for Astro's reference() and image(): any string (references are checked by checkContent). */
const ctx = { ref: () => z.string(), image: () => z.string() } as unknown as Required<SchemaContext>;
const today = '2026-11-22';

function frontmatter(file: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  expect(m, `${file} has a frontmatter block`).not.toBeNull();
  return parseYaml(m![1]!) as Record<string, unknown>;
}
const body = (file: string) => readFileSync(file, 'utf8').split(/\n---\n/)[1] ?? '';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = contentWith()));
afterEach(() => cleanup());

/** Errors checkContent reports for the given files (relative to the content folder). */
async function errorsFor(files: string[]) {
  const wanted = new Set(files.map((f) => `content/${f}`));
  return (await checkContent(dir)).filter((p) => p.level === 'error' && wanted.has(p.file));
}

/** Every new file must be refused, and only because of the placeholder source. */
async function expectOnlyPlaceholderErrors(files: string[]) {
  const errors = await errorsFor(files);
  for (const f of files) {
    const mine = errors.filter((e) => e.file === `content/${f}`);
    expect(mine.length, `check:content must refuse content/${f}`).toBeGreaterThan(0);
  }
  expect(errors.map((e) => `${e.file} ${e.rule}: ${e.message}`).filter((s) => !/source-exists: .*document "999"/.test(s))).toEqual([]);
}

describe('npm run new', () => {
  it('faq: three files with the FAQ schema shape, Latvian placeholders and translation markers', async () => {
    const result = scaffold('faq', ['moving-pets', 'housing'], { contentDir: dir, today });
    expect(result.files.map((f) => f.rel)).toEqual(locales.map((l) => `faq/${l}/moving-pets.mdx`));
    for (const lang of locales) {
      const file = join(dir, 'faq', lang, 'moving-pets.mdx');
      expect(existsSync(file)).toBe(true);
      const data = frontmatter(file);
      const parsed = faqSchema(ctx).safeParse(data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(data).toMatchObject({ id: 'moving-pets', category: 'housing', reviewed: today, sources: [placeholderSource] });
    }
    const lv = frontmatter(join(dir, 'faq/lv/moving-pets.mdx'));
    expect(lv.title).toMatch(/JAUTĀJUMS — aizstājiet/);
    const en = frontmatter(join(dir, 'faq/en/moving-pets.mdx'));
    const ru = frontmatter(join(dir, 'faq/ru/moving-pets.mdx'));
    for (const f of ['title', 'summary'] as const) {
      expect(String(en[f])).toMatch(/^\[AWAITING TRANSLATION\] /);
      expect(String(ru[f])).toMatch(/^\[ОЖИДАЕТ ПЕРЕВОДА\] /);
    }
    expect(body(join(dir, 'faq/en/moving-pets.mdx'))).toMatch(/^\[AWAITING TRANSLATION\] /);
    expect(body(join(dir, 'faq/ru/moving-pets.mdx'))).toMatch(/^\[ОЖИДАЕТ ПЕРЕВОДА\] /);
    await expectOnlyPlaceholderErrors(result.files.map((f) => f.rel));
  });

  it('story: three files with the story schema shape, refused until the source is real', async () => {
    const result = scaffold('story', ['liepaja-new-start', 'liepaja'], { contentDir: dir, today });
    for (const lang of locales) {
      const data = frontmatter(join(dir, 'stories', lang, 'liepaja-new-start.mdx'));
      const parsed = storySchema(ctx).safeParse(data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(data).toMatchObject({ municipality: 'liepaja', published: today, sources: [placeholderSource] });
    }
    await expectOnlyPlaceholderErrors(result.files.map((f) => f.rel));
  });

  it('guide: three files at guides/<lang>/<municipality>/<topic>.mdx with the guide schema shape', async () => {
    const result = scaffold('guide', ['liepaja', 'jobs'], { contentDir: dir, today });
    for (const lang of locales) {
      const data = frontmatter(join(dir, 'guides', lang, 'liepaja', 'jobs.mdx'));
      const parsed = guideSchema(ctx).safeParse(data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(data).toMatchObject({ municipality: 'liepaja', topic: 'jobs', reviewed: today });
    }
    await expectOnlyPlaceholderErrors(result.files.map((f) => f.rel));
  });

  it('programme: one YAML file, lv filled, en/ru marked, refused until the source is real', async () => {
    const result = scaffold('programme', ['kurzeme-test-grant', 'regional', 'kurzeme'], { contentDir: dir, today });
    expect(result.files.map((f) => f.rel)).toEqual(['programmes/kurzeme-test-grant.yaml']);
    const data = parseYaml(readFileSync(join(dir, 'programmes/kurzeme-test-grant.yaml'), 'utf8')) as Record<string, Record<string, string>>;
    const parsed = programmeSchema(ctx).safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(data.names!.lv).toMatch(/NOSAUKUMS — aizstājiet/);
    expect(data.names!.en).toMatch(/^\[AWAITING TRANSLATION\] /);
    expect(data.summary!.ru).toMatch(/^\[ОЖИДАЕТ ПЕРЕВОДА\] /);
    expect(data).toMatchObject({ scope: 'regional', regions: ['kurzeme'] });
    await expectOnlyPlaceholderErrors(['programmes/kurzeme-test-grant.yaml']);
  });

  it('national and municipal programmes are shaped too', async () => {
    scaffold('programme', ['national-test', 'national'], { contentDir: dir, today });
    scaffold('programme', ['liepaja-test', 'municipal', 'liepaja'], { contentDir: dir, today });
    await expectOnlyPlaceholderErrors(['programmes/national-test.yaml', 'programmes/liepaja-test.yaml']);
  });

  const bad: [string, string[], string, RegExp][] = [
    ['faq', ['Moving_Pets', 'housing'], '<id>', /lowercase ascii kebab-case.*try "moving-pets"/],
    ['faq', ['moving-pets', 'pets'], '<category>', /planning, residence, taxes/],
    ['faq', ['moving-pets'], '<category>', /missing/],
    ['faq', ['category', 'housing'], '<id>', /choose another id/],
    ['story', ['liepaja-story', 'liepja'], '<municipality>', /"liepja" is not an entry in content\/municipalities\/\. Closest: liepaja/],
    ['story', ['Liepāja story', 'liepaja'], '<slug>', /kebab-case/],
    ['guide', ['liepaja', 'parks'], '<topic>', /overview, housing, schools, jobs, grants/],
    ['guide', ['riga', 'jobs'], '<municipality>', /Closest: liepaja/],
    ['programme', ['test', 'galactic'], '<scope>', /national, regional, municipal/],
    ['programme', ['test', 'regional'], '<region>', /must name its region.*kurzeme/],
    ['programme', ['test', 'regional', 'vidzeme'], '<region>', /"vidzeme" is not an entry in content\/regions\//],
    ['programme', ['test', 'national', 'liepaja'], '<scope>', /takes no region or municipality/],
    ['blog', ['x'], '<kind>', /story, faq, programme, guide/],
    ['guide', ['liepaja', 'jobs', 'extra'], '<extra argument>', /"extra": "guide" takes 2 arguments/],
  ];
  for (const [kind, args, argument, message] of bad) {
    it(`rejects ${kind} ${args.join(' ')} naming ${argument}`, () => {
      let error: unknown;
      try {
        scaffold(kind, args, { contentDir: dir, today });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScaffoldError);
      expect((error as ScaffoldError).argument).toBe(argument);
      expect((error as Error).message).toContain(argument);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('refuses to overwrite an existing file and writes nothing', () => {
    const original = readFileSync(join(dir, 'faq/lv/declare-residence.mdx'), 'utf8');
    expect(() => scaffold('faq', ['declare-residence', 'residence'], { contentDir: dir, today })).toThrow(
      /refusing to overwrite: content\/faq\/lv\/declare-residence\.mdx/,
    );
    expect(readFileSync(join(dir, 'faq/lv/declare-residence.mdx'), 'utf8')).toBe(original);
    expect(existsSync(join(dir, 'faq/ru/declare-residence.mdx'))).toBe(false);
    // guides: the Latvian overview exists, so no file of the set is written
    expect(() => scaffold('guide', ['liepaja', 'overview'], { contentDir: dir, today })).toThrow(/refusing to overwrite/);
    scaffold('story', ['once', 'liepaja'], { contentDir: dir, today });
    expect(() => planScaffold('story', ['once', 'liepaja'], { contentDir: dir, today })).toThrow(/already exist/);
  });

  it('CLI: --content, created paths, next steps and exit codes', () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(
      run(
        ['guide', 'liepaja', 'grants', '--content', dir],
        (s) => out.push(s),
        (s) => err.push(s),
      ),
    ).toBe(0);
    const text = out.join('\n');
    for (const lang of locales) expect(text).toContain(join(dir, 'guides', lang, 'liepaja', 'grants.mdx'));
    expect(text).toMatch(/Next steps:[\s\S]*npm run check:content/);
    expect(
      run(
        ['guide', 'liepaja', 'parks', `--content=${dir}`],
        (s) => out.push(s),
        (s) => err.push(s),
      ),
    ).toBe(2);
    expect(err.join('\n')).toMatch(/<topic> "parks"/);
  });

  it('reads the content folder from RTL_CONTENT_DIR', () => {
    const before = process.env.RTL_CONTENT_DIR;
    process.env.RTL_CONTENT_DIR = dir;
    try {
      const result = planScaffold('faq', ['env-test', 'money'], { today });
      expect(result.files[0]!.path).toBe(join(dir, 'faq/lv/env-test.mdx'));
    } finally {
      if (before === undefined) delete process.env.RTL_CONTENT_DIR;
      else process.env.RTL_CONTENT_DIR = before;
    }
  });
});
