/**
 * `npm run check:content` as an editor or a pull-request check meets it: exit code, plain messages
 * without stack traces, and GitHub annotations on the file and line with --format github.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, repoRoot } from './helpers.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rtl-cli-'));
  cpSync(join(fixtures, 'content-base'), dir, { recursive: true });
  cpSync(join(fixtures, 'hostile', 'expr-exec'), dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runIn(dir, ...args);
const runIn = (contentDir: string, ...args: string[]) => {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, ['scripts/check-content.ts', contentDir, ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

describe('check:content command', () => {
  it('exits 1 on hostile content, naming file, line and rule, without a stack trace', () => {
    const { code, out } = run();
    expect(code).toBe(1);
    expect(out).toMatch(/content\/guides\/lv\/liepaja\/housing\.mdx:\d+\n\s+mdx-allowlist: /);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('prints GitHub workflow annotations with --format github', () => {
    const { code, out } = run('--format', 'github');
    expect(code).toBe(1);
    expect(out).toMatch(/^::error file=content\/guides\/lv\/liepaja\/housing\.mdx,line=\d+,title=mdx-allowlist::.+/m);
  });

  it('puts each annotation on the line of the field or citation at fault, and --changed keeps only the changed files', () => {
    const broken = mkdtempSync(join(tmpdir(), 'rtl-cli-lines-'));
    try {
      cpSync(join(fixtures, 'content-base'), broken, { recursive: true });
      const file = join(broken, 'guides/lv/liepaja/overview.mdx');
      // An editor's typical slips: a wrong date format in a field, a citation written without its document.
      const text = readFileSync(file, 'utf8')
        .replace(/^reviewed: .*$/m, 'reviewed: 22.11.2026')
        .replace('<Cite src="001:1537" />', 'Vēl viens teikums.\n\nUn vēl <Cite src="1537" />');
      writeFileSync(file, text);
      const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      const all = runIn(broken, '--format', 'github');
      expect(all.code).toBe(1);
      expect(all.out).toContain(
        `::error file=content/guides/lv/liepaja/overview.mdx,line=${lineOf('reviewed:')},title=schema%3Areviewed::`,
      );
      expect(all.out).toContain(`::error file=content/guides/lv/liepaja/overview.mdx,line=${lineOf('src="1537"')},title=cite-format::`);

      // The same errors seen from a pull request that changed only another file: nothing annotated, still failing.
      const list = join(broken, 'changed.txt');
      writeFileSync(list, 'content/stories/lv/fixture-story.mdx\n');
      const other = runIn(broken, '--format', 'github', '--changed', list);
      expect(other.code).toBe(1);
      expect(other.out).not.toContain('::error');
      expect(other.out).toMatch(/\(0 in the 1 changed file\(s\) shown\)/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('exits 0 on the clean fixture', () => {
    const clean = mkdtempSync(join(tmpdir(), 'rtl-cli-clean-'));
    try {
      cpSync(join(fixtures, 'content-base'), clean, { recursive: true });
      expect(execFileSync(process.execPath, ['scripts/check-content.ts', clean], { cwd: repoRoot, encoding: 'utf8' })).toMatch(
        /^0 error\(s\)/m,
      );
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
