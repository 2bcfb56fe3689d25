/**
 * Every bad-content fixture is rejected with a message that names the file, the field or rule,
 * and tells the editor what to do. All problems are reported in one run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/content-rules/index.ts';
import { contentWith, fixtures } from './helpers.ts';

async function problemsFor(badCase?: string): Promise<Problem[]> {
  const { dir, cleanup } = contentWith(badCase);
  try {
    return (await checkContent(dir)).filter((p) => p.level === 'error');
  } finally {
    cleanup();
  }
}

/** What each case must produce: the file, the rule (schema:<field> for schema errors), words of the fix. */
const expectations: Record<string, { file: string; rule: string; mentions: RegExp }> = {
  'missing-field': { file: 'guides/lv/liepaja/housing.mdx', rule: 'schema:description', mentions: /description.*required/i },
  'wrong-enum': { file: 'guides/lv/liepaja/housing.mdx', rule: 'schema:topic', mentions: /overview, housing, schools, jobs, grants/ },
  'malformed-date': { file: 'guides/lv/liepaja/housing.mdx', rule: 'schema:reviewed', mentions: /not a real calendar date/ },
  'unknown-municipality': {
    file: 'stories/lv/fixture-story.mdx',
    rule: 'schema:municipality',
    mentions: /"atlantida" is not an entry in content\/municipalities\//,
  },
  'image-without-alt': { file: 'stories/lv/fixture-story.mdx', rule: 'schema:cover.alt', mentions: /describe the picture/ },
  'duplicate-faq-id': {
    file: 'faq/lv/register-residence.mdx',
    rule: 'faq-duplicate-id',
    mentions: /already used by content\/faq\/lv\/declare-residence\.mdx/,
  },
  'no-latvian-twin': { file: 'guides/en/liepaja/jobs.mdx', rule: 'latvian-twin', mentions: /add the Latvian file first/ },
  'fact-without-source': { file: 'municipalities/liepaja.yaml', rule: 'schema:facts[0].source', mentions: /source reference is required/ },
  'cite-not-listed': { file: 'guides/lv/liepaja/housing.mdx', rule: 'cite-listed', mentions: /"001:999" is missing from "sources"/ },
  'unknown-field': { file: 'guides/lv/liepaja/housing.mdx', rule: 'schema:(whole entry)', mentions: /unknown field\(s\) "descripton"/ },
  'unsafe-mdx': { file: 'guides/lv/liepaja/housing.mdx', rule: 'mdx-allowlist', mentions: /<script> is not allowed in content/ },
  'missing-consent': { file: 'stories/lv/fixture-story.mdx', rule: 'schema:consent', mentions: /"consent" is required/ },
  'unknown-document': { file: 'guides/lv/liepaja/housing.mdx', rule: 'source-exists', mentions: /document "009"/ },
  'region-mismatch': {
    file: 'municipalities/liepaja.yaml',
    rule: 'schema:region',
    mentions: /"vidzeme" is not an entry in content\/regions\//,
  },
  'broken-mdx-link': {
    file: 'guides/lv/liepaja/housing.mdx',
    rule: 'mdx-links',
    mentions: /"\/lv\/faq\/no-such-answer\/" leads to no page/,
  },
  'step-unknown-faq': {
    file: 'steps/declare.yaml',
    rule: 'faq-exists',
    mentions: /"no-such-answer", but there is no content\/faq\/lv\/no-such-answer\.mdx/,
  },
  'wrong-guide-path': {
    file: 'guides/lv/liepaja/schools.mdx',
    rule: 'guide-path',
    mentions: /topic "schools" but the frontmatter says "jobs"/,
  },
};

describe('content checks', () => {
  it('accept the valid fixture site', async () => {
    expect(await problemsFor()).toEqual([]);
  });

  it('have an expectation for every bad-content fixture (and at least 10 fixtures)', () => {
    const cases = readdirSync(join(fixtures, 'bad-content')).sort();
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases).toEqual(Object.keys(expectations).sort());
  });

  for (const [badCase, want] of Object.entries(expectations)) {
    it(`reject "${badCase}" naming file, field and fix`, async () => {
      const problems = await problemsFor(badCase);
      const match = problems.find((p) => p.file === `content/${want.file}` && p.rule === want.rule);
      expect(match, `problems were:\n${problems.map((p) => `${p.file} ${p.rule}: ${p.message}`).join('\n')}`).toBeDefined();
      expect(match!.message).toMatch(want.mentions);
    });
  }

  it('report every problem at once, not only the first', async () => {
    const { dir, cleanup } = contentWith('missing-field');
    try {
      const { cpSync } = await import('node:fs');
      cpSync(join(fixtures, 'bad-content', 'unknown-municipality'), dir, { recursive: true });
      const files = new Set((await checkContent(dir)).map((p) => p.file));
      expect(files).toContain('content/guides/lv/liepaja/housing.mdx');
      expect(files).toContain('content/stories/lv/fixture-story.mdx');
    } finally {
      cleanup();
    }
  });

  it('link to another language is reported too (readers should stay in their language)', async () => {
    const problems = await problemsFor('broken-mdx-link');
    expect(problems.some((p) => p.rule === 'mdx-links' && /another language/.test(p.message))).toBe(true);
  });

  it('warn (without failing) about figures older than 24 months and programmes that have ended', async () => {
    const { dir, cleanup } = contentWith();
    try {
      const late = await checkContent(dir, { now: new Date('2026-11-22T00:00:00Z') });
      expect(late.filter((p) => p.level === 'error')).toEqual([]);
      expect(late.find((p) => p.rule === 'stale-facts')?.file).toBe('content/municipalities/liepaja.yaml');
      expect(late.find((p) => p.rule === 'programme-ended')?.file).toBe('content/programmes/fixture-grant.yaml');
      const early = await checkContent(dir, { now: new Date('2023-06-01T00:00:00Z') });
      expect(early.filter((p) => p.rule === 'stale-facts' && p.file.includes('municipalities'))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('pass on the real content', async () => {
    const problems = (await checkContent('content')).filter((p) => p.level === 'error');
    expect(problems.map((p) => `${p.file} ${p.rule}: ${p.message}`)).toEqual([]);
  });
});
