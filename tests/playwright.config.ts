import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser. Two servers: the real site and the fixture site. */
export default defineConfig({
  testDir: 'e2e',
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  workers: 2,
  retries: 0,
  use: {
    baseURL: 'http://127.0.0.1:4321',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: 'node scripts/serve.ts dist 4321',
      cwd: '..',
      url: 'http://127.0.0.1:4321/lv/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve.ts tests/.fixture-dist 4322',
      cwd: '..',
      url: 'http://127.0.0.1:4322/lv/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
