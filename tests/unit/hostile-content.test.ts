/**
 * Red-team suite: every hostile input in tests/fixtures/hostile/ (a pull request an attacker could
 * send) is refused by the content rules — the same rules the build runs — with a message that names
 * the file and the rule and tells an editor what to do, in plain words.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { fixtures } from './helpers.ts';

interface Case {
  vector: string;
  file: string;
  rule: string;
  mentions: string;
  grow?: number;
}
const hostile = join(fixtures, 'hostile');
const cases = JSON.parse(readFileSync(join(hostile, 'cases.json'), 'utf8')) as Record<string, Case>;

describe('hostile content', () => {
  it('has at least 40 cases, each with a fixture folder, and no folder without a case', () => {
    const folders = readdirSync(hostile, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders.length).toBeGreaterThanOrEqual(40);
    expect(folders).toEqual(Object.keys(cases).sort());
  });

  for (const [name, c] of Object.entries(cases)) {
    it(`refuses ${name}: ${c.vector}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rtl-hostile-'));
      try {
        cpSync(join(fixtures, 'content-base'), dir, { recursive: true });
        cpSync(join(hostile, name), dir, { recursive: true });
        if (c.grow) appendFileSync(join(dir, c.file), `\n${'Garš teksts bez nozīmes. '.repeat(Math.ceil(c.grow / 24))}\n`);
        const errors = (await checkContent(dir)).filter((p) => p.level === 'error');
        const hit = errors.find((p) => p.file === `content/${c.file}` && p.rule === c.rule && p.message.includes(c.mentions));
        expect(hit, `errors were:\n${errors.map((p) => `${p.file} ${p.rule}: ${p.message}`).join('\n')}`).toBeDefined();
        for (const p of errors) {
          expect(p.message).not.toMatch(/\n\s+at |dist\/|Invalid input|Expected [a-z]+, received/);
          expect(p.message.length).toBeGreaterThan(30); // says what to do, not just what broke
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
