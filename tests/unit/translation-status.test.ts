/** npm run check:translations: missing, outdated (via an injected dateOf) and awaiting translations. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMarkdown, formatReport, ignoreRevsFile, isOutdated, translationStatus } from '../../scripts/lib/translation-status.ts';
import type { DateOf } from '../../scripts/lib/translation-status.ts';
import { scaffold } from '../../scripts/new.ts';
import { contentWith } from './helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = contentWith()));
afterEach(() => cleanup());

/** Every file dated 2026-10-01 except the ones listed. */
const datesFrom =
  (root: string, dates: Record<string, string>): DateOf =>
  (file) => {
    for (const [rel, d] of Object.entries(dates)) if (resolve(file) === resolve(root, rel)) return new Date(d);
    return new Date('2026-10-01T10:00:00Z');
  };

/** The fixture site with every translation present, so that nothing is missing. */
function complete() {
  const write = (to: string, text: string) => {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    writeFileSync(join(dir, to), text);
  };
  write(
    'faq/ru/declare-residence.mdx',
    '---\nid: declare-residence\ntitle: Как задекларировать место жительства?\nsummary: x\ncategory: residence\nreviewed: 2026-11-22\nsources: ["gk:pmlp"]\n---\nТекст.\n',
  );
  write('guides/en/liepaja/housing.mdx', '---\ntitle: Housing\n---\nText.\n');
  write('guides/ru/liepaja/housing.mdx', '---\ntitle: Жильё\n---\nТекст.\n');
  write('stories/ru/fixture-story.mdx', '---\ntitle: История\n---\nТекст.\n');
}

