/**
 * An editor scaffolds a page (`npm run new`) and previews it with `npm run dev` while replacing the
 * placeholders: the preview serves the page with a visible draft warning, and `npm run build` still
 * refuses the placeholder source. Runs Astro itself on a copy of the fixture content.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderSource, scaffold } from '../../scripts/new.ts';
import { fixtures, repoRoot } from './helpers.ts';

let dir: string;
let dev: ChildProcess | undefined;
let origin: string;

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/** The editor's environment: not vitest's (with NODE_ENV=test Astro's dev server answers 404). */
const env = (nodeEnv: string) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
  NODE_ENV: nodeEnv,
  RTL_CONTENT_DIR: join(dir, 'content'),
  RTL_OUT_DIR: join(dir, 'dist'),
  RTL_CACHE_DIR: join(dir, 'cache'),
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rtl-dev-'));
  cpSync(join(fixtures, 'content-base'), join(dir, 'content'), { recursive: true });
  scaffold('faq', ['draft-answer', 'residence'], { contentDir: join(dir, 'content'), today: '2026-12-04' });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('npx', ['astro', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    env: env('development'),
    stdio: ['ignore', openSync(join(dir, 'dev.log'), 'w'), openSync(join(dir, 'dev.log'), 'a')],
    detached: true,
  });
  for (let i = 0; i < 180; i++) {
    const ok = await fetch(`${origin}/lv/`, { signal: AbortSignal.timeout(60_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`astro dev did not answer within 180 s:\n${readFileSync(join(dir, 'dev.log'), 'utf8')}`);
}, 200_000);

afterAll(() => {
  // The whole process group (npx, astro and its workers); --ignore-lock leaves an editor's own dev server alone.
  if (dev?.pid)
    try {
      process.kill(-dev.pid);
    } catch {
      /* already gone */
    }
  rmSync(dir, { recursive: true, force: true });
});

describe('a scaffolded page', () => {
  for (const lang of ['lv', 'en', 'ru']) {
    it(`is shown by npm run dev in ${lang}, with a warning that names the placeholder source`, async () => {
      const res = await fetch(`${origin}/${lang}/faq/draft-answer/`);
      expect(res.status).toBe(200);
      const { document } = parseHTML(await res.text());
      const banner = document.querySelector('[role="alert"][data-draft]');
      expect(banner?.textContent).toContain(placeholderSource);
      expect(banner?.textContent).toContain('npm run build');
      expect(document.querySelector('mark.rtl-cite[data-draft]')?.textContent).toContain(placeholderSource);
    });
  }

  it('is refused by npm run build, which names the file and the missing document', () => {
    const build = spawnSync('npx', ['astro', 'build'], { cwd: repoRoot, env: env('production'), encoding: 'utf8' });
    expect(build.status).toBe(1);
    expect(build.stdout + build.stderr).toMatch(/content\/faq\/lv\/draft-answer\.mdx(?::\d+)?\n\s+source-exists: .*document "999"/);
  });
});
