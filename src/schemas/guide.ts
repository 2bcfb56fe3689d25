/**
 * content/guides/<lang>/<municipality>/<topic>.mdx — one page per language, municipality and topic.
 * The path must match the frontmatter (npm run check:content checks it).
 */
import { z } from 'astro/zod';
import { guideTopics } from '../routing/sections.ts';
import { isoDate, sources } from './common.ts';
import type { SchemaContext } from './context.ts';

export const guideSchema = ({ ref }: SchemaContext) =>
  z
    .object({
      /** Page title (h1), in the file's language. */
      title: z
        .string({ error: '"title" is required.' })
        .min(3, { error: '"title" is too short.' })
        .max(90, { error: '"title" must be at most 90 characters.' }),
      /** One or two sentences for search results and link previews. */
      description: z
        .string({ error: '"description" is required: one or two sentences.' })
        .min(20, { error: '"description" is too short: write one or two full sentences.' })
        .max(200, { error: '"description" must be at most 200 characters.' }),
      municipality: ref('municipalities'),
      topic: z.enum(guideTopics, { error: `"topic" must be one of: ${guideTopics.join(', ')}.` }),
      /** When an editor last checked the page against its sources. */
      reviewed: isoDate('reviewed'),
      /** Every source the page cites. */
      sources,
      /** What the sources do not tell us, each phrased with who can answer it. */
      unknowns: z.array(z.string().min(10)).default([]),
    })
    .strict();
