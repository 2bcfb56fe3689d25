/** content/faq/<lang>/<id>.mdx — one coordinator FAQ answer per language. */
import { z } from 'astro/zod';
import { guideTopics } from '../routing/sections.ts';
import { isoDate, slug, sources } from './common.ts';
import type { SchemaContext } from './context.ts';

export const faqCategories = [
  'planning',
  'residence',
  'taxes',
  'health',
  'social',
  'jobs',
  'qualifications',
  'school',
  'kindergarten',
  'housing',
  'business',
  'family',
  'money',
  'settling',
] as const;

export const faqSchema = ({ ref }: SchemaContext) =>
  z
    .object({
      /** Stable id shared by all languages and never reused; it is also the file name and the URL. */
      id: slug('"id"'),
      /** The question, as a reader would ask it. */
      title: z
        .string({ error: '"title" (the question) is required.' })
        .min(8)
        .max(120, { error: '"title" must be at most 120 characters.' }),
      /** The short answer shown first: two or three sentences. */
      summary: z
        .string({ error: '"summary" is required: the answer in two or three sentences.' })
        .min(40, { error: '"summary" is too short: answer in two or three full sentences.' })
        .max(420, { error: '"summary" must be at most 420 characters; move details into the body.' }),
      category: z.enum(faqCategories, { error: `"category" must be one of: ${faqCategories.join(', ')}.` }),
      reviewed: isoDate('reviewed'),
      sources,
      topics: z.array(z.enum(guideTopics, { error: `"topics" may contain: ${guideTopics.join(', ')}.` })).default([]),
      municipalities: z.array(ref('municipalities')).default([]),
      institutions: z.array(ref('institutions')).default([]),
    })
    .strict();
