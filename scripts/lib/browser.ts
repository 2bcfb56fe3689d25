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

/**
 * Serves `dir` with scripts/serve.ts on a free port (or `port`, if given) and resolves once that
 * server is listening: it prints its own address, so there is no guessing, sleeping or polling, and
 * never another process that happens to hold the port. Call `stop()` when done.
 */
export function serveDist(dir: string, port = 0): Promise<{ base: string; stop: () => void }> {
  const server = spawn(process.execPath, ['scripts/serve.ts', dir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      server.kill();
      reject(new Error(`scripts/serve.ts ${dir} ${port}: ${why}${err ? `\n${err.trim()}` : ''}`));
    };
    const timer = setTimeout(() => fail('not listening after 10 s'), 10_000);
    server.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const base = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (!base) return;
      clearTimeout(timer);
      server.stdout.removeAllListeners('data');
      server.removeAllListeners('exit');
      server.stdout.resume();
      resolve({ base, stop: () => server.kill() });
    });
    server.on('exit', (code) => fail(`exited with code ${code} before listening (is the port taken?)`));
  });
}

export const launchChromium = () => chromium.launch({ executablePath: chromePath, args: chromiumArgs });
