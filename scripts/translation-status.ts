/**
 * npm run check:translations [-- --strict] [-- --content <dir>]
 * Lists, for English and Russian, translations that are missing, outdated (the Latvian original was
 * committed after the translation) or still marked "[AWAITING TRANSLATION]" / "[ОЖИДАЕТ ПЕРЕВОДА]".
 * One line per problem: file, kind, fix; then a summary per language.
 * Warnings only (exit 0), unless --strict is given (exit 1 when anything is listed).
 */
import { formatReport, translationStatus } from './lib/translation-status.ts';

const argv = process.argv.slice(2);
let strict = false;
let dir: string | undefined;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--strict') strict = true;
  else if (a === '--content') dir = argv[++i];
  else if (a.startsWith('--content=')) dir = a.slice('--content='.length);
  else if (!a.startsWith('-') && !dir) dir = a;
  else {
    console.error(`✗ unknown option ${a}: use --strict and/or --content <dir>.`);
    process.exit(2);
  }
}
dir ??= process.env.RTL_CONTENT_DIR ?? 'content';

const report = translationStatus(dir);
console.log(formatReport(report));
const n = report.problems.length;
console.log(
  n === 0
    ? 'All translations are present and up to date.'
    : `${n} translation warning(s)${strict ? ' (--strict: failing)' : '; pages without a translation are shown in Latvian with a notice'}.`,
);
process.exit(strict && n > 0 ? 1 : 0);
