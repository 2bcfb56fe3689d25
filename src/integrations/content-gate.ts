/**
 * Refuses to build when any content rule fails (the same rules as `npm run check:content`),
 * so nothing invalid is ever published. Astro's own schema check stops at the first bad entry;
 * this reports every problem at once, then exits 1 without a stack trace (the list is the message).
 * In `astro dev` it only warns, so an editor can keep previewing while fixing.
 *
 * After the build it checks that every content page was written: a page that silently dropped out
 * (a route clash, an entry a route forgot) fails the build with the file, the rule and the fix.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../content-rules/index.ts';
import { loadEntries } from '../content-rules/load.ts';

/** The URL path each content page is published at (trailing slash, directory format). */
export function expectedPagePath(collection: string, id: string): string | null {
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  switch (collection) {
    case 'guides': {
      const [municipality, topic] = rest;
      return topic === 'overview' ? `/${locale}/municipalities/${municipality}/` : `/${locale}/municipalities/${municipality}/${topic}/`;
    }
    case 'faq':
      return `/${locale}/faq/${slug}/`;
    case 'stories':
      return `/${locale}/stories/${slug}/`;
    case 'pages':
      return `/${locale}/${slug}/`;
    default:
      return null;
  }
}

export default function contentGate(contentDir: string): AstroIntegration {
  return {
    name: 'rtl:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = await checkContent(contentDir);
        const errors = problems.filter((p) => p.level === 'error');
        if (!errors.length) {
          logger.info('content check passed');
          return;
        }
        const text = `Content check failed with ${errors.length} problem(s):\n${formatProblems(errors)}`;
        if (command === 'dev') {
          logger.warn(`${text}\n(The preview keeps running; a build refuses these files.)`);
          return;
        }
        logger.error(text);
        process.exit(1);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = loadEntries(resolve(contentDir), () => {});
        const missing: string[] = [];
        let expected = 0;
        for (const e of entries) {
          const path = expectedPagePath(e.collection, e.id);
          if (!path) continue;
          expected++;
          if (!existsSync(join(out, path, 'index.html'))) {
            missing.push(
              `✗ content/${e.file}\n    page-written: no page was written at ${path}. Check that no other page uses that address and that the file name is an ASCII slug (a-z, 0-9, "-").`,
            );
          }
        }
        if (missing.length) {
          logger.error(`${missing.length} of ${expected} content pages were not written:\n${missing.join('\n')}`);
          process.exit(1);
        }
        logger.info(`all ${expected} content pages written`);
      },
    },
  };
}
