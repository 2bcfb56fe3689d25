/**
 * content/municipalities/<slug>.yaml — one language-neutral data file per municipality.
 * Prose about the municipality lives in the guides; this file holds what every language shares.
 */
import { z } from 'astro/zod';
import { asOf, httpsUrl, isoDate, localized, sourceRef } from './common.ts';
import type { SchemaContext } from './context.ts';
import { contacts, officialNotes } from './web-source.ts';

/** Figures that every municipality page shows in the same place ("municipality CV"). */
const factKeys = [
  'net-wage', // average net monthly wage, EUR (CSP data in the study's Table 13)
  'high-earners-share', // share of employees earning over EUR 1 500 gross a month, %
  'vacancies-skilled', // registered vacancies in occupation groups 0–8 at the serving NVA branch
  'vacancies-elementary', // registered vacancies in occupation group 9 at the serving NVA branch
  'net-migration', // net migration in a year, persons
] as const;
export type FactKey = (typeof factKeys)[number];

const units = ['eur-month', 'percent', 'count', 'persons'] as const;

/** Sane ranges per unit: a typo (a minus sign, an extra zero) must not reach readers as a figure. */
const unitRanges: Record<(typeof units)[number], { min: number; max: number; integer: boolean; hint: string }> = {
  'eur-month': { min: 1, max: 20000, integer: false, hint: 'a monthly amount in euros between 1 and 20 000' },
  percent: { min: 0, max: 100, integer: false, hint: 'a percentage between 0 and 100' },
  count: { min: 0, max: 2000000, integer: true, hint: 'a whole number of at least 0' },
  persons: { min: -1000000, max: 2000000, integer: true, hint: 'a whole number of people (negative only for net migration)' },
};

const fact = z
  .object({
    /** Which figure this is; labels come from the UI dictionaries (facts.<key>). */
    key: z.enum(factKeys, { error: `"key" must be one of: ${factKeys.join(', ')}.` }),
    /** The number as the source gives it. */
    value: z.number({ error: '"value" must be a number without units or spaces, e.g. 697 or 7.8.' }),
    /** What the number counts. */
    unit: z.enum(units, { error: `"unit" must be one of: ${units.join(', ')}.` }),
    /** When the figure was true (not when it was published). */
    asOf,
    /** Where it comes from: "001:1524". */
    source: sourceRef,
    /** For vacancies: the State Employment Agency (NVA) branch the figure belongs to. */
    scope: localized('scope').optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const r = unitRanges[f.unit];
    if (!r || typeof f.value !== 'number') return;
    const negativeOk = f.unit === 'persons' && f.key === 'net-migration';
    if (f.value > r.max || f.value < (negativeOk ? r.min : Math.max(r.min, 0)) || (r.integer && !Number.isInteger(f.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"value" ${f.value} is not plausible for unit "${f.unit}": it must be ${r.hint}. Check the figure in the source.`,
      });
    }
  });

/**
 * A former municipality that was joined to this one. Its old figures stay as labelled history
 * ("former Varakļānu novads, 2022"): they describe the former territory, not the merged one.
 */
const merged = z
  .object({
    /** The former municipality's slug; its old URLs redirect here (src/routing/paths.ts). */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'merged[].id must be the former slug, e.g. "varaklanu-novads".' }),
    names: localized('merged[].names'),
    officialName: z.string().min(1, { error: 'merged[].officialName: the former official Latvian name.' }),
    /** The year of the local elections from whose council on the merged municipality governs. */
    since: z.number().int().min(2021).max(2100, { error: 'merged[].since: the year the merger took effect, e.g. 2025.' }),
    /** The legal act that merged them: an official page (likumi.lv), with the date it was adopted. */
    law: z
      .object({
        url: httpsUrl('merged[].law.url'),
        title: z.string().min(1),
        publisher: z.string().min(1),
        adopted: isoDate('merged[].law.adopted'),
        /** Pages that report the adoption (Saeima press office, news), shown next to the law. */
        reported: z
          .array(
            z
              .object({
                url: httpsUrl('merged[].law.reported[].url'),
                publisher: z.string().min(1),
                date: isoDate('merged[].law.reported[].date'),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),
    /** The former municipality's figures as they were (shown as history, never as current). */
    facts: z.array(fact).default([]),
  })
  .strict();

export const municipalitySchema = ({ ref }: SchemaContext) =>
  z
    .object({
      /** Names as a reader meets them in each language. */
      names: localized('names'),
      /** The official Latvian name, e.g. "Valkas novads", "Rīgas valstspilsēta". */
      officialName: z.string({ error: '"officialName" is required: the official Latvian name.' }).min(1),
      /** 7 state cities (valstspilsētas) and 35 municipalities (novadi) since 2025 (36 in the 2022 study). */
      type: z.enum(['state-city', 'novads'], { error: '"type" must be "state-city" or "novads".' }),
      /** The planning region (id of a file in content/regions/). */
      region: ref('regions'),
      /** Administrative centre and its coordinates (WGS 84), for the map. General knowledge. */
      centre: z
        .object({
          name: localized('centre.name'),
          lat: z
            .number()
            .min(55.6, { error: 'centre.lat must be inside Latvia (55.6–58.1).' })
            .max(58.1, { error: 'centre.lat must be inside Latvia (55.6–58.1).' }),
          lon: z
            .number()
            .min(20.9, { error: 'centre.lon must be inside Latvia (20.9–28.3).' })
            .max(28.3, { error: 'centre.lon must be inside Latvia (20.9–28.3).' }),
        })
        .strict(),
      /** The municipality's official website (general knowledge; readers are sent there to check). */
      website: httpsUrl('website'),
      /** Other domains the municipality publishes official pages on (web sources may use them). */
      officialDomains: z
        .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: 'Write a domain without https:// or slashes, e.g. "cesis.lv".' }))
        .optional(),
      /** Who to contact: client service, council, remigration contact — each copied from an official page (web source). */
      contacts,
      /** What official pages say a family can do here, per topic (kindergarten, first grade, housing help, family support). */
      official: officialNotes,
      /** Structured figures; every one with a source and an as-of date. */
      facts: z.array(fact).default([]),
      /** Former municipalities joined to this one (Varakļāni → Madona, 2025). */
      merged: z.array(merged).default([]),
    })
    .strict()
    .superRefine((m, ctx) => {
      const seen = new Set<string>();
      m.facts.forEach((f, i) => {
        if (seen.has(f.key))
          ctx.addIssue({ code: 'custom', path: ['facts', i, 'key'], message: `"${f.key}" appears twice in facts; keep one.` });
        seen.add(f.key);
      });
    });
