/**
 * Translation status of the page collections (guides, faq, stories, pages): for every Latvian file,
 * is each translation missing, outdated (the Latvian file changed after the translation was last
 * committed) or still marked as awaiting translation? Used by `npm run check:translations`.
 * These are warnings: a missing translation falls back to the Latvian page with a notice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { pageCollections } from '../../src/schemas/collections.ts';

/** The marker `npm run new` puts into translation files that nobody has translated yet. */
const markers: Partial<Record<Locale, string>> = { en: '[AWAITING TRANSLATION]', ru: '[ОЖИДАЕТ ПЕРЕВОДА]' };
export const awaitingMarker = (lang: Locale): string => markers[lang] ?? '[AWAITING TRANSLATION]';
/** Every marker, whatever the file's language (a Russian file may still hold the English one). */
const allMarkers = [...new Set([...Object.values(markers), '[AWAITING TRANSLATION]'])];

type ProblemKind = 'missing' | 'outdated' | 'awaiting';

interface TranslationProblem {
  /** Path as shown to editors: content/<collection>/<lang>/… */
  file: string;
  lang: Locale;
  kind: ProblemKind;
  fix: string;
}

interface LanguageSummary {
  /** Latvian originals in the page collections. */
  originals: number;
  /** Translations that exist and are neither outdated nor awaiting. */
  upToDate: number;
  missing: number;
  outdated: number;
  awaiting: number;
}

export interface StatusReport {
  problems: TranslationProblem[];
  summary: Record<string, LanguageSummary>;
  /** false when the outdated check was skipped (no git); `note` says why. */
  outdatedChecked: boolean;
  note?: string;
}

/**
 * Commits whose message contains this tag changed only markup (escaping, formatting), not what a
 * page says, so they do not make translations outdated.
 */
const markupOnly = '[markup only]';
/**
 * Commits already on main cannot get `[markup only]` in their message afterwards (main is never
 * rewritten), so a file at the repository root lists them instead, like `.git-blame-ignore-revs`:
 * one full commit hash per line, `#` starts a comment saying why the commit changes no meaning.
 */
export const ignoreRevsFile = '.translation-ignore-revs';

/** The full hashes listed in `.translation-ignore-revs` (none when the file is absent). */
function readIgnoreRevs(repoRoot: string): Set<string> {
  const file = join(repoRoot, ignoreRevsFile);
  if (!existsSync(file)) return new Set();
  const revs = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const rev = line.replace(/#.*/, '').trim();
      if (!rev) return;
      if (!/^[0-9a-f]{40}$/.test(rev))
        throw new Error(
          `${ignoreRevsFile}:${i + 1}: "${rev}" is not a full commit hash; write the 40-character hash (git rev-parse <commit>).`,
        );
      revs.add(rev);
    });
  return revs;
}

/** Last change of a file (absolute path); `null` means unknown. */
export type DateOf = (file: string) => Date | null;

const translationLocales = locales.filter((l) => l !== defaultLocale);

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.mdx') ? [p] : [];
  });
}

/** A date as YYYY-MM-DD, or with the UTC time when the other date falls on the same day. */
const when = (d: Date, other: Date) => {
  const iso = d.toISOString();
  return iso.slice(0, 10) === other.toISOString().slice(0, 10) ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : iso.slice(0, 10);
};

/**
 * A translation is outdated when its Latvian original changed after it: `dateOf(lv) > dateOf(tr)`.
 * Unknown dates (null) never make a file outdated.
 */
export function isOutdated(lvFile: string, trFile: string, dateOf: DateOf): { outdated: boolean; lvDate?: Date; trDate?: Date } {
  const lvDate = dateOf(lvFile);
  const trDate = dateOf(trFile);
  if (!lvDate || !trDate) return { outdated: false };
  return { outdated: lvDate.getTime() > trDate.getTime(), lvDate, trDate };
}

/**
 * `dateOf` backed by git: the committer date of the last commit touching the file
 * (`git log --format='%H %cI' -- <file>`), skipping commits tagged `[markup only]` and those listed in
 * `.translation-ignore-revs`; files that are untracked or have uncommitted changes count
 * as changed "now". Returns null when git or a repository is not available.
 */
