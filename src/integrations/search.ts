/** Wiring only: after Astro writes dist/, build the search indexes (src/search/build.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearch } from '../search/build.ts';

export default function search(contentDir: string): AstroIntegration {
  return {
    name: 'rtl:search',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const pages = buildSearch(fileURLToPath(dir), contentDir);
        logger.info(
          `indexed ${Object.entries(pages)
            .map(([l, n]) => `${l} ${n}`)
            .join(', ')} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
