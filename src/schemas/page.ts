/** content/pages/<lang>/<slug>.mdx — stand-alone editorial pages (e.g. the page for partners). */
import { z } from 'astro/zod';
import { isoDate, sources } from './common.ts';

export const pageSchema = () =>
  z
    .object({
      title: z.string({ error: '"title" is required.' }).min(3).max(90),
      description: z.string({ error: '"description" is required.' }).min(20).max(200),
      reviewed: isoDate('reviewed'),
      sources,
    })
    .strict();