function gitDateOf(contentDir: string): DateOf | null {
  const cwd = resolve(contentDir);
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let dirty: Set<string>;
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
    // One status call for the whole folder: modified, staged, added and untracked files count as "now".
    // Porcelain paths are relative to the repository root; with -z a rename ("R"/"C") is followed by its old path.
    dirty = new Set();
    const entries = git(['status', '--porcelain', '-z', '--untracked-files=all', '--', '.']).split('\0');
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.length < 4) continue;
      dirty.add(resolve(top, e.slice(3)));
      if (/^[RC]/.test(e)) i++;
    }
  } catch {
    return null;
  }
  // Outside the try: a malformed list is the editor's error to see, not "git is not available".
  const ignored = readIgnoreRevs(top);
  const now = new Date();
  const cache = new Map<string, Date | null>();
  return (file: string) => {
    const abs = resolve(file);
    if (cache.has(abs)) return cache.get(abs)!;
    let date: Date | null;
    if (dirty.has(abs)) date = now;
    else {
      try {
        const log = git(['log', '--format=%H %cI', '--invert-grep', '--fixed-strings', `--grep=${markupOnly}`, '--', abs]).trim();
        const commits = log ? log.split('\n').map((l) => l.split(' ') as [string, string]) : [];
        const last = commits.find(([hash]) => !ignored.has(hash));
        // never committed: "now"; only ignored commits: the oldest of them (the file's creation still counts)
        const when = last?.[1] ?? commits.at(-1)?.[1];
        date = when ? new Date(when) : now;
      } catch {
        date = null;
      }
    }
    cache.set(abs, date);
    return date;
  };
}

export interface StatusOptions {
  /** Last-change dates; `null` skips the outdated check. Defaults to git (skipped when unavailable). */
  dateOf?: DateOf | null;
}

