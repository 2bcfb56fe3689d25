/** Collections only: the schemas and their documentation live in src/schemas/. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { SchemaContext } from './schemas/context.ts';
import { documentSchema } from './schemas/document.ts';
import { faqSchema } from './schemas/faq.ts';
import { guideSchema } from './schemas/guide.ts';
import { institutionSchema } from './schemas/institution.ts';
import { municipalitySchema } from './schemas/municipality.ts';
import { programmeSchema } from './schemas/programme.ts';
import { regionSchema } from './schemas/region.ts';
import { storySchema } from './schemas/story.ts';
import { stepSchema } from './schemas/step.ts';
import { pageSchema } from './schemas/page.ts';
import { webSourceSchema } from './schemas/web-source.ts';

const root = process.env.RTL_CONTENT_DIR ?? './content';
const ref: SchemaContext['ref'] = reference;
const data = (dir: string) => glob({ pattern: '*.yaml', base: `${root}/${dir}` });
const pages = (dir: string) => glob({ pattern: '**/*.mdx', base: `${root}/${dir}` });

export const collections = {
  documents: defineCollection({ loader: data('documents'), schema: documentSchema() }),
  'web-sources': defineCollection({ loader: data('web-sources'), schema: webSourceSchema() }),
  institutions: defineCollection({ loader: data('institutions'), schema: institutionSchema() }),
  municipalities: defineCollection({ loader: data('municipalities'), schema: municipalitySchema({ ref }) }),
  regions: defineCollection({ loader: data('regions'), schema: regionSchema({ ref }) }),
  programmes: defineCollection({ loader: data('programmes'), schema: programmeSchema({ ref }) }),
  guides: defineCollection({ loader: pages('guides'), schema: guideSchema({ ref }) }),
  faq: defineCollection({ loader: pages('faq'), schema: faqSchema({ ref }) }),
  steps: defineCollection({ loader: data('steps'), schema: stepSchema({ ref }) }),
  pages: defineCollection({ loader: pages('pages'), schema: pageSchema() }),
  stories: defineCollection({ loader: pages('stories'), schema: ({ image }) => storySchema({ ref, image }) }),
};
