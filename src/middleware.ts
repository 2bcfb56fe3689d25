/**
 * Runs on every page, in `astro dev` and when the build renders the static pages: numbers the
 * citations and writes the page's source list (src/lib/server/citation-numbers.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { isLocale, defaultLocale } from './i18n/locales.ts';
import { useT } from './i18n/t.ts';
import { hasCitations, numberCitations } from './lib/server/citation-numbers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (!hasCitations(html)) return new Response(html, response);
  const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
  const t = useT(isLocale(lang) ? lang : defaultLocale);
  const numbered = numberCitations(html, {
    heading: t('citeRefs.heading'),
    ref: (n) => t('citeRefs.ref', { n }),
    back: (n) => t('citeRefs.back', { n }),
  });
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(numbered, { status: response.status, statusText: response.statusText, headers });
});
