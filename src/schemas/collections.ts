/**
 * The one list of content collections: each collection's folder under content/ (its name), whether
 * its files are YAML data or MDX pages, and its schema. Astro's content layer (src/content.config.ts)
 * and the content rules (npm run check:content and the build's gate, src/content-rules/) are both
 * built from this list, so a collection added here is loaded, typed and checked everywhere.
 */
import type { SchemaContext } from './context.ts';
import { documentSchema } from './document.ts';
import { faqSchema } from './faq.ts';
import { guideSchema } from './guide.ts';
import { institutionSchema } from './institution.ts';
import { municipalitySchema } from './municipality.ts';
import { pageSchema } from './page.ts';
import { programmeSchema } from './programme.ts';
import { regionSchema } from './region.ts';
import { stepSchema } from './step.ts';
import { storySchema } from './story.ts';
import { webSourceSchema } from './web-source.ts';

type Context = Required<SchemaContext>;

export const contentCollections = {
  // Data: content/<name>/<id>.yaml
  documents: { files: 'yaml', schema: () => documentSchema() },
  'web-sources': { files: 'yaml', schema: () => webSourceSchema() },
  institutions: { files: 'yaml', schema: () => institutionSchema() },
  regions: { files: 'yaml', schema: (ctx: Context) => regionSchema(ctx) },
  municipalities: { files: 'yaml', schema: (ctx: Context) => municipalitySchema(ctx) },
  programmes: { files: 'yaml', schema: (ctx: Context) => programmeSchema(ctx) },
  steps: { files: 'yaml', schema: (ctx: Context) => stepSchema(ctx) },
  // Pages: content/<name>/<locale>/…/<id>.mdx
  guides: { files: 'mdx', schema: (ctx: Context) => guideSchema(ctx) },
  faq: { files: 'mdx', schema: (ctx: Context) => faqSchema(ctx) },
  stories: { files: 'mdx', schema: (ctx: Context) => storySchema(ctx) },
  pages: { files: 'mdx', schema: () => pageSchema() },
} as const;

export type CollectionName = keyof typeof contentCollections;

export const collectionNames = Object.keys(contentCollections) as CollectionName[];
/** Collections of MDX pages, one folder per locale. */
export const pageCollections = collectionNames.filter((c) => contentCollections[c].files === 'mdx');
