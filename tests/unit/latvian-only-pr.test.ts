/**
 * The translation policy for pull requests (README, content/README.md, the PR template): a pull
 * request may add or change Latvian content only; the missing English and Russian pages are
 * published as Latvian fallbacks. Such a pull request must pass the content gate (which the build
 * runs) and the non-strict translation report; only the release gate (`--strict`) asks for the
 * translations. Runs on a copy of the real content with an answer, a story and a guide change
 * added in Latvian only, as an editor's pull request would.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { translationStatus } from '../../scripts/lib/translation-status.ts';
import { repoRoot } from './helpers.ts';

let dir: string;
const answer = 'faq/lv/latvian-only-pr-answer.mdx';
const story = 'stories/lv/latvian-only-pr-story.mdx';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rtl-lv-only-'));
  cpSync(join(repoRoot, 'content'), dir, { recursive: true });
  // A new answer, cited like every answer, with no English or Russian file.
  writeFileSync(
    join(dir, answer),
    `---
id: latvian-only-pr-answer
title: Vai dzīvesvietu Latvijā var deklarēt jau pirms atgriešanās?
summary: Kopš 2021. gada ārzemēs dzīvojošie var deklarēt vienu papildu adresi Latvijā.
category: residence
reviewed: 2026-12-04
sources: ["001:2883-2886"]
topics: []
municipalities: []
institutions: []
---
## Papildu adrese

Kopš 2021. gada diasporas pārstāvji blakus ārvalstu adresei var norādīt vienu papildu adresi Latvijā <Cite src="001:2883-2886" />.
`,
  );
  // A new story: an existing Latvian story under a new slug, again without translations.
  const existing = readFileSync(join(repoRoot, 'content/stories/lv/cesis-photo-studio.mdx'), 'utf8');
  writeFileSync(join(dir, story), existing.replace(/^title: (.*)$/m, 'title: Otrs stāsts — $1'));
  // A change to a Latvian guide that its translations do not have yet.
  appendFileSync(
    join(dir, 'guides/lv/adazu-novads/housing.mdx'),
    '\nPašvaldības mājokļu rindu un nosacījumus vaicājiet Ādažu novada pašvaldībai.\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

describe('a pull request in Latvian only', () => {
  it('passes the content gate the build runs: no error for the missing translations', async () => {
    const errors = (await checkContent(dir)).filter((p) => p.level === 'error');
    expect(errors.map((p) => `${p.file} ${p.rule}: ${p.message}`)).toEqual([]);
  }, 120_000);

  it('is reported as missing translations, as warnings, by npm run check:translations', () => {
    const report = translationStatus(dir, { dateOf: null });
    const missing = report.problems.filter((p) => p.kind === 'missing').map((p) => p.file);
    for (const lang of ['en', 'ru']) {
      expect(missing).toContain(`content/${answer.replace('/lv/', `/${lang}/`)}`);
      expect(missing).toContain(`content/${story.replace('/lv/', `/${lang}/`)}`);
    }
    const { code, out } = run('scripts/translation-status.ts', '--content', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/shown in Latvian with a notice/);
  });

  it('fails only the release gate, --strict, naming the missing files', () => {
    const { code, out } = run('scripts/translation-status.ts', '--strict', '--content', dir);
    expect(code).toBe(1);
    expect(out).toContain(`content/${answer.replace('/lv/', '/en/')}`);
  });
});
