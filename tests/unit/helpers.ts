import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixtures = join(repoRoot, 'tests/fixtures');

/** A temporary content folder: the valid base plus the files of one bad-content case on top. */
export function contentWith(badCase?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rtl-content-'));
  cpSync(join(fixtures, 'content-base'), dir, { recursive: true });
  if (badCase) cpSync(join(fixtures, 'bad-content', badCase), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
