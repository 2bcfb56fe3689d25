/**
 * content/programmes/<slug>.yaml — a support or grant programme. Language-neutral facts plus
 * short texts in every language. Its status is never typed: it is derived from the dates.
 */
import { z } from 'astro/zod';
import { webRefPattern } from '../lib/source-ref.ts';
import { asOf, httpsUrl, localized, sources } from './common.ts';
import type { SchemaContext } from './context.ts';

/** Kinds and scopes of a programme; the finder's filters offer exactly these. */
export const programmeKinds = ['business', 'jobs', 'housing', 'children', 'language', 'family', 'advice'] as const;
export const programmeScopes = ['national', 'regional', 'municipal'] as const;
const amountUnits = ['per-person', 'per-project', 'fund-total', 'not-stated'] as const;

const amount = z
  .object({
    /** Lowest and highest amount in euros; give only max for "up to". */
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative({ error: '"max" must be a number of euros, e.g. 10000.' }),
    unit: z.enum(amountUnits, { error: `"unit" must be one of: ${amountUnits.join(', ')} (use not-stated when the source does not say).` }),
    note: localized('amounts[].note').optional(),
  })
  .strict();

export const programmeSchema = ({ ref }: SchemaContext) =>
  z
    .object({
      names: localized('names'),
      summary: localized('summary'),
      eligibility: localized('eligibility'),
      /** Who runs it (free text in each language). */
      provider: localized('provider'),
      scope: z.enum(programmeScopes, { error: '"scope" must be national, regional or municipal.' }),
      /** For regional programmes: the region; for municipal ones: the municipalities. */
      regions: z.array(ref('regions')).default([]),
      municipalities: z.array(ref('municipalities')).default([]),
      kinds: z
        .array(z.enum(programmeKinds, { error: `"kinds" may contain: ${programmeKinds.join(', ')}.` }))
        .min(1, { error: '"kinds" must list at least one kind.' }),
      amounts: z.array(amount).default([]),
      /** true for measures the study proposes but nobody offers yet. */
      proposal: z.boolean().default(false),
      /**
       * false when the sources do not confirm the programme actually runs (e.g. a plan measure that still
       * "requires additional funding"): its status is then "unknown — check with the provider", whatever the dates.
       */
      confirmed: z.boolean().default(true),
      /**
       * true when the dates come from a plan (e.g. the diaspora plan 2024–2026) rather than from the provider:
       * the status is then "planned" until the end date, never "running".
       */
      plan: z.boolean().default(false),
      /**
       * The official page (`web:<id>`, dated 2024 or later, also listed under "sources") that says the programme
       * runs or takes applications. Only a programme with one is shown as running.
       */
      runningPer: z
        .string()
        .regex(webRefPattern, { error: '"runningPer" must be a web source id, e.g. web:sif-latvian-courses-2024.' })
        .optional(),
      /** Dates as far as the sources give them; leave out what they do not say. */
      period: z.object({ start: asOf.optional(), end: asOf.optional() }).strict().default({}),
      website: httpsUrl('website').optional(),
      asOf,
      sources,
    })
    .strict()
    .superRefine((p, ctx) => {
      if (p.scope === 'regional' && p.regions.length === 0)
        ctx.addIssue({ code: 'custom', path: ['regions'], message: 'A regional programme must name its region under "regions".' });
      if (p.scope === 'municipal' && p.municipalities.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['municipalities'],
          message: 'A municipal programme must name its municipalities under "municipalities".',
        });
    });
