/**
 * Rule "published": addresses, once published, keep working. content/published.yaml lists every
 * published content path (language-neutral, e.g. "faq/declare-residence", "municipalities/cesu-novads";
 * FAQ ids are their "faq/<id>" paths) under `paths:`, and retired paths under `redirects:` (old → successor).
 * A listed path that no longer exists needs a redirect; a retired path may never be used again for a new
 * page (a coordinator's saved link would silently point to different content); a redirect must lead to
 * a page that exists. `npm run check:content -- --record-published` rewrites `paths:` after a release.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../load.ts';
import type { ContentRule, Entry } from '../types.ts';

const RULE = 'published';
const registryFile = 'published.yaml';

/** The language-neutral path each entry is published at (its URL without /<lang>/ and slashes). */
function publishedPath(e: Entry): string | null {
  const slug = e.id.split('/').slice(1).join('/');
  switch (e.collection) {
    case 'municipalities':
      return `municipalities/${e.id}`;
    case 'regions':
      return `regions/${e.id}`;
    case 'programmes':
      return `support/${e.id}`;
    case 'guides':
      return slug.endsWith('/overview') ? `municipalities/${slug.slice(0, -'/overview'.length)}` : `municipalities/${slug}`;
    case 'faq':
      return `faq/${slug}`;
    case 'stories':
      return `stories/${slug}`;
    case 'pages':
      return slug;
    default:
      return null;
  }
}

const currentPaths = (entries: Entry[]) => new Set(entries.map(publishedPath).filter((p): p is string => p !== null));

interface Registry {
  paths: string[];
  redirects: Record<string, string>;
  text: string;
}

function readRegistry(root: string): Registry | null | { error: string } {
  const file = join(root, registryFile);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  try {
    const data = (readYaml(text) ?? {}) as { paths?: unknown; redirects?: unknown };
    const paths = Array.isArray(data.paths) ? data.paths.map(String) : [];
    const redirects =
      data.redirects && typeof data.redirects === 'object'
        ? Object.fromEntries(Object.entries(data.redirects).map(([k, v]) => [k, String(v)]))
        : {};
    return { paths, redirects, text };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0]! };
  }
}

const lineOf = (text: string, value: string) => {
  const i = text.split('\n').findIndex((l) => l.includes(value));
  return i >= 0 ? i + 1 : undefined;
};

/** Problems with the registry against the current content (also used before recording). */
function registryProblems(reg: Registry, current: Set<string>): { message: string; line?: number }[] {
  const out: { message: string; line?: number }[] = [];
  for (const path of reg.paths) {
    if (!current.has(path) && !(path in reg.redirects)) {
      out.push({
        line: lineOf(reg.text, path),
        message: `"${path}" was published but no content produces it any more. Readers' saved links would break: restore the file, or add a redirect under "redirects:" ("${path}": "<successor path>").`,
      });
    }
  }
  for (const [old, target] of Object.entries(reg.redirects)) {
    if (current.has(old))
      out.push({
        line: lineOf(reg.text, old),
        message: `"${old}" was retired (it redirects to "${target}") and a new page now uses the same address. Ids are never reused: give the new page another file name.`,
      });
    let end = target;
    for (let hops = 0; end in reg.redirects && hops < 10; hops++) end = reg.redirects[end]!;
    if (!current.has(end))
      out.push({
        line: lineOf(reg.text, old),
        message: `The redirect "${old}" → "${target}" leads to no page. Point it to a path that exists (e.g. "municipalities/madonas-novads").`,
      });
  }
  return out;
}

/** Writes `paths:` = every path the content publishes now; keeps `redirects:`. */
export function recordPublished(root: string, entries: Entry[]): { written: number } | { problems: string[] } {
  const reg = readRegistry(root);
  if (reg && 'error' in reg) return { problems: [reg.error] };
  const current = currentPaths(entries);
  const redirects = reg?.redirects ?? {};
  if (reg) {
    const problems = registryProblems(reg, current).map((p) => p.message);
    if (problems.length) return { problems };
  }
  const paths = [...current].sort();
  const q = (s: string) => JSON.stringify(s);
  const body = [
    '# Every published content path (language-neutral; the site serves each as /<lang>/<path>/).',
    '# Maintained by `npm run check:content -- --record-published`; see content/README.md.',
    '# A path removed from content needs an entry under redirects (old → successor); ids are never reused.',
    'paths:',
    ...paths.map((p) => `  - ${q(p)}`),
    'redirects:' + (Object.keys(redirects).length ? '' : ' {}'),
    ...Object.entries(redirects)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${q(k)}: ${q(v)}`),
    '',
  ].join('\n');
  writeFileSync(join(root, registryFile), body);
  return { written: paths.length };
}

export const publishedRule: ContentRule = {
  id: RULE,
  description: 'published paths (content/published.yaml) keep working: removed ones need a redirect, retired ones are never reused',
  run({ root, entries }, report) {
    const reg = readRegistry(root);
    if (reg === null) return; // a content folder without a registry (test fixtures) has published nothing
    if ('error' in reg) {
      report(registryFile, RULE, `content/published.yaml cannot be read: ${reg.error}. Check indentation and quotes.`);
      return;
    }
    for (const p of registryProblems(reg, currentPaths(entries))) report(registryFile, RULE, p.message, 'error', p.line);
  },
};
