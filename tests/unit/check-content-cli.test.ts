/**
 * `npm run check:content` as an editor or a pull-request check meets it: exit code, plain messages
 * without stack traces, and GitHub annotations on the file and line with --format github.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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

const run = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/check-content.ts', dir, ...args], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' }) };
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

  it('exits 0 on the clean fixture', () => {
    const clean = mkdtempSync(join(tmpdir(), 'rtl-cli-clean-'));
    try {
      cpSync(join(fixtures, 'content-base'), clean, { recursive: true });
      expect(execFileSync(process.execPath, ['scripts/check-content.ts', clean], { cwd: repoRoot, encoding: 'utf8' })).toMatch(/^0 error\(s\)/m);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
