/**
 * Collections only: which collections exist, their file kind and schema are listed once in
 * src/schemas/collections.ts; the schemas and their documentation live in src/schemas/.
 */
import { defineCollection, reference, type SchemaContext as AstroSchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionNames, contentCollections, type CollectionName } from './schemas/collections.ts';
import type { SchemaContext } from './schemas/context.ts';

const root = process.env.RTL_CONTENT_DIR ?? './content';
const ref: SchemaContext['ref'] = reference;

/** Each collection's config, typed by its own schema (Astro infers the entries' data types from this). */
type Collections = {
  [K in CollectionName]: {
    loader: ReturnType<typeof glob>;
    schema: (ctx: AstroSchemaContext) => ReturnType<(typeof contentCollections)[K]['schema']>;
  };
};

export const collections = Object.fromEntries(
  collectionNames.map((name) => [
    name,
    defineCollection({
      loader: glob(
        contentCollections[name].files === 'yaml'
          ? { pattern: '*.yaml', base: `${root}/${name}` }
          : { pattern: '**/*.mdx', base: `${root}/${name}` },
      ),
      schema: ({ image }) => contentCollections[name].schema({ ref, image }),
    }),
  ]),
) as Collections;
