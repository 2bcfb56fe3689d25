import { defineConfig } from '@playwright/test';
import { chromePath, chromiumArgs } from '../scripts/lib/browser.ts';

/**
 * Debian's Chromium, never a downloaded browser. Two servers: the real site and the fixture site.
 * RTL_TEST_PORT moves both (site on it, fixture on it + 1) so two checkouts can test at once.
 */
const port = Number(process.env.RTL_TEST_PORT ?? 4321);
process.env.RTL_FIXTURE_ORIGIN = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: 'e2e',
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  /**
   * Traces and screenshots of failures. Playwright empties this folder when it starts, so it is not
   * test-results/ itself, where the vitest report (test-results/vitest.json) must survive the run.
   */
  outputDir: '../test-results/playwright-artifacts',
  workers: 2,
  /** A stray test.only must fail CI instead of quietly shrinking the run. */
  forbidOnly: !!process.env.CI,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromePath,
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node scripts/serve.ts dist ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/lv/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.ts tests/.fixture-dist ${port + 1}`,
      cwd: '..',
      url: `http://127.0.0.1:${port + 1}/lv/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
