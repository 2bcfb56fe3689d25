/** Wiring only: after Astro writes dist/, build the search indexes (src/search/build.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearch } from '../search/build.ts';

export default function search(): AstroIntegration {
  return {
    name: 'rtl:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, own } = await buildSearch(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages (Pagefind, all languages; own index: ${Object.entries(own).map(([l, n]) => `${l} ${n}`).join(', ')}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
