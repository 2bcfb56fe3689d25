/**
 * Refuses to build when any content rule fails (the same rules as `npm run check:content`),
 * so nothing invalid is ever published. Astro's own schema check stops at the first bad entry;
 * this reports every problem at once.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../content-rules/index.ts';

export default function contentGate(contentDir: string): AstroIntegration {
  return {
    name: 'rtl:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = await checkContent(contentDir);
        const errors = problems.filter((p) => p.level === 'error');
        if (errors.length) {
          throw new Error(`Content check failed with ${errors.length} problem(s):\n${formatProblems(errors)}`);
        }
        logger.info('content check passed');
      },
    },
  };
}
