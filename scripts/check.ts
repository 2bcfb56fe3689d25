/**
 * npm run check — every editorial check, all problems at once, each as file, rule, fix:
 *   content rules (src/content-rules/: schemas, slug parity, sources, internal links in MDX, safety, freshness),
 *   translation status (missing / outdated by git dates / awaiting), and — when dist/ exists —
 *   html-validate and linkinator over the built site. Exits 1 on any error; warnings do not fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { checkContent, formatProblems, rules } from '../src/content-rules/index.ts';
import { formatReport, translationStatus } from './lib/translation-status.ts';

const dir = process.env.RTL_CONTENT_DIR ?? 'content';
const summary: string[] = [];
let failed = false;

console.log('Content rules:');
for (const r of rules) console.log(`  · ${r.id}: ${r.description}`);
const problems = await checkContent(dir);
const errors = problems.filter((p) => p.level === 'error');
if (problems.length) console.log(`\n${formatProblems(problems)}`);
summary.push(`${errors.length ? '✗' : '✓'} content rules: ${errors.length} error(s), ${problems.length - errors.length} warning(s)`);
failed ||= errors.length > 0;

const translations = translationStatus(dir);
if (translations.problems.length) console.log(`\nTranslations:\n${formatReport(translations)}`);
summary.push(`! translation status: ${translations.problems.length} warning(s)`);

if (existsSync('dist/index.html')) {
  for (const [name, args] of [
    ['valid HTML (html-validate)', ['html-validate', 'dist/**/*.html']],
    ['links and anchors (linkinator, npm run links)', ['npm', 'run', '-s', 'links']],
  ] as const) {
    console.log(`\n${name}:`);
    const [cmd, ...rest] = args[0] === 'npm' ? args : ['npx', ...args];
    const r = spawnSync(cmd!, rest, { stdio: 'inherit' });
    summary.push(`${r.status === 0 ? '✓' : '✗'} ${name}`);
    failed ||= r.status !== 0;
  }
} else {
  summary.push('· built-site checks skipped: run `npm run build` first to include html-validate and linkinator');
}

console.log(`\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
