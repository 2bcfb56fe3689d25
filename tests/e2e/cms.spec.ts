/**
 * The web editor end to end, as an editor on their own machine uses it (`npm run cms`): Decap CMS from
 * the built site's /admin/, talking to decap-server (the local backend) over a copy of content/.
 * It writes a story in Latvian with a source picked in the <Cite> dialog; the file it writes passes
 * the content rules, and the site builds with it (the small fixture site, to keep the test short).
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const backendPort = Number(process.env.RTL_TEST_PORT ?? 4321) + 2;
const backendUrl = `http://127.0.0.1:${backendPort}/api/v1`;
const slug = 'liepaja-gimenes-atgriezas-majas';

let repo: string;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'rtl-cms-'));
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  const entry = createRequire(join(root, 'package.json')).resolve('decap-server/dist/index.js');
  server = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(backendPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(backendUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not start on ${backendUrl}`);
});

test.afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test('an editor writes a Latvian story with a source in the web editor; the file passes the content rules and builds', async ({ page }) => {
  test.setTimeout(240_000);
  // The editor's own policy (src/security/policy.ts) lets it do all of this: no request or script is refused.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  // The built config points the local backend at decap-server's default port; this test runs it on its own port.
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/^local_backend: true$/m, `local_backend:\n  url: ${backendUrl}`);
    await route.fulfill({ response, body: text });
  });

  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: /Stories/ })).toBeVisible({ timeout: 30_000 });
  await page.goto('/admin/#/collections/stories/new');

  // Latvian is the first of the three languages shown side by side.
  await expect(page.getByText('Writing in LV')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Writing in EN')).toBeVisible();
  const lv = (label: string | RegExp) => page.getByLabel(label, { exact: typeof label === 'string' }).first();
  await lv('Title').fill('Liepāja: ģimenes atgriežas mājās');
  await lv('Summary').fill('Pētījums apraksta, kā Liepāja palīdz ģimenēm, kas atgriežas no ārzemēm ar bērniem.');
  await lv('Municipality').click();
  await page.keyboard.type('Liepāja (liepaja)');
  await page.keyboard.press('Enter');
  await lv('Published').fill('2026-12-04');
  await lv('Based on').fill('Liepājas piemērs Latvijas Universitātes pētījumā');
  await page
    .getByRole('button', { name: /Add sources/ })
    .first()
    .click();

  // A source written the wrong way is refused before anything is saved, with the schema's own message.
  await lv('Source').fill('5658');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByText(/Write a source as "001:5658"/).first()).toBeVisible();
  // Corrected as an editor would: the widget keeps its caret, so delete the wrong value and type the right one.
  await lv('Source').click();
  await page.keyboard.press('End');
  for (let i = 0; i < '5658'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('001:5658');
  await expect(lv('Source')).toHaveValue('001:5658');

  // The text, with a <Cite> chosen in the source picker.
  const text = page.locator('[data-slate-editor="true"]').first();
  await text.click();
  await page.keyboard.type('Liepājā ģimenēm palīdz atrast skolu un darbu.');
  await page.getByRole('button', { name: 'Add Component' }).first().click();
  await page.getByRole('menuitem', { name: 'Source' }).click();
  await page.getByText('[choose a source]').click();
  const dialog = page.getByRole('dialog', { name: 'Source of this fact' });
  await dialog.getByLabel('Source document').selectOption('001');
  await dialog.getByLabel(/Line or lines/).fill('5658');
  await dialog.getByRole('button', { name: 'Insert source' }).click();
  await expect(text.getByText('[001:5658]')).toBeVisible();

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  const file = join(repo, 'content/stories/lv', `${slug}.mdx`);
  await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
  expect(refused).toEqual([]);

  // The file: Latvian only (no empty English or Russian file), fields as the schema names them, the citation in the text.
  const written = readFileSync(file, 'utf8');
  expect(written).toMatch(/^---\n/);
  expect(written).toContain('municipality: liepaja');
  expect(written).toMatch(/sources:\n\s+- "?001:5658"?/);
  expect(written).toContain('<Cite src="001:5658" />');
  for (const lang of ['en', 'ru']) expect(existsSync(join(repo, `content/stories/${lang}/${slug}.mdx`)), lang).toBe(false);

  // npm run check:content over the whole content with the new file.
  const check = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts'), join(repo, 'content')], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(check.stdout).not.toContain(slug);
  expect(check.status, check.stdout.slice(-2000)).toBe(0);

  // And it builds: the fixture site plus the new story.
  const site = mkdtempSync(join(tmpdir(), 'rtl-cms-site-'));
  try {
    cpSync(join(root, 'tests/fixtures/content-base'), join(site, 'content'), { recursive: true });
    cpSync(file, join(site, 'content/stories/lv', `${slug}.mdx`));
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, RTL_CONTENT_DIR: join(site, 'content'), RTL_OUT_DIR: join(site, 'dist'), RTL_CACHE_DIR: join(site, 'cache') },
    });
    expect(build.status, `${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`).toBe(0);
    const html = readFileSync(join(site, 'dist/lv/stories', slug, 'index.html'), 'utf8');
    expect(html).toContain('Liepāja: ģimenes atgriežas mājās');
    expect(existsSync(join(site, 'dist/en/stories', slug, 'index.html')), 'English fallback page').toBe(true);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('/admin/ is the web editor with its own policy, and is never indexed', async ({ page, request }) => {
  const response = await request.get('/admin/');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("script-src 'self' 'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*(https?:|\*)/);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/admin/');
  // Everything the editor loads comes from this site.
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: /Login/ })).toBeVisible({ timeout: 30_000 });
  expect(
    [...origins].filter((o) => o !== new URL(page.url()).origin && o !== new URL(backendUrl).origin && o !== 'http://localhost:8081'),
  ).toEqual([]);
});
