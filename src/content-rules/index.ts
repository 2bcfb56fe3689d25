/**
 * Runs every content rule (rules/, one module per rule) in one pass and reports all problems
 * at once — Astro stops at the first one. Used by `npm run check:content`, `npm run check` and the
 * build (src/integrations/content-gate.ts). Each problem names the file, the field or rule, and the fix.
 */
import { resolve } from 'node:path';
import { faqUniqueIdRule } from './rules/faq-unique-id.ts';
import { programmeEndedRule, staleFactsRule } from './rules/freshness.ts';
import { loadEntries } from './load.ts';
import { locateProblems } from './locate.ts';
import { mdxLinksRule } from './rules/mdx-links.ts';
import { mdxAllowlistRule } from './rules/mdx-allowlist.ts';
import { pagesRule } from './rules/pages.ts';
import { programmeRunningRule } from './rules/programme-running.ts';
import { publishedRule } from './rules/published.ts';
import { plainTextRule } from './rules/plain-text.ts';
import { regionMembersRule } from './rules/region-members.ts';
import { schemaRule } from './rules/schema.ts';
import { sourcesRule } from './rules/sources.ts';
import { stepFaqRule } from './rules/step-faq.ts';
import { terminologyRule } from './rules/terminology.ts';
import { webSourcesRule } from './rules/web-sources.ts';
import type { CheckContext, ContentRule, Problem, Report } from './types.ts';
import { collectionNames, type CollectionName } from '../schemas/collections.ts';

export type { Problem } from './types.ts';

export const rules: ContentRule[] = [
  schemaRule,
  pagesRule,
  faqUniqueIdRule,
  regionMembersRule,
  sourcesRule,
  stepFaqRule,
  mdxAllowlistRule,
  plainTextRule,
  mdxLinksRule,
  staleFactsRule,
  programmeEndedRule,
  programmeRunningRule,
  publishedRule,
  terminologyRule,
  webSourcesRule,
];

export async function checkContent(contentDir: string, options: { now?: Date } = {}): Promise<Problem[]> {
  const root = resolve(contentDir);
  const problems: Problem[] = [];
  const report: Report = (file, rule, message, level = 'error', line) =>
    problems.push({ level, file: `content/${file}`, rule, message, ...(line ? { line } : {}) });
  const entries = loadEntries(root, report);
  const ids = new Map<CollectionName, Set<string>>();
  for (const c of collectionNames) ids.set(c, new Set(entries.filter((e) => e.collection === c).map((e) => e.id)));
  const ctx: CheckContext = { root, entries, ids, now: options.now ?? new Date() };
  for (const rule of rules) rule.run(ctx, report);
  const seen = new Set<string>();
  return locateProblems(problems, root).filter((p) => {
    const key = `${p.file}\u0000${p.rule}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.level === 'error' ? '✗' : '!'} ${p.file}${p.line ? `:${p.line}` : ''}\n    ${p.rule}: ${p.message}`)
    .join('\n');
}

/** GitHub workflow commands: each problem becomes an annotation on its file (and line) in a pull request. */
export function formatGithub(problems: Problem[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map(
      (p) =>
        `::${p.level === 'error' ? 'error' : 'warning'} file=${prop(p.file)}${p.line ? `,line=${p.line}` : ''},title=${prop(p.rule)}::${esc(p.message)}`,
    )
    .join('\n');
}