describe('translation status', () => {
  it('lists missing translations per language', () => {
    const report = translationStatus(dir, { dateOf: null });
    const missing = report.problems
      .filter((p) => p.kind === 'missing')
      .map((p) => p.file)
      .sort();
    expect(missing).toEqual([
      'content/faq/ru/declare-residence.mdx',
      'content/guides/en/liepaja/housing.mdx',
      'content/guides/ru/liepaja/housing.mdx',
      'content/stories/ru/fixture-story.mdx',
    ]);
    expect(report.summary.en).toMatchObject({ originals: 4, missing: 1, upToDate: 3 });
    expect(report.summary.ru).toMatchObject({ originals: 4, missing: 3, upToDate: 1 });
    expect(report.problems.find((p) => p.kind === 'missing')!.fix).toMatch(/^translate content\/.*\/lv\//);
  });

  it('flags a translation as outdated when the Latvian file changed after it (fake dateOf)', () => {
    complete();
    const report = translationStatus(dir, {
      dateOf: datesFrom(dir, {
        'guides/lv/liepaja/overview.mdx': '2026-11-20T10:00:00Z',
        'faq/ru/declare-residence.mdx': '2026-09-01T00:00:00Z',
      }),
    });
    const outdated = report.problems
      .filter((p) => p.kind === 'outdated')
      .map((p) => p.file)
      .sort();
    expect(outdated).toEqual([
      'content/faq/ru/declare-residence.mdx', // translation older than its original (2026-10-01)
      'content/guides/en/liepaja/overview.mdx',
      'content/guides/ru/liepaja/overview.mdx',
    ]);
    const line = formatReport(report)
      .split('\n')
      .find((l) => l.startsWith('content/guides/en/liepaja/overview.mdx'))!;
    expect(line).toMatch(
      /^content\/guides\/en\/liepaja\/overview\.mdx {2}outdated {2}the Latvian original changed 2026-11-20, this translation last 2026-10-01/,
    );
    expect(report.summary.en).toMatchObject({ outdated: 1, missing: 0, upToDate: 3 });
    expect(report.summary.ru).toMatchObject({ outdated: 2, missing: 0, upToDate: 2 });
  });

  it('isOutdated: newer original is outdated, same or older is not, unknown dates never are', () => {
    const d = (s: string | null) => () => (s ? new Date(s) : null);
    const by =
      (lv: string | null, tr: string | null): DateOf =>
      (f) =>
        f === 'lv' ? d(lv)() : d(tr)();
    expect(isOutdated('lv', 'tr', by('2026-11-02', '2026-11-01')).outdated).toBe(true);
    expect(isOutdated('lv', 'tr', by('2026-11-01', '2026-11-01')).outdated).toBe(false);
    expect(isOutdated('lv', 'tr', by('2026-10-01', '2026-11-01')).outdated).toBe(false);
    expect(isOutdated('lv', 'tr', by(null, '2026-11-01')).outdated).toBe(false);
  });

  it('flags translation files and programme texts still marked as awaiting translation', () => {
    complete();
    scaffold('faq', ['moving-pets', 'housing'], { contentDir: dir });
    scaffold('programme', ['test-grant', 'national'], { contentDir: dir });
    const report = translationStatus(dir, { dateOf: () => new Date('2026-11-22T00:00:00Z') });
    const awaiting = report.problems
      .filter((p) => p.kind === 'awaiting')
      .map((p) => `${p.file} ${p.lang}`)
      .sort();
    expect(awaiting).toEqual([
      'content/faq/en/moving-pets.mdx en',
      'content/faq/ru/moving-pets.mdx ru',
      'content/programmes/test-grant.yaml en',
      'content/programmes/test-grant.yaml ru',
    ]);
    expect(report.problems.find((p) => p.file === 'content/faq/ru/moving-pets.mdx')!.fix).toMatch(/\[ОЖИДАЕТ ПЕРЕВОДА\]/);
    expect(report.problems.filter((p) => p.kind !== 'awaiting')).toEqual([]);
  });

  it('reports nothing when every translation exists, is newer and is translated', () => {
    complete();
    const report = translationStatus(dir, { dateOf: datesFrom(dir, {}) });
    expect(report.problems).toEqual([]);
    expect(report.outdatedChecked).toBe(true);
    expect(report.summary.en).toEqual({ originals: 4, upToDate: 4, missing: 0, outdated: 0, awaiting: 0 });
    expect(formatReport(report)).toMatch(/^en: 4\/4 up to date, 0 missing, 0 outdated, 0 awaiting translation$/m);
  });

  it('says so when the outdated check cannot run', () => {
    rmSync(join(dir, 'guides/ru/liepaja/overview.mdx'));
    const report = translationStatus(dir, { dateOf: null });
    expect(report.outdatedChecked).toBe(false);
    expect(formatReport(report)).toMatch(/outdated not checked/);
    expect(formatReport(report)).toMatch(/^note: /m);
  });
});

describe('pull-request summary (--format markdown)', () => {
  it('names each changed page with the state of each translation, and totals per language', () => {
    const report = translationStatus(dir, { dateOf: null });
    const md = formatMarkdown(report, ['content/faq/lv/declare-residence.mdx', 'content/guides/en/liepaja/overview.mdx', 'README.md']);
    const rows = md.split('\n').filter((l) => l.startsWith('| `content/'));
    expect(rows).toEqual([
      '| `content/faq/lv/declare-residence.mdx` | up to date | missing: shown in Latvian with a notice |',
      '| `content/guides/lv/liepaja/overview.mdx` | up to date | up to date |',
    ]);
    expect(md).toMatch(/^\| en \| 3\/4 \| 1 \| not checked \| 0 \|$/m);
    expect(md).toMatch(/^\| ru \| 1\/4 \| 3 \| not checked \| 0 \|$/m);
  });

  it('says when a pull request changes no content page', () => {
    expect(formatMarkdown(translationStatus(dir, { dateOf: null }), ['src/pages/index.astro'])).toContain('changes no content page');
  });
});

describe('translation status from git history', () => {
  /** Commits everything in the content folder (a repository of its own) on the given day; returns the hash. */
  const commit = (message: string, day: string) => {
    const env = { ...process.env, GIT_AUTHOR_DATE: `${day}T10:00:00Z`, GIT_COMMITTER_DATE: `${day}T10:00:00Z` };
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@localhost', ...args], { cwd: dir, env, encoding: 'utf8' });
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  const outdated = () =>
    translationStatus(dir)
      .problems.filter((p) => p.kind === 'outdated')
      .map((p) => p.file)
      .sort();
  const editLatvian = (text: string) => appendFileSync(join(dir, 'guides/lv/liepaja/overview.mdx'), `\n${text}\n`);

  beforeEach(() => {
    complete();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    commit('All pages translated', '2026-10-01');
  });

  it('a later change to the Latvian original makes both translations outdated', () => {
    editLatvian('Jauns teikums.');
    commit('Liepāja: a new sentence', '2026-11-20');
    expect(outdated()).toEqual(['content/guides/en/liepaja/overview.mdx', 'content/guides/ru/liepaja/overview.mdx']);
  });

  it('a commit tagged [markup only] or listed in .translation-ignore-revs does not', () => {
    editLatvian('2022\\. gadā.');
    commit('Escape a year [markup only]', '2026-11-20');
    editLatvian('“Pēdiņas”.');
    const typography = commit('Typographic quotes', '2026-11-21');
    expect(outdated()).toHaveLength(2); // the second commit is not tagged: it counts
    writeFileSync(join(dir, ignoreRevsFile), `# typography only\n${typography}\n`);
    commit('List the typography commit', '2026-11-22');
    expect(outdated()).toEqual([]);
    editLatvian('Jauns teikums.');
    commit('Liepāja: a new sentence', '2026-11-23');
    expect(outdated()).toHaveLength(2); // a real change after an ignored one still counts
  });

  it('refuses a list entry that is not a full commit hash, naming the file and line', () => {
    writeFileSync(join(dir, ignoreRevsFile), '# why\nca4ac30\n');
    commit('Abbreviated hash', '2026-11-20');
    expect(() => translationStatus(dir)).toThrow(/\.translation-ignore-revs:2: "ca4ac30" is not a full commit hash/);
  });
});
