/**
 * npm run check:translations [-- --strict [--strict-outdated]] [--format markdown [--changed <list>]] [--content <dir>]
 * Lists, for English and Russian, translations that are missing, outdated (the Latvian original was
 * committed after the translation) or still marked "[AWAITING TRANSLATION]" / "[ОЖИДАЕТ ПЕРЕВОДА]".
 * One line per problem: file, kind, fix; then a summary per language.
 *
 * Warnings only (exit 0): a pull request may be Latvian only, and its missing translations are
 * published as Latvian fallbacks. --strict is the release gate (deploy workflow): exit 1 when any
 * page would be a fallback or show a translation marker (missing, awaiting). An outdated translation
 * is still a translation, so it fails only with --strict-outdated as well.
 *
 * --format markdown prints a short summary for a pull request's job summary instead; --changed names
 * a file listing the paths the pull request changes (one per line, e.g. from `git diff --name-only`).
 */
import { readFileSync } from 'node:fs';
import { formatMarkdown, formatReport, translationStatus } from './lib/translation-status.ts';

const argv = process.argv.slice(2);
let strict = false;
let strictOutdated = false;
let markdown = false;
let changedList: string | undefined;
let dir: string | undefined;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--strict') strict = true;
  else if (a === '--strict-outdated') strictOutdated = true;
  else if (a === '--format' && argv[i + 1] === 'markdown') {
    markdown = true;
    i++;
  } else if (a === '--changed') changedList = argv[++i];
  else if (a === '--content') dir = argv[++i];
  else if (a.startsWith('--content=')) dir = a.slice('--content='.length);
  else if (!a.startsWith('-') && !dir) dir = a;
  else {
    console.error(`✗ unknown option ${a}: use --strict, --strict-outdated, --format markdown, --changed <list> and/or --content <dir>.`);
    process.exit(2);
  }
}
dir ??= process.env.RTL_CONTENT_DIR ?? 'content';

const report = translationStatus(dir);
if (markdown) {
  const changed = changedList
    ? readFileSync(changedList, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
  console.log(formatMarkdown(report, changed));
  process.exit(0);
}
console.log(formatReport(report));
const n = report.problems.length;
const failing = strict ? report.problems.filter((p) => p.kind !== 'outdated' || strictOutdated).length : 0;
console.log(
  n === 0
    ? 'All translations are present and up to date.'
    : failing
      ? `${n} translation warning(s); ${failing} fail the release gate (--strict): every page must be translated before a release.`
      : strict
        ? `${n} translation warning(s), all outdated: none fails the release gate (an outdated translation is still published; add --strict-outdated to fail on it).`
        : `${n} translation warning(s); pages without a translation are shown in Latvian with a notice.`,
);
process.exit(failing > 0 ? 1 : 0);
