/**
 * The web editor (Decap CMS, /admin/) asks for what the build accepts. Checked against the zod
 * schemas by behaviour: an entry the CMS would write without a field it marks required is refused by
 * the schema, one without an optional field passes; every option it offers is accepted; its help text
 * is the schema's own message; and it reads the content where content/README.md says it lives.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '../../src/content-rules/load.ts';
import { locales } from '../../src/i18n/locales.ts';
import { cmsCollections, cmsConfig } from '../../src/cms/config.ts';
import { readCmsContent } from '../../src/cms/content.ts';
import type { CmsField } from '../../src/cms/fields.ts';
import type { SchemaContext } from '../../src/schemas/context.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { municipalitySchema } from '../../src/schemas/municipality.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { repoRoot } from './helpers.ts';

const contentDir = join(repoRoot, 'content');
const content = readCmsContent(contentDir);
const collections = cmsCollections(content);
const entries = loadEntries(contentDir, () => {});

// The schemas as the build uses them, with references accepted as any id (their existence is another rule).
const ctx = { ref: () => z.string(), image: () => z.string() } as unknown as Required<SchemaContext>;
const schemas: Record<string, z.ZodType> = {
  stories: storySchema(ctx),
  faq: faqSchema(ctx),
  guides: guideSchema(ctx),
  programmes: programmeSchema(ctx),
  municipalities: municipalitySchema(ctx),
};

/** A real, valid entry of the collection (Latvian for pages), as the CMS would load it. */
function sample(name: string): Record<string, unknown> {
  const e = entries.find(
    (x) => x.collection === name && (!x.id.includes('/') || x.id.startsWith('lv/')) && schemas[name]!.safeParse(x.data).success,
  );
  if (!e) throw new Error(`no valid ${name} entry in content/`);
  return structuredClone(e.data);
}

const issuesAt = (name: string, data: unknown, field: string) => {
  const r = schemas[name]!.safeParse(data);
  return r.success ? [] : r.error.issues.filter((i) => i.path[0] === field);
};

const frontFields = (fields: CmsField[]) => fields.filter((f) => f.name !== 'body');

