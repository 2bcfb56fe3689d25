/**
 * npm run check:content [-- <content-dir>] [--format github] [--record-published]
 * Validates every content file and prints every problem at once: file, rule/field, fix.
 * `--format github` prints GitHub workflow commands, so a pull request shows each problem on its line.
 * `--changed <file>` (a list of changed paths, one per line) prints only the problems of those files, so a
 * pull request's annotations are about what it changed (GitHub shows at most 10 warnings per step); the
 * exit code still counts every error.
 * `--record-published` rewrites content/published.yaml's `paths:` with every path the content publishes
 * now (refused while a published path would vanish without a redirect).
 * Exits 1 when there is any error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent, formatGithub, formatProblems } from '../src/content-rules/index.ts';
import { loadEntries } from '../src/content-rules/load.ts';
import { recordPublished } from '../src/content-rules/rules/published.ts';

const args = process.argv.slice(2);
const formatAt = args.indexOf('--format');
const format = formatAt >= 0 ? args.splice(formatAt, 2)[1] : 'text';
const changedAt = args.indexOf('--changed');
const changedList = changedAt >= 0 ? args.splice(changedAt, 2)[1] : undefined;
const recordAt = args.indexOf('--record-published');
if (recordAt >= 0) args.splice(recordAt, 1);
const dir = args[0] ?? process.env.RTL_CONTENT_DIR ?? 'content';
if (recordAt >= 0) {
  const result = recordPublished(
    resolve(dir),
    loadEntries(resolve(dir), () => {}),
  );
  if ('problems' in result) {
    console.log(`Not recorded:\n${result.problems.map((p) => `  ✗ ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${dir}/published.yaml: ${result.written} published paths recorded.`);
}
const problems = await checkContent(dir);
const errors = problems.filter((p) => p.level === 'error').length;
const changed =
  changedList === undefined
    ? undefined
    : new Set(
        readFileSync(changedList, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      );
const shown = changed ? problems.filter((p) => changed.has(p.file)) : problems;
if (shown.length) console.log(format === 'github' ? formatGithub(shown) : formatProblems(shown));
console.log(
  `${errors} error(s), ${problems.length - errors} warning(s) in ${dir}/${changed ? ` (${shown.length} in the ${changed.size} changed file(s) shown)` : ''}`,
);
process.exit(errors ? 1 : 0);
