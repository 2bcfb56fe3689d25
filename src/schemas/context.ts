/**
 * Schemas are written as functions of this context so the same definitions serve Astro's
 * content layer (where `ref` is `reference()` and `image` is the astro:assets image helper)
 * and `npm run check:content` (which validates every file at once, outside Astro, with stand-ins).
 */
import type { reference, SchemaContext as AstroSchemaContext } from 'astro:content';

export interface SchemaContext {
  /** A reference to an entry of another collection; a wrong id fails naming the file and the id. */
  ref: typeof reference;
  /** A local image (relative to the entry file), processed by sharp. Only stories have images. */
  image?: AstroSchemaContext['image'];
}