describe('web editor configuration agrees with the schemas', () => {
  for (const c of collections) {
    const fields = frontFields(c.fields);

    it(`${c.name}: a field the editor requires is required by the schema, and an optional one is not`, () => {
      for (const f of fields) {
        const data = sample(c.name);
        delete data[f.name];
        const problems = issuesAt(c.name, data, f.name);
        if (f.required === false) expect(problems, `${c.name}.${f.name} is optional in the editor`).toEqual([]);
        else expect(problems.length, `${c.name}.${f.name} is required in the editor`).toBeGreaterThan(0);
      }
    });

    it(`${c.name}: the editor offers every field the schema knows and no other`, () => {
      const data = sample(c.name);
      const r = schemas[c.name]!.safeParse({
        ...data,
        ...Object.fromEntries(fields.filter((f) => !(f.name in data)).map((f) => [f.name, undefined])),
      });
      expect(r.success ? [] : r.error.issues.filter((i) => i.code === 'unrecognized_keys')).toEqual([]);
      const withUnknown = schemas[c.name]!.safeParse({ ...data, notAField: 'x' });
      expect(withUnknown.success).toBe(false);
      for (const key of Object.keys(data))
        expect(
          fields.map((f) => f.name),
          `${c.name} has "${key}" in content`,
        ).toContain(key);
    });

    it(`${c.name}: every option the editor offers is accepted, and a value outside them is refused`, () => {
      for (const f of fields.filter((x) => x.widget === 'select' && x.options)) {
        const values = f.options!.map((o) => (typeof o === 'string' ? o : o.value));
        expect(values.length, `${c.name}.${f.name} offers options`).toBeGreaterThan(0);
        for (const v of values) {
          const data = { ...sample(c.name), [f.name]: f.multiple ? [v] : v };
          expect(issuesAt(c.name, data, f.name), `${c.name}.${f.name} = ${v}`).toEqual([]);
        }
        const isReference = values.every((v) => entries.some((e) => e.id === v));
        if (!isReference)
          expect(
            issuesAt(c.name, { ...sample(c.name), [f.name]: f.multiple ? ['not-an-option'] : 'not-an-option' }, f.name).length,
            `${c.name}.${f.name}`,
          ).toBeGreaterThan(0);
        else
          for (const v of values)
            expect(
              entries.some((e) => e.id === v),
              `${c.name}.${f.name} option ${v} exists in content/`,
            ).toBe(true);
      }
    });

    it(`${c.name}: the help text of a required field is the schema's own message`, () => {
      for (const f of fields.filter((x) => x.required !== false && x.hint && x.widget !== 'select')) {
        const data = sample(c.name);
        delete data[f.name];
        const messages = issuesAt(c.name, data, f.name).map((i) => i.message);
        if (messages.some((m) => !m.startsWith('Invalid input'))) {
          expect(
            messages.some((m) => f.hint!.includes(m)),
            `${c.name}.${f.name}: hint "${f.hint}" vs schema ${JSON.stringify(messages)}`,
          ).toBe(true);
        }
      }
    });

    it(`${c.name}: a pattern in the editor accepts what the schema accepts and refuses what it refuses`, () => {
      const lists = fields.filter((f) => f.field?.pattern).map((f) => ({ name: f.name, pattern: f.field!.pattern!, list: true }));
      const single = fields.filter((f) => f.pattern).map((f) => ({ name: f.name, pattern: f.pattern!, list: false }));
      for (const { name, pattern, list } of [...lists, ...single]) {
        const data = sample(c.name);
        const values = (list ? data[name] : [data[name]]) as unknown[] | undefined;
        for (const v of (values ?? []).filter((x) => typeof x === 'string') as string[])
          expect(new RegExp(pattern[0]).test(v), `${c.name}.${name}: ${v}`).toBe(true);
        const bad = 'not valid at all';
        expect(new RegExp(pattern[0]).test(bad)).toBe(false);
        expect(issuesAt(c.name, { ...data, [name]: list ? [bad] : bad }, name).length).toBeGreaterThan(0);
        expect(pattern[1].length, `${c.name}.${name} says what is expected`).toBeGreaterThan(10);
      }
    });
  }

  it('offers stories, FAQ answers, guides, programmes and municipality data', () => {
    expect(collections.map((c) => c.name).sort()).toEqual(['faq', 'guides', 'municipalities', 'programmes', 'stories']);
  });

  it('shows Latvian first, then English and Russian, one folder per language', () => {
    const config = cmsConfig(content, { repository: 'owner/repo' });
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['lv', 'en', 'ru'], default_locale: 'lv' });
    expect(config.local_backend).toBe(true);
    for (const c of collections.filter((x) => x.extension === 'mdx')) expect(c.i18n).toBe(true);
  });

  it('finds every existing page where the files are (content/<collection>/<lang>/…)', () => {
    for (const c of collections.filter((x) => x.i18n)) {
      for (const lang of locales) {
        const depth = (c.path ?? '{{slug}}').split('/').length;
        const listed = readdirSync(join(repoRoot, c.folder, lang), { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith(`.${c.extension}`))
          .map((d) => join(d.parentPath, d.name).slice(join(repoRoot, c.folder, lang).length + 1));
        expect(listed.length, `${c.folder}/${lang}`).toBeGreaterThan(0);
        for (const file of listed) expect(file.split('/').length, `${c.folder}/${lang}/${file} at the depth the editor reads`).toBe(depth);
      }
    }
  });

  it('the source picker offers every document, official web page and institution a <Cite> may name', () => {
    const ids = (collection: string) =>
      entries
        .filter((e) => e.collection === collection)
        .map((e) => e.id)
        .sort();
    expect(content.documents.map((d) => d.value).sort()).toEqual(ids('documents'));
    expect(content.webSources.map((d) => d.value).sort()).toEqual(ids('web-sources').map((id) => `web:${id}`));
    expect(content.institutions.map((d) => d.value).sort()).toEqual(ids('institutions').map((id) => `gk:${id}`));
  });
});
