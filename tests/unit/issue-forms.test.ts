/**
 * The issue forms readers reach from "Suggest a correction" (.github/ISSUE_TEMPLATE/): one per kind
 * and language, the same fields in every language, and the ids the site's links fill in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './helpers.ts';

interface Field {
  type: string;
  id?: string;
  attributes: { label?: string; description?: string; value?: string };
  validations?: { required?: boolean };
}
interface Form {
  name: string;
  description: string;
  title: string;
  body: Field[];
}

const dir = resolve(repoRoot, '.github/ISSUE_TEMPLATE');
const form = (file: string) => parse(readFileSync(resolve(dir, file), 'utf8')) as Form;
const kinds = ['correction', 'outdated-programme', 'new-story'];
const languages = ['lv', 'en', 'ru'];

describe('issue forms', () => {
  it('exist for every kind in lv, en and ru, and nothing else is there but config.yml', () => {
    expect(readdirSync(dir).sort()).toEqual(['config.yml', ...kinds.flatMap((k) => languages.map((l) => `${k}-${l}.yml`))].sort());
  });

  for (const kind of kinds) {
    it(`${kind}: the same fields in every language, each with a label and a description`, () => {
      const ids = languages.map((l) =>
        form(`${kind}-${l}.yml`).body.map((f) => `${f.type}:${f.id ?? ''}:${f.validations?.required ?? false}`),
      );
      expect(ids[1]).toEqual(ids[0]);
      expect(ids[2]).toEqual(ids[0]);
      for (const l of languages) {
        const f = form(`${kind}-${l}.yml`);
        expect(f.name && f.description && f.title, `${kind}-${l}`).toBeTruthy();
        const names = languages.map((x) => form(`${kind}-${x}.yml`).name);
        expect(new Set(names).size, 'each language names its form in its own words').toBe(3);
        for (const field of f.body.filter((x) => x.type !== 'markdown')) {
          expect(field.attributes.label, `${kind}-${l} ${field.id}`).toBeTruthy();
          expect(field.attributes.description, `${kind}-${l} ${field.id}`).toBeTruthy();
        }
      }
    });
  }

  it('the forms the pages link to have the page and file fields the links prefill, and ask for a source', () => {
    for (const kind of ['correction', 'outdated-programme']) {
      for (const l of languages) {
        const ids = form(`${kind}-${l}.yml`).body.map((f) => f.id);
        expect(ids, `${kind}-${l}`).toEqual(expect.arrayContaining(['page', 'file', 'source']));
      }
    }
  });
});
