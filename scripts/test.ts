/**
 * npm test: every check and test suite in order, then one closing line "N passed, N failed".
 * Static checks count as one test each; vitest and Playwright report their own counts.
 * Set SKIP_BUILD=1 to reuse an existing dist/ (and fixture build) while iterating.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string;
  args: string[];
  counts?: () => { passed: number; failed: number };
  /** How many tests the runner holds, for reporting them as not run. */ list?: () => number;
}

const vitestJson = 'test-results/vitest.json';
const playwrightJson = 'test-results/playwright.json';

function playwrightCounts() {
  const r = JSON.parse(readFileSync(playwrightJson, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + r.stats.skipped };
}
function vitestCounts() {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests + r.numPendingTests + r.numTodoTests };
}

/** Test counts without running them, so a runner that cannot run still shows its tests as not run. */
function listed(cmd: string, args: string[], parse: (out: string) => number): number {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  try {
    return Math.max(parse(r.stdout ?? ''), 1);
  } catch {
    return 1;
  }
}
const vitestList = () =>
  listed(
    'npx',
    ['vitest', 'list', '--config', 'tests/vitest.config.ts', '--json'],
    (out) => (JSON.parse(out.slice(out.search(/^\[/m))) as unknown[]).length,
  );
const playwrightList = () =>
  listed('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts', '--list'], (out) =>
    Number(/Total: (\d+) tests?/.exec(out)![1]),
  );

const build: Step[] = process.env.SKIP_BUILD
  ? []
  : [
      { name: 'build the site (content gate, three languages, search index)', cmd: 'npm', args: ['run', 'build'] },
      { name: 'build the fixture site (deliberately untranslated page)', cmd: 'npm', args: ['run', 'build:fixture'] },
    ];

const steps: Step[] = [
  { name: 'content rules (npm run check:content)', cmd: 'npm', args: ['run', 'check:content'] },
  { name: 'types (astro check)', cmd: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint (ESLint: typescript-eslint, Astro plugin, import boundaries)', cmd: 'npm', args: ['run', 'lint'] },
  { name: 'formatting (Prettier --check over .ts/.js/.mjs/.json/.css)', cmd: 'npm', args: ['run', 'format:check'] },
  ...build,
  {
    name: 'unit and component tests (vitest)',
    cmd: 'npx',
    args: ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`],
    counts: vitestCounts,
    list: vitestList,
  },
  { name: 'valid HTML (html-validate over dist/)', cmd: 'npx', args: ['html-validate', 'dist/**/*.html'] },
  { name: 'no broken internal link or anchor (linkinator over dist/)', cmd: 'npm', args: ['run', 'links'] },
  {
    name: 'browser tests and axe (Playwright, Debian Chromium)',
    cmd: 'npx',
    args: ['playwright', 'test', '--config', 'tests/playwright.config.ts'],
    counts: playwrightCounts,
    list: playwrightList,
  },
];

let passed = 0;
let failed = 0;
const summary: string[] = [];
rmSync('test-results', { recursive: true, force: true });
for (const step of steps) {
  const started = performance.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let counts = { passed: result.status === 0 ? 1 : 0, failed: result.status === 0 ? 0 : 1 };
  if (step.counts) {
    const file = step.counts === vitestCounts ? vitestJson : playwrightJson;
    counts = existsSync(file) ? step.counts() : { passed: 0, failed: 1 };
    if (result.status !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
  }
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${result.status === 0 ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
  if (result.status !== 0 && step.args.includes('build')) {
    // Nothing to test without a build: every later test is reported as not run, so the total stays honest.
    for (const rest of steps.slice(steps.indexOf(step) + 1)) {
      const n = rest.list ? rest.list() : 1;
      failed += n;
      summary.push(`✗ ${rest.name}: not run (${n === 1 ? '1 check' : `at least ${n} tests`})`);
    }
    break;
  }
}
console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
