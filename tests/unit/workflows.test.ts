/**
 * The GitHub workflows a deploy depends on: third-party actions pinned to a commit (a tag can be
 * moved to other code), least-privilege permissions, and the checks running exactly what CI runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(resolve(dir, f), 'utf8') }));

describe('workflows', () => {
  it('pin every action from another repository to a full commit SHA', () => {
    const unpinned = workflows.flatMap(({ file, text }) =>
      [...text.matchAll(/^\s*(?:-\s*)?uses:\s*([^\s#]+)/gm)]
        .map((m) => m[1]!)
        .filter((u) => !u.startsWith('./') && !/@[0-9a-f]{40}$/.test(u))
        .map((u) => `${file}: ${u}`),
    );
    expect(workflows.length).toBeGreaterThan(0);
    expect(unpinned).toEqual([]);
  });

  it('grant only read access by default and write access per job', () => {
    for (const { file, text } of workflows) {
      const wf = parse(text) as { permissions?: Record<string, string> };
      expect(wf.permissions, `${file}: top-level permissions`).toBeDefined();
      expect(
        Object.values(wf.permissions!).filter((v) => v === 'write'),
        `${file}: write at top level`,
      ).toEqual([]);
    }
  });

  it('run the same script as CI in the pull-request checks', () => {
    const checks = workflows.find((w) => w.file === 'checks.yml')!;
    expect(checks.text).toMatch(/run:\s*\.ci\/run/);
  });

  it('deploy only after the translation release gate, which is a real gate (pull requests may be Latvian only)', () => {
    const deploy = parse(workflows.find((w) => w.file === 'deploy.yml')!.text) as {
      jobs: Record<string, { steps?: { name?: string; run?: string; 'continue-on-error'?: boolean }[] }>;
    };
    const steps = deploy.jobs.build!.steps!;
    const gate = steps.findIndex((s) => /check:translations -- --strict\b/.test(s.run ?? ''));
    const build = steps.findIndex((s) => /npm run build\b/.test(s.run ?? ''));
    expect(gate, 'release gate step').toBeGreaterThanOrEqual(0);
    expect(steps[gate]!['continue-on-error'] ?? false).toBe(false);
    expect(gate).toBeLessThan(build);
    const checks = workflows.find((w) => w.file === 'checks.yml')!.text;
    expect(checks).not.toMatch(/check:translations -- --strict/);
  });

  it('give a pull request its translation status in the job summary and keep the built site as an artifact', () => {
    const checks = parse(workflows.find((w) => w.file === 'checks.yml')!.text) as {
      jobs: { test: { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] } };
    };
    const steps = checks.jobs.test.steps;
    expect(steps.some((s) => /check:translations -- --format markdown[\s\S]*>> "\$GITHUB_STEP_SUMMARY"/.test(s.run ?? ''))).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });
});
