/**
 * The site's security policy, in one place. Everything that states it is generated from here:
 * the per-page <meta> CSP (src/components/CspMeta.astro + src/integrations/csp.ts), public/_headers
 * and the nginx example in the README (`npm run security:policy`; `-- --check` fails when they differ).
 *
 * Browsers enforce every policy they receive (header and meta), so the effective policy of a page is
 * the strictest of the two. The header, one for the whole site, allows what the most demanding page
 * needs; each page's meta tag narrows it to what that page needs (e.g. WebAssembly only where it runs).
 */

import { locales } from '../i18n/locales.ts';

/**
 * Pages that run WebAssembly. Empty list → no 'wasm-unsafe-eval' anywhere. None today: search,
 * "all languages" included, runs on the site's own indexes (src/search/), not Pagefind's WebAssembly.
 */
const wasmPages: RegExp[] = [];

export const runsWasm = (urlPath: string) => wasmPages.some((r) => r.test(urlPath));

/** CSP directives; styles are added per page (hashes) in the meta tag, 'self' in the header. */
export function cspDirectives(opts: { wasm: boolean }): string[] {
  return [
    "default-src 'self'",
    `script-src 'self'${opts.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** A page's own style-src (meta tag): the site's stylesheet files, and its <style> blocks by their hashes. */
export const pageStyleSrc = (hashes: string[]) => ["style-src 'self'", ...hashes].join(' ');

/** The header's CSP: as wide as the most demanding page, plus what only a header can say. */
export const headerCsp = () =>
  [...cspDirectives({ wasm: wasmPages.length > 0 }), "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join('; ');

/** Security headers besides the CSP, sent with every response. */
export const securityHeaders: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), browsing-topics=()'],
];

const allHeaders = (): [string, string][] => [['Content-Security-Policy', headerCsp()], ...securityHeaders];

/** Where the web editor (Decap CMS) lives; it gets its own policy, never the site's. */
export const adminPath = '/admin/';

/**
 * The web editor's CSP, for /admin/ only. Decap CMS is a React app served from our own origin (copied
 * from its npm package at build time, never a CDN). What it needs beyond the site's policy, and why:
 * - script-src 'unsafe-eval': it validates its config with ajv, which compiles validators with
 *   new Function (the app does not start without it);
 * - style-src 'unsafe-inline': its components inject their styles at run time (emotion);
 * - img-src blob: and connect-src https://api.github.com: previews of uploaded images, and the GitHub
 *   API it reads and writes the repository through (a pull request per entry);
 * - connect-src http://localhost:* and http://127.0.0.1:*: the local backend (`npm run cms`, decap-server
 *   on the editor's own machine; the CMS uses it only when opened on localhost).
 * Still: no other origin may serve scripts, styles, fonts or frames.
 */
function adminCspDirectives(): string[] {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    "connect-src 'self' https://api.github.com http://localhost:* http://127.0.0.1:*",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** The /admin/ CSP: in the page's <meta> tag (`meta: true`, which cannot carry frame-ancestors) or as a header. */
export const adminCsp = (opts: { meta: boolean }) => [...adminCspDirectives(), ...(opts.meta ? [] : ["frame-ancestors 'none'"])].join('; ');

/** The editor is for editors: never indexed (and it is in no sitemap, search index or published registry). */
const adminHeaders = (): [string, string][] => [
  ['Content-Security-Policy', adminCsp({ meta: false })],
  ...securityHeaders,
  ['X-Robots-Tag', 'noindex, nofollow'],
];

/** Cache rules: [path prefix, Cache-Control]. */
const cacheRules: [string, string][] = [
  ['/_astro/', 'public, max-age=31536000, immutable'],
  ['/search/', 'public, max-age=3600'],
];

/** Where the site's pages live; the CSP header goes only there, so /admin/ (the CMS) can send its own. */
const pagePaths = ['/', '/index.html', '/404.html', ...locales.map((l) => `/${l}/*`)];

/**
 * public/_headers (Netlify, Cloudflare Pages, …). Hosts merge every matching rule, and two CSP
 * headers both apply, so the CSP is attached to the site's page paths only, never to /* — /admin/
 * (the CMS) needs its own policy.
 */
export function headersFile(): string {
  return [
    '# Generated by `npm run security:policy` from src/security/policy.ts; do not edit by hand.',
    "# The same policy is in every page's <meta> CSP (which also pins inline styles by hash and allows",
    '# WebAssembly only on pages that run it, if any); frame-ancestors only works as a header.',
    '/*',
    ...securityHeaders.map(([k, v]) => `  ${k}: ${v}`),
    ...pagePaths.flatMap((p) => [p, `  Content-Security-Policy: ${headerCsp()}`]),
    `${adminPath}*`,
    ...adminHeaders()
      .filter(([k]) => k === 'Content-Security-Policy' || k === 'X-Robots-Tag')
      .map(([k, v]) => `  ${k}: ${v}`),
    ...cacheRules.flatMap(([p, v]) => [`${p}*`, `  Cache-Control: ${v}`]),
    '',
  ].join('\n');
}

/** The README's nginx example: nginx drops server-level add_header inside a location that has its own, so each location repeats them all. */
function nginxExample(): string {
  const sec = (indent: string) => allHeaders().map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);
  return [
    'server {',
    '  root /srv/return-to-latvia/dist;',
    '  error_page 404 /404.html;',
    ...sec('  '),
    ...cacheRules.map(([p, v]) =>
      [`  location ${p === '/_astro/' ? p : `^~ ${p}`} {`, ...sec('    '), `    add_header Cache-Control "${v}";`, '  }'].join('\n'),
    ),
    `  location ^~ ${adminPath} {`,
    ...adminHeaders().map(([k, v]) => `    add_header ${k} "${v}" always;`),
    '  }',
    ...(wasmPages.length ? ['  location ~ \\.wasm$ {', '    types { application/wasm wasm; }', ...sec('    '), '  }'] : []),
    '  gzip on; gzip_types text/css application/javascript application/json image/svg+xml application/xml;',
    '}',
  ].join('\n');
}

const nginxStart = '<!-- security:policy nginx start -->';
const nginxEnd = '<!-- security:policy nginx end -->';

/** The README with its nginx block replaced by the generated one. */
export function readmeWithNginx(readme: string): string {
  const block = `${nginxStart}\n\`\`\`nginx\n${nginxExample()}\n\`\`\`\n${nginxEnd}`;
  const a = readme.indexOf(nginxStart);
  const b = readme.indexOf(nginxEnd);
  if (a >= 0 && b > a) return readme.slice(0, a) + block + readme.slice(b + nginxEnd.length);
  return readme.replace(/```nginx\n[\s\S]*?\n```/, block);
}
