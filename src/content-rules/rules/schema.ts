/** Rule "schema": every entry matches its collection's zod schema; references and images exist. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { CollectionName, SchemaContext } from '../../schemas/context.ts';
import { documentSchema } from '../../schemas/document.ts';
import { faqSchema } from '../../schemas/faq.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { institutionSchema } from '../../schemas/institution.ts';
import { municipalitySchema } from '../../schemas/municipality.ts';
import { pageSchema } from '../../schemas/page.ts';
import { programmeSchema } from '../../schemas/programme.ts';
import { regionSchema } from '../../schemas/region.ts';
import { stepSchema } from '../../schemas/step.ts';
import { storySchema } from '../../schemas/story.ts';
import { webSourceSchema } from '../../schemas/web-source.ts';
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
  switch (entry.collection) {
    case 'documents':
      return documentSchema();
    case 'web-sources':
      return webSourceSchema();
    case 'institutions':
      return institutionSchema();
    case 'municipalities':
      return municipalitySchema(ctx);
    case 'regions':
      return regionSchema(ctx);
    case 'programmes':
      return programmeSchema(ctx);
    case 'guides':
      return guideSchema(ctx);
    case 'faq':
      return faqSchema(ctx);
    case 'stories':
      return storySchema(ctx);
    case 'steps':
      return stepSchema(ctx);
    case 'pages':
      return pageSchema();
  }
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
