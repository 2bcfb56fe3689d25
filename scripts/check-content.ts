/**
 * npm run check:content [-- <content-dir>]
 * Validates every content file and prints every problem at once: file, rule/field, fix.
 * Exits 1 when there is any error.
 */
import { checkContent, formatProblems } from '../src/content-rules/index.ts';

const dir = process.argv[2] ?? process.env.RTL_CONTENT_DIR ?? 'content';
const problems = await checkContent(dir);
const errors = problems.filter((p) => p.level === 'error').length;
if (problems.length) console.log(formatProblems(problems));
console.log(`${errors} error(s), ${problems.length - errors} warning(s) in ${dir}/`);
process.exit(errors ? 1 : 0);