export function translationStatus(contentDir: string, opts: StatusOptions = {}): StatusReport {
  const root = resolve(contentDir);
  let dateOf: DateOf | null;
  let note: string | undefined;
  if (opts.dateOf !== undefined) {
    dateOf = opts.dateOf;
    if (!dateOf) note = 'outdated check skipped (no dates given).';
  } else {
    dateOf = gitDateOf(root);
    if (!dateOf)
      note = 'git is not available here (or the content folder is not in a git repository): outdated translations were NOT checked.';
  }

  const problems: TranslationProblem[] = [];
  const summary: Record<string, LanguageSummary> = Object.fromEntries(
    translationLocales.map((l) => [l, { originals: 0, upToDate: 0, missing: 0, outdated: 0, awaiting: 0 }]),
  );
  const show = (abs: string) => `content/${relative(root, abs).split('\\').join('/')}`;

  for (const collection of pageCollections) {
    const lvDir = join(root, collection, defaultLocale);
    for (const lvFile of walk(lvDir).sort()) {
      const rel = relative(lvDir, lvFile);
      for (const lang of translationLocales) {
        const s = summary[lang]!;
        s.originals++;
        const trFile = join(root, collection, lang, rel);
        if (!existsSync(trFile)) {
          s.missing++;
          problems.push({
            file: show(trFile),
            lang,
            kind: 'missing',
            fix: `translate ${show(lvFile)} into ${lang} at this path (until then readers get the Latvian page with a notice).`,
          });
          continue;
        }
        let ok = true;
        const text = readFileSync(trFile, 'utf8');
        const marker = allMarkers.find((m) => text.includes(m));
        if (marker) {
          ok = false;
          s.awaiting++;
          problems.push({
            file: show(trFile),
            lang,
            kind: 'awaiting',
            fix: `still marked "${marker}": translate ${show(lvFile)} (title, summary/description, text), copy its sources and remove the marker, or delete this file to fall back to Latvian.`,
          });
        }
        if (dateOf) {
          const o = isOutdated(lvFile, trFile, dateOf);
          if (o.outdated) {
            ok = false;
            s.outdated++;
            problems.push({
              file: show(trFile),
              lang,
              kind: 'outdated',
              fix: `the Latvian original changed ${when(o.lvDate!, o.trDate!)}, this translation last ${when(o.trDate!, o.lvDate!)}: see what changed with \`git log -p -- ${show(lvFile)}\`, update the translation and commit it.`,
            });
          }
        }
        if (ok) s.upToDate++;
      }
    }
  }

  // Programmes keep all languages in one YAML file; report texts still awaiting translation there too.
  const progDir = join(root, 'programmes');
  if (existsSync(progDir)) {
    for (const name of readdirSync(progDir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const text = readFileSync(join(progDir, name), 'utf8');
      for (const lang of translationLocales) {
        const marker = awaitingMarker(lang);
        if (new RegExp(`^\\s*${lang}:\\s*["']?${marker.replace(/[[\]]/g, '\\$&')}`, 'm').test(text)) {
          summary[lang]!.awaiting++;
          problems.push({
            file: show(join(progDir, name)),
            lang,
            kind: 'awaiting',
            fix: `the "${lang}" texts are still marked "${marker}": translate them and remove the marker.`,
          });
        }
      }
    }
  }

  return { problems, summary, outdatedChecked: !!dateOf, note };
}

export function formatReport(report: StatusReport): string {
  const lines = report.problems.map((p) => `${p.file}  ${p.kind}  ${p.fix}`);
  if (lines.length) lines.push('');
  for (const [lang, s] of Object.entries(report.summary)) {
    lines.push(
      `${lang}: ${s.upToDate}/${s.originals} up to date, ${s.missing} missing, ${report.outdatedChecked ? `${s.outdated} outdated` : 'outdated not checked'}, ${s.awaiting} awaiting translation`,
    );
  }
  if (report.note) lines.push(`note: ${report.note}`);
  return lines.join('\n');
}

/** A problem's kind in words for the pull-request summary. */
const kindWords: Record<ProblemKind, string> = {
  missing: 'missing: shown in Latvian with a notice',
  outdated: 'outdated: the Latvian text changed after it',
  awaiting: 'awaiting translation (marker still there)',
};

/**
 * A short Markdown summary for a pull request's job summary: the totals per language and, for the
 * content pages the pull request changes (`changed`: paths like content/faq/lv/x.mdx), the state of
 * each translation. Says plainly that a Latvian-only pull request is fine.
 */
export function formatMarkdown(report: StatusReport, changed: readonly string[] = []): string {
  const langs = Object.keys(report.summary);
  const out = ['### Translation status', ''];
  out.push(`| language | up to date | missing (shown in Latvian) | outdated | awaiting |`, `| --- | --- | --- | --- | --- |`);
  for (const [lang, s] of Object.entries(report.summary)) {
    out.push(
      `| ${lang} | ${s.upToDate}/${s.originals} | ${s.missing} | ${report.outdatedChecked ? s.outdated : 'not checked'} | ${s.awaiting} |`,
    );
  }
  const page = new RegExp(`^content/(${pageCollections.join('|')})/(${locales.join('|')})/(.+\\.mdx)$`);
  const originals = [
    ...new Set(
      changed
        .map((f) => page.exec(f))
        .filter((m) => m !== null)
        .map((m) => `content/${m[1]}/${defaultLocale}/${m[3]}`),
    ),
  ].sort();
  const programmes = [...new Set(changed.filter((f) => /^content\/programmes\/[^/]+\.yaml$/.test(f)))].sort();
  out.push('');
  if (!originals.length && !programmes.length) {
    out.push('This pull request changes no content page.');
  } else {
    out.push(`This pull request changes ${originals.length + programmes.length} content page(s):`, '');
    out.push(`| file (Latvian original) | ${langs.join(' | ')} |`, `| --- |${langs.map(() => ' --- |').join('')}`);
    const state = (file: string, lang: string) => {
      const found = report.problems.filter((p) => p.lang === lang && p.file === file);
      return found.length ? found.map((p) => kindWords[p.kind]).join('; ') : 'up to date';
    };
    for (const lv of originals)
      out.push(`| \`${lv}\` | ${langs.map((l) => state(lv.replace(`/${defaultLocale}/`, `/${l}/`), l)).join(' | ')} |`);
    for (const p of programmes) out.push(`| \`${p}\` | ${langs.map((l) => state(p, l)).join(' | ')} |`);
  }
  out.push(
    '',
    'A pull request in Latvian only is fine: a missing translation is published as the Latvian page with a notice. The deploy (release gate, `npm run check:translations -- --strict`) needs every translation.',
  );
  if (report.note) out.push('', `Note: ${report.note}`);
  return out.join('\n');
}
