/**
 * Builds the Pagefind index right after Astro writes dist/: one index per language
 * (Pagefind reads <html lang>), only from elements marked data-pagefind-body.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function pagefind(): AstroIntegration {
  return {
    name: 'rtl:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const out = fileURLToPath(dir);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${out}pagefind` });
        // A second, combined index for the "search all languages" switch (one analyser for every page).
        const all = await createIndex({ forceLanguage: 'en' });
        if (!all.index) throw new Error(`Pagefind could not start: ${all.errors.join('; ')}`);
        await all.index.addDirectory({ path: out });
        await all.index.writeFiles({ outputPath: `${out}pagefind-all` });
        await close();
        logger.info(`indexed ${added.page_count} pages (per language and combined) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
