/**
 * Building blocks shared by every collection schema. Each message says what was expected and
 * how to fix it, because the people who read them are content editors, not developers.
 */
import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { sourceRefPattern } from '../lib/source-ref.ts';

export const slug = (what: string) =>
  z.string({ error: `${what} is required: a lowercase ascii slug such as "valkas-novads".` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `${what} must be lowercase ascii letters, digits and single hyphens (for example "valkas-novads"); no spaces, capitals or diacritics.`,
  });

/**
 * A source reference (its shapes are defined once, in src/lib/source-ref.ts):
 * - `001:5658` or `001:5658-5662`: seed document 001, line(s) as printed by `sed -n`;
 * - `web:<id>`: an official web page described in content/web-sources/<id>.yaml;
 * - `gk:<institution>` (e.g. `gk:pmlp`): general knowledge about that institution's role,
 *   which the page phrases so the reader checks with the institution itself.
 */
export const sourceRef = z
  .string({ error: 'A source reference is required, like "001:5658" (document:line), "web:<id>" or "gk:pmlp".' })
  .regex(sourceRefPattern, {
    error:
      'Write a source as "001:5658" (three-digit document number, colon, line number), "001:5658-5662" for a range, "web:<id>" for an official web page in content/web-sources/, or "gk:<institution-id>" for general knowledge.',
  });

/** A non-empty list of sources: no fact without one. */
export const sources = z.array(sourceRef).min(1, {
  error: 'List at least one source under "sources" (for example - "001:5658"). Facts without a source are not published.',
});

/**
 * "As of" date of a fact: a year (2022), a month (2022-09) or a day (2022-09-30).
 * Quoted or not, YAML gives a string or a number; both are accepted and kept as a string.
 */
export const asOf = z
  .union([z.string(), z.number(), z.date()], { error: 'An "asOf" date is required: 2022, 2022-09 or 2022-09-30.' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(
    z.string().regex(/^(19|20)\d{2}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'Write "asOf" as a year (2022), a month (2022-09) or a day (2022-09-30).',
    }),
  );

/** A calendar date written as YYYY-MM-DD (reviewed dates, publication dates). */
export const isoDate = (field: string) =>
  z
    .union([z.string(), z.date()], { error: `"${field}" is required: a date written as YYYY-MM-DD, e.g. 2026-11-22.` })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `"${field}" must be written as YYYY-MM-DD, e.g. 2026-11-22.` })
        .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
          error: `"${field}" is not a real calendar date; check the month and the day.`,
        }),
    );

/** The same text in every language: `{ lv: …, en: …, ru: … }`, none empty. */
export const localized = (field: string) =>
  z.object(
    Object.fromEntries(
      locales.map((l) => [
        l,
        z
          .string({ error: `"${field}.${l}" is missing: give the ${l} text (all of lv, en and ru are required).` })
          .trim()
          .min(1, { error: `"${field}.${l}" is empty: write the ${l} text.` }),
      ]),
    ) as Record<(typeof locales)[number], z.ZodString>,
    { error: `"${field}" must list the text in each language: lv, en and ru.` },
  );

export const httpsUrl = (field: string) =>
  z.url({ protocol: /^https$/, error: `"${field}" must be a full https:// address, e.g. https://www.valka.lv/.` });
