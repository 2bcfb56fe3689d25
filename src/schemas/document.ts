/** content/documents/<id>.yaml — the documents facts are taken from ("001" → the study). */
import { z } from 'astro/zod';
import { asOf, localized } from './common.ts';

export const documentSchema = () =>
  z
    .object({
      /** Short name for inline citations, e.g. "LU study". */
      short: localized('short'),
      title: localized('title'),
      /** Original (Latvian) title. */
      originalTitle: z.string().min(3),
      publisher: localized('publisher'),
      /** What the document is, in plain words. */
      about: localized('about'),
      published: z.union([z.string(), z.number()]).transform(String),
      /** How many lines the source text has: a citation "001:5658" must point inside it. */
      lines: z
        .number({ error: '"lines" is required: the number of lines of the document\'s text file, so citations can be checked.' })
        .int()
        .positive(),
      /** The date its figures describe, shown to readers as "as of". */
      asOf,
    })
    .strict();
