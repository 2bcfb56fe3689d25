/**
 * content/web-sources/<id>.yaml — one official public web page that facts are taken from
 * (a municipality's contact page, a latvija.gov.lv service description, a likumi.lv regulation).
 * Cited as `web:<id>`, like a seed line. The id starts with the municipality's or region's slug
 * (e.g. `cesu-novads-client-service`). What is allowed as a publisher domain, and which facts need a
 * web source, is checked by the "web-sources" content rule.
 */
import { z } from 'astro/zod';
import { webRefPattern } from '../lib/source-ref.ts';
import { httpsUrl, isoDate, localized } from './common.ts';

/** A date as the page itself states it: a day (2024-04-05) or a month (2024-04). */
const pageDate = z
  .union([z.string(), z.date()], { error: '"pageDate" must be the date the page states, YYYY-MM-DD or YYYY-MM.' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(
    z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/, {
      error: '"pageDate" must be written YYYY-MM-DD (or YYYY-MM when the page gives only a month).',
    }),
  );

export const webSourceSchema = () =>
  z
    .object({
      /** The page's address; https only. */
      url: httpsUrl('url'),
      /** Who publishes the page (the organisation, not the website's name). */
      publisher: localized('publisher'),
      /** The page's own title, in the page's language. */
      title: z.string({ error: '"title" is required: the page\'s title as the page shows it.' }).min(3),
      /** The language the page is written in. */
      language: z.enum(['lv', 'en', 'ru'], { error: '"language" must be lv, en or ru: the language of the page itself.' }),
      /** The date the page itself states (updated/published). Leave it out only with noDateShown: true. */
      pageDate: pageDate.optional(),
      /** What the date is: "updated", "published", or "reported" (the only date is that of the events it reports). */
      dateLabel: z
        .enum(['updated', 'published', 'reported'], {
          error: '"dateLabel" must be "updated", "published" or "reported": what the page\'s date means.',
        })
        .optional(),
      /** The page shows no date; say so instead of guessing one. */
      noDateShown: z.literal(true, { error: '"noDateShown" can only be true (leave it out when the page has a date).' }).optional(),
      /** When the (stored) copy of the page was read. */
      seen: isoDate('seen'),
    })
    .strict()
    .superRefine((s, ctx) => {
      if (!s.pageDate && !s.noDateShown)
        ctx.addIssue({
          code: 'custom',
          path: ['pageDate'],
          message: 'Give "pageDate" (the date the page states) or, if the page shows none, write "noDateShown: true".',
        });
      if (s.pageDate && s.noDateShown)
        ctx.addIssue({ code: 'custom', path: ['noDateShown'], message: '"noDateShown" contradicts "pageDate": keep only one of them.' });
      if (s.pageDate && !s.dateLabel)
        ctx.addIssue({
          code: 'custom',
          path: ['dateLabel'],
          message: "Say what the page's date means: dateLabel: updated (or published).",
        });
    });

/** Who a reader can contact, exactly as an official page gives it; always with its web source. */
const contactKinds = ['client-service', 'council', 'remigration', 'coordinator', 'region-office', 'education'] as const;

/** One number as the page writes it; several numbers are a list. */
const phoneNumber = z.string().regex(/^\+?[0-9 ()-]{8,20}$/, {
  error:
    '"phone" must be a number as the page writes it (digits, spaces, an optional + and country code); write several numbers as a list: phone: ["64161800", "66954884"].',
});

export const contactSchema = z
  .object({
    /** What this contact is for. */
    kind: z.enum(contactKinds, { error: `"kind" must be one of: ${contactKinds.join(', ')}.` }),
    /** The office's name as the page gives it, e.g. "Valsts un pašvaldības vienotais klientu apkalpošanas centrs". */
    office: z.string().min(2).optional(),
    /** A person's name only as their organisation's page publishes it (with that page's date). */
    name: z.string().min(3).optional(),
    email: z.email({ error: '"email" must be an e-mail address copied from the page, e.g. dome@cesis.lv.' }).optional(),
    /** As the page writes it, e.g. "+371 64161800" or "64161800". */
    phone: z.union([phoneNumber, z.array(phoneNumber).min(1)]).optional(),
    address: z.string().min(5).optional(),
    /** The web page(s) the contact is copied from: `web:<id>`. */
    sources: z
      .array(
        z.string().regex(webRefPattern, {
          error: 'A contact\'s source must be a web source, written "web:<id>" (a file in content/web-sources/).',
        }),
      )
      .min(1, { error: 'A contact needs its web source: list the page it is copied from as "web:<id>".' }),
  })
  .strict()
  .refine((c) => c.email || c.phone || c.address || (c.kind === 'coordinator' && c.name), {
    error:
      "A contact needs at least an e-mail, a phone or an address (a regional coordinator may be given by name only, as their organisation's page names them).",
  });

export const contacts = z.array(contactSchema).optional();

/** What a family can do, per topic, as an official page says it (kindergarten queue, first grade, housing help…). */
export const officialTopics = ['kindergarten', 'first-grade', 'housing', 'family-support', 'remigration'] as const;

const officialNoteSchema = z
  .object({
    topic: z.enum(officialTopics, { error: `"topic" must be one of: ${officialTopics.join(', ')}.` }),
    /** The page(s) the note is taken from: `web:<id>`. */
    sources: z
      .array(
        z.string().regex(webRefPattern, {
          error: 'An official note\'s source must be a web source, written "web:<id>" (a file in content/web-sources/).',
        }),
      )
      .min(1, { error: 'An official note needs its web source: list the page as "web:<id>".' }),
    /** One to three plain sentences per language, in the editor's own words; figures and dates copied exactly. */
    text: z.object({ lv: z.string().min(20), en: z.string().min(20).optional(), ru: z.string().min(20).optional() }).strict(),
  })
  .strict();

export const officialNotes = z.array(officialNoteSchema).optional();

/** Which official notes each guide topic page shows (the overview shows "remigration" under its contacts). */
export const officialOnGuide = {
  schools: ['kindergarten', 'first-grade'],
  housing: ['housing'],
  grants: ['family-support'],
} as const satisfies Partial<Record<string, readonly (typeof officialTopics)[number][]>>;
