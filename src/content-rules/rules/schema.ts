/** Rule "schema": every entry matches its collection's zod schema; references and images exist. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentCollections, type CollectionName } from '../../schemas/collections.ts';
import type { SchemaContext } from '../../schemas/context.ts';
import type { CheckContext, ContentRule, Entry } from '../types.ts';

/** Friendlier wording for zod's generic issues. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove them or fix the spelling (the allowed fields are documented in src/schemas/).`;
  }
  return issue.message;
}

const fieldOf = (path: PropertyKey[]) =>
  path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[')
    : '(whole entry)';

function schemaFor(entry: Entry, { root, ids }: CheckContext) {
  const ctx = {
    ref: (collection: CollectionName) =>
      z.string({ error: `Expected the id of an entry in content/${collection}/.` }).superRefine((value, c) => {
        if (!ids.get(collection)?.has(value)) {
          const known = [...(ids.get(collection) ?? [])].slice(0, 6).join(', ');
          c.addIssue({
            code: 'custom',
            message: `"${value}" is not an entry in content/${collection}/ (known ids include: ${known}…). Fix the spelling or add the file.`,
          });
        }
      }),
    image: () =>
      z.string({ error: 'Give the image path relative to this file, e.g. ./images/cover.jpg.' }).superRefine((value, c) => {
        if (!existsSync(resolve(dirname(join(root, entry.file)), value)))
          c.addIssue({ code: 'custom', message: `Image "${value}" not found next to this file. Put the image there or fix the path.` });
      }),
  } as unknown as Required<SchemaContext>;
  return contentCollections[entry.collection].schema(ctx);
}

export const schemaRule: ContentRule = {
  id: 'schema',
  description: 'every field of every entry matches its collection schema (src/schemas/); references and images exist',
  run(ctx, report) {
    for (const entry of ctx.entries) {
      const result = schemaFor(entry, ctx).safeParse(entry.data);
      if (!result.success) for (const issue of result.error.issues) report(entry.file, `schema:${fieldOf(issue.path)}`, describe(issue));
    }
  },
};
