// @ts-check: `astro check` type-checks this file too (types go in JSDoc comments).
// Wiring only: languages come from src/i18n/locales.ts, behaviour lives in src/integrations/.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { defaultLocale, localeInfo, locales } from './src/i18n/locales.ts';
import cms from './src/integrations/cms.ts';
import contentGate from './src/integrations/content-gate.ts';
import covers from './src/integrations/covers.ts';
import csp from './src/integrations/csp.ts';
import { mdxLockdown } from './src/integrations/mdx-lockdown.ts';
import socialImages from './src/social/integration.ts';
import search from './src/integrations/search.ts';

// The deploy workflow sets SITE_URL (GitHub Pages gives it); a local build uses the local preview
// origin, so every canonical, sitemap and calendar link works where the site is served.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321/';
const contentDir = process.env.RTL_CONTENT_DIR ?? './content';
const outDir = process.env.RTL_OUT_DIR ?? './dist';

/**
 * The sitemap lists only pages search engines should index: not those marked noindex (fallbacks, 404),
 * nor print versions whose canonical is another page (a municipality's booklet names its overview).
 * @param {string} url
 */
const isListed = (url) => {
  try {
    const path = new URL(url).pathname;
    const html = readFileSync(`${outDir}${path}index.html`, 'utf8');
    if (html.includes('<meta name="robots" content="noindex"')) return false;
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    return !canonical || new URL(canonical).pathname === path;
  } catch {
    return true;
  }
};

export default defineConfig({
  site,
  outDir,
  cacheDir: process.env.RTL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Content is data: the MDX compile itself refuses anything outside the content allowlist.
  markdown: { processor: satteri({ mdastPlugins: [mdxLockdown] }) },
  // Stylesheets are files (one download, cached for every later page), not inlined in each of the 1,277 pages:
  // inlined, the same ~12 KB of CSS took 16 MB of dist/ (README, Decisions: "Stylesheets linked").
  build: { inlineStylesheets: 'never', format: 'directory' },
  integrations: [
    contentGate(contentDir),
    covers(contentDir),
    mdx(),
    sitemap({
      filter: (page) => isListed(page),
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, localeInfo[l].bcp47])) },
      // "/" is the language chooser, not a Latvian page: list it without language alternates.
      serialize: (item) => (new URL(item.url).pathname === '/' ? { ...item, links: undefined } : item),
    }),
    csp(),
    search(contentDir),
    // The web editor (/admin/): after the pages, search indexes and sitemap, so it is in none of them.
    cms(contentDir),
    // Last: its build:done hook waits for the social images, which are drawn while the hooks above run.
    socialImages(),
  ],
  vite: {
    build: {
      // Scripts go to files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
