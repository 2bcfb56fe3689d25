/**
 * Content-Security-Policy for every page, delivered as a <meta> tag (for any static host) and in
 * public/_headers / the nginx snippet. Scripts: external files from our own origin only — the build
 * fails if any inline script appears. Styles: the site's stylesheet is a file from our own origin
 * ('self'); the few <style> blocks left in a page are allowed by their SHA-256 hashes, never by
 * 'unsafe-inline'.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageStyleSrc } from '../security/policy.ts';

/** The directives themselves live in src/security/policy.ts (the single source); this fills in style hashes. */
export const PLACEHOLDER = 'rtl-csp-style-hashes';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : [];
  });

/** Origin of the site, for "another origin" checks; the build passes the configured `site`. */
const isOtherOrigin = (url: string, site: string | undefined): boolean => {
  const u = url.trim();
  if (/^(\/(?!\/)|#|\?|\.)/.test(u) || u === '') return false;
  try {
    return !site || new URL(u, site).origin !== new URL(site).origin;
  } catch {
    return true;
  }
};

/**
 * Elements and URLs a built page must never contain: content could use them to run code, load
 * another origin or take over the page. The content rules refuse them at the source; this is the
 * last check on the output, whatever produced it.
 */
export function dangerousMarkup(html: string, site?: string): string[] {
  const found: string[] = [];
  const body = html.replace(/<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const tag of ['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']) {
    if (new RegExp(`<${tag}\\b`, 'i').test(body)) found.push(`<${tag}> element`);
  }
  for (const m of body.matchAll(/<form\b[^>]*>/gi)) {
    const action = /\saction\s*=\s*["']?([^"'\s>]*)/i.exec(m[0])?.[1] ?? '';
    if (isOtherOrigin(action, site)) found.push(`<form> posting to another origin (${action})`);
  }
  for (const m of body.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi)) {
    const target = /url\s*=\s*([^"'>;]+)/i.exec(m[0])?.[1] ?? '';
    if (isOtherOrigin(target, site)) found.push(`<meta http-equiv="refresh"> to another origin (${target.trim()})`);
  }
  for (const m of body.matchAll(/\s(?:href|src|action|formaction|poster|data|xlink:href)\s*=\s*["']?\s*([^"'\s>]*)/gi)) {
    const url = m[1]!
      .replace(/&#x?0*(?:9|a|d|10|13);?|&tab;|&newline;/gi, '')
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL, so they go before the scheme is read
      .replace(/[\u0000-\u0020]/g, '')
      .toLowerCase();
    if (url.startsWith('javascript:') || url.startsWith('vbscript:')) found.push(`a javascript: URL (${m[1]})`);
    else if (url.startsWith('data:')) found.push(`a data: URL (${m[1]!.slice(0, 40)}…)`);
  }
  for (const m of body.matchAll(/<[a-z][a-z0-9-]*(?:\s+[a-z:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*?\s+(on[a-z]+)\s*=/gi)) {
    found.push(`an event-handler attribute ${m[1]}=`);
  }
  return [...new Set(found)];
}

export function applyCsp(html: string, file: string, site?: string): string {
  const bad = dangerousMarkup(html, site);
  if (bad.length) {
    throw new Error(
      `${file}: the page contains ${bad.join(', ')}. Content may not embed other pages, run code or send readers elsewhere; find the content file that produced it (npm run check:content) and remove it.`,
    );
  }
  // Only the layout's own stylesheet (in <head>) is hashed: a <style> in the body could only come from content.
  const bodyPart = html.slice(Math.max(0, html.search(/<body\b/i)));
  if (/<style\b/i.test(bodyPart))
    throw new Error(`${file}: a <style> element in the page body; styles come from the site's stylesheets only, never from content.`);
  if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/i.test(html)) {
    throw new Error(`${file}: inline <script> found; move it to src/client/ (the CSP allows external scripts only).`);
  }
  if (/\sstyle="/i.test(html))
    throw new Error(`${file}: a style="…" attribute found; use a class instead (the CSP has no 'unsafe-hashes').`);
  const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return html.replace(PLACEHOLDER, pageStyleSrc(hashes));
}

export default function csp(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'rtl:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const files = walk(fileURLToPath(dir));
        for (const f of files) {
          const html = readFileSync(f, 'utf8');
          if (!html.includes(PLACEHOLDER)) throw new Error(`${f}: no CSP meta tag; render the page through a layout that adds it.`);
          writeFileSync(f, applyCsp(html, f, site));
        }
        logger.info(`CSP applied to ${files.length} pages`);
      },
    },
  };
}
