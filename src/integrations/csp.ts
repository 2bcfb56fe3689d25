/**
 * Content-Security-Policy for every page, delivered as a <meta> tag (for any static host) and in
 * public/_headers / the nginx snippet. Scripts: external files from our own origin only — the build
 * fails if any inline script appears. Styles: Astro inlines the stylesheet, so each page's <style>
 * blocks are allowed by their SHA-256 hashes, never by 'unsafe-inline'.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directives shared by the meta tag and the HTTP header ('frame-ancestors' only works as a header). */
export const basePolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const PLACEHOLDER = 'rtl-csp-style-hashes';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });

export function applyCsp(html: string, file: string): string {
  if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/i.test(html)) {
    throw new Error(`${file}: inline <script> found; move it to src/scripts/ (the CSP allows external scripts only).`);
  }
  if (/\sstyle="/i.test(html)) throw new Error(`${file}: a style="…" attribute found; use a class instead (the CSP has no 'unsafe-hashes').`);
  const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return html.replace(PLACEHOLDER, ["style-src 'self'", ...hashes].join(' '));
}

export default function csp(): AstroIntegration {
  return {
    name: 'rtl:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = walk(fileURLToPath(dir));
        for (const f of files) {
          const html = readFileSync(f, 'utf8');
          if (!html.includes(PLACEHOLDER)) throw new Error(`${f}: no CSP meta tag; render the page through a layout that adds it.`);
          writeFileSync(f, applyCsp(html, f));
        }
        logger.info(`CSP applied to ${files.length} pages`);
      },
    },
  };
}
