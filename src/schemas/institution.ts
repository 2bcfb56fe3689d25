/** content/institutions/<id>.yaml — public bodies the site sends readers to (general knowledge). */
import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { httpsUrl, localized, slug, sources } from './common.ts';

export const institutionSchema = () =>
  z
    .object({
      /** Official Latvian name; shown beside the translation on en/ru pages. */
      officialName: z.string().min(2),
      /** Short form, e.g. "PMLP". */
      abbr: z.string().min(2).optional(),
      names: localized('names'),
      /** What readers go there for, in each language. */
      role: localized('role'),
      website: httpsUrl('website'),
      /** Languages the website offers (as far as known); used to label outbound links. */
      websiteLanguages: z.array(z.enum(locales)).default(['lv']),
      /**
       * Online services a reader can go straight to (e.g. NVA's vacancy portal, shown on every jobs page),
       * each with what it is for and the official page that says so.
       */
      services: z
        .array(
          z
            .object({
              id: slug('A service "id"'),
              url: httpsUrl('url'),
              names: localized('names'),
              about: localized('about'),
              sources,
            })
            .strict(),
        )
        .default([]),
    })
    .strict();
