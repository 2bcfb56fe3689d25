/**
 * content/stories/<lang>/<slug>.mdx — a return story built from a case the sources describe.
 * No invented names, quotes or photos: a named or pictured person needs recorded consent.
 */
import { z } from 'astro/zod';
import { isoDate, sources } from './common.ts';
import type { SchemaContext } from './context.ts';

export const storySchema = ({ ref, image }: Required<SchemaContext>) =>
  z
    .object({
      title: z.string({ error: '"title" is required.' }).min(5).max(90),
      summary: z.string({ error: '"summary" is required: one or two sentences.' }).min(20).max(240),
      municipality: ref('municipalities'),
      programmes: z.array(ref('programmes')).default([]),
      published: isoDate('published'),
      /** Which case in the sources this story retells, in plain words, plus the references. */
      basedOn: z.string({ error: '"basedOn" is required: say which case in the sources the story retells.' }).min(10),
      sources,
      /** Is a real person named in the text or shown in the cover photo? */
      person: z.object({ named: z.boolean(), pictured: z.boolean() }).strict().default({ named: false, pictured: false }),
      /** Required when person.named or person.pictured: who gave consent and when. */
      consent: z
        .object({
          given: z.literal(true, { error: '"consent.given" must be true; without consent, do not name or picture the person.' }),
          date: isoDate('consent.date'),
          recordedBy: z.string().min(2, { error: '"consent.recordedBy" must name the editor or office that keeps the signed consent.' }),
        })
        .strict()
        .optional(),
      cover: z
        .object({
          src: image(),
          alt: z
            .string({ error: '"cover.alt" is required: describe the picture for people who cannot see it.' })
            .trim()
            .min(5, { error: '"cover.alt" is too short: describe what the picture shows.' }),
        })
        .strict()
        .optional(),
    })
    .strict()
    .superRefine((s, ctx) => {
      if ((s.person.named || s.person.pictured) && !s.consent) {
        ctx.addIssue({
          code: 'custom',
          path: ['consent'],
          message:
            'A person is named or pictured ("person"), so "consent" is required: given: true, date and recordedBy. Otherwise anonymise the story.',
        });
      }
    });
