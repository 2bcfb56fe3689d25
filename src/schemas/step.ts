/**
 * content/steps/<id>.yaml — one item of the national "first steps" checklist. The return-plan tool
 * picks items by `phase` and `audience`; each item links to FAQ answers and institutions.
 */
import { z } from 'astro/zod';
import { audiences, phases } from '../lib/return-plan.ts';
import { localized, slug, sources } from './common.ts';
import type { SchemaContext } from './context.ts';

export const stepSchema = ({ ref }: SchemaContext) =>
  z
    .object({
      phase: z.enum(phases, { error: `"phase" must be one of: ${phases.join(', ')}.` }),
      /** Position within the phase (10, 20, 30 … leaves room to insert). */
      order: z.number().int().nonnegative(),
      /** "asap": the sources say to do it as soon as you know where you will live (e.g. queues that go by date). */
      start: z.literal('asap', { error: '"start" can only be "asap" (leave it out otherwise).' }).optional(),
      audience: z.array(z.enum(audiences, { error: `"audience" may contain: ${audiences.join(', ')}.` })).min(1),
      title: localized('title'),
      /** One or two sentences: what to do and why. No fees, deadlines or forms the sources do not give. */
      text: localized('text'),
      faq: z.array(slug('faq[]')).default([]),
      institutions: z.array(ref('institutions')).default([]),
      sources,
    })
    .strict();
