/** Shared by the benchmark and report scripts: serve a built site and launch Debian Chromium headless. */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Serves `dir` on 127.0.0.1:`port` with scripts/serve.ts, once it answers; call `stop()` when done. */
export async function serveDist(dir: string, port: number) {
  const server = spawn(process.execPath, ['scripts/serve.ts', dir, String(port)], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (
    let waited = 0;
    !(await fetch(base).then(
      () => true,
      () => false,
    ));
    waited += 100
  ) {
    if (waited >= 10_000 || server.exitCode !== null) {
      server.kill();
      throw new Error(`scripts/serve.ts did not answer on ${base} (is the port taken?)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => server.kill() };
}

export const launchChromium = () => chromium.launch({ executablePath: chromePath, args: chromiumArgs });
