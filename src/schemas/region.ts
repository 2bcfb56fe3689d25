/** content/regions/<slug>.yaml — the five planning regions and their remigration coordinator service. */
import { z } from 'astro/zod';
import { httpsUrl, localized, sources } from './common.ts';
import type { SchemaContext } from './context.ts';
import { contacts } from './web-source.ts';

export const regionSchema = ({ ref }: SchemaContext) =>
  z
    .object({
      names: localized('names'),
      /** Official Latvian name, e.g. "Vidzemes plānošanas reģions". */
      officialName: z.string().min(1, { error: '"officialName" is required.' }),
      /** Members; must agree with each municipality's "region" field (npm run check:content). */
      members: z.array(ref('municipalities')).min(1, { error: '"members" must list the municipalities of the region.' }),
      /** The region's official website (general knowledge). */
      website: httpsUrl('website'),
      /** The regional remigration coordinator service, as the sources describe it. */
      coordinator: z
        .object({
          summary: localized('coordinator.summary'),
          offers: z.array(localized('coordinator.offers[]')).default([]),
          sources,
          /** The coordinator service's office contacts, each copied from an official page (web source). */
          contacts,
        })
        .strict(),
    })
    .strict();
