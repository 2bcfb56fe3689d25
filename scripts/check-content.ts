/**
 * npm run check:content [-- <content-dir>] [--format github]
 * Validates every content file and prints every problem at once: file, rule/field, fix.
 * `--format github` prints GitHub workflow commands, so a pull request shows each problem on its line.
 * Exits 1 when there is any error.
 */
import { checkContent, formatGithub, formatProblems } from '../src/content-rules/index.ts';

const args = process.argv.slice(2);
const formatAt = args.indexOf('--format');
const format = formatAt >= 0 ? args.splice(formatAt, 2)[1] : 'text';
const dir = args[0] ?? process.env.RTL_CONTENT_DIR ?? 'content';
const problems = await checkContent(dir);
const errors = problems.filter((p) => p.level === 'error').length;
if (problems.length) console.log(format === 'github' ? formatGithub(problems) : formatProblems(problems));
console.log(`${errors} error(s), ${problems.length - errors} warning(s) in ${dir}/`);
process.exit(errors ? 1 : 0);
