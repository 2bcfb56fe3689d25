/**
 * npm run bench [-- --check] [-- --scale 10] [-- --no-lighthouse] [-- --lang lv]
 * Measures the real site: cold build (total, astro, search index), peak memory, pages, dist size, the
 * marginal build cost per page against a bare Astro build of as many trivial pages (same run), social
 * images (cards drawn cold, CPU per card, bytes, and a warm rebuild that takes them all from the cache),
 * bytes per page template, and Lighthouse mobile scores per template and language (Debian Chromium).
 * --check enforces the budgets in the README and exits 1 when one is broken.
 * --scale N builds a temporary copy with N× the municipalities and pages (synthetic, never published).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromePath, chromiumArgs, serveDist } from './lib/browser.ts';
import { templates as everyTemplate } from './lib/page-templates.ts';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const value = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve('.');
const work = join(root, '.bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

interface Run {
  seconds: number;
  peakMb: number | null;
  log: string;
  ok: boolean;
}
/** Runs a command, timing it and reading its peak memory (GNU time's %M, when /usr/bin/time exists). */
function timed(cmd: string, cmdArgs: string[], env: Record<string, string> = {}, cwd = root): Run {
  const useTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = spawnSync(useTime ? '/usr/bin/time' : cmd, useTime ? ['-f', 'PEAK_KB=%M', cmd, ...cmdArgs] : cmdArgs, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - start) / 1000;
  const log = `${r.stdout}\n${r.stderr}`;
  const kb = /PEAK_KB=(\d+)/.exec(log);
  return { seconds, peakMb: kb ? Math.round(Number(kb[1]) / 1024) : null, log, ok: r.status === 0 };
}
const dirSize = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
const countHtml = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? countHtml(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);
const astroSeconds = (log: string) => {
  // Astro writes "428ms", "31.60s" or "3m 12s".
  const m = /\[build\] \d+ page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(log);
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN;
};
const indexMs = (log: string) => {
  // src/integrations/search.ts logs "indexed lv 357, en 357, ru 357 pages in 5176 ms"
  const m = /\[rtl:search\] indexed .*? pages in (\d+) ms/.exec(log);
  return m ? Number(m[1]) : NaN;
};
/** The social-image line of src/social/integration.ts. */
const ogFigures = (log: string) => {
  const m =
    /(\d+) social images, (\d+) drawn(?: on (\d+) (?:threads|processes) \((\d+) ms CPU, (\d+) ms wall per card\))?, (\d+) from cache, (\d+) bytes; build waited ([\d.]+) s for drawing, ([\d.]+) s linking or copying/.exec(
      log,
    );
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return { cards: n(1), drawn: n(2), threads: n(3), cpuMs: n(4), wallMs: n(5), cached: n(6), bytes: n(7), waited: n(8), copying: n(9) };
};

/** A cold build of `contentDir` into its own outDir and cache. */
function build(label: string, contentDir = 'content') {
  const out = join(work, `${label}-dist`);
  const r = timed('npx', ['astro', 'build'], {
    RTL_CONTENT_DIR: contentDir,
    RTL_OUT_DIR: out,
    RTL_CACHE_DIR: join(work, `${label}-cache`),
  });
  if (!r.ok) {
    console.error(r.log.slice(-3000));
    throw new Error(`${label} build failed`);
  }
  return {
    ...r,
    out,
    pages: countHtml(out),
    astro: astroSeconds(r.log),
    indexSeconds: indexMs(r.log) / 1000,
    sizeMb: dirSize(out) / 1048576,
    og: ogFigures(r.log),
  };
}

/** A bare Astro project with `n` trivial pages, built with the same Astro in the same run. */
function bare(n: number) {
  const dir = join(work, `bare-${n}`);
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${n} }, (_, i) => ({ params: { n: String(i) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>{n}</title></head><body><h1>Page {n}</h1><p>Trivial page.</p></body></html>\n`,
  );
  const r = timed(
    join(root, 'node_modules/.bin/astro'),
    ['build'],
    { PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    dir,
  );
  if (!r.ok) {
    console.error(r.log.slice(-2000));
    throw new Error('bare build failed');
  }
  return { ...r, astro: astroSeconds(r.log) };
}

// ---------- scale mode ----------
const scale = Number(value('--scale') ?? 0);
if (scale > 1) {
  const copy = join(work, `content-x${scale}`);
  cpSync('content', copy, { recursive: true });
  const munis = readdirSync('content/municipalities')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace('.yaml', ''));
  const regionMembers: Record<string, string[]> = {};
  for (let k = 2; k <= scale; k++) {
    for (const m of munis) {
      const id = `${m}-x${k}`;
      const yaml = readFileSync(`content/municipalities/${m}.yaml`, 'utf8');
      writeFileSync(join(copy, 'municipalities', `${id}.yaml`), yaml);
      const region = /^region: (\S+)/m.exec(yaml)![1]!;
      (regionMembers[region] ??= []).push(id);
      for (const lang of ['lv', 'en', 'ru']) {
        const src = `content/guides/${lang}/${m}`;
        if (!existsSync(src)) continue;
        mkdirSync(join(copy, 'guides', lang, id), { recursive: true });
        for (const f of readdirSync(src))
          writeFileSync(
            join(copy, 'guides', lang, id, f),
            readFileSync(join(src, f), 'utf8').replace(`municipality: ${m}\n`, `municipality: ${id}\n`),
          );
      }
    }
  }
  for (const [region, ids] of Object.entries(regionMembers)) {
    const file = join(copy, 'regions', `${region}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^members: \[([^\]]*)\]/m, (_, list: string) => `members: [${list}, ${ids.join(', ')}]`),
    );
  }
  console.log(`Scale ×${scale}: ${munis.length * scale} municipalities (synthetic copies in ${copy}, never published)`);
  const one = build('x1');
  const many = build(`x${scale}`, copy);
  console.log('\n             pages   total s   astro s   index s   peak MB   dist MB   ms/page');
  for (const [label, b] of [
    ['×1', one],
    [`×${scale}`, many],
  ] as const) {
    console.log(
      `${label.padEnd(10)} ${String(b.pages).padStart(7)} ${b.seconds.toFixed(1).padStart(9)} ${b.astro.toFixed(1).padStart(9)} ${b.indexSeconds.toFixed(1).padStart(9)} ${String(b.peakMb ?? 'n/a').padStart(9)} ${b.sizeMb.toFixed(1).padStart(9)} ${((b.seconds * 1000) / b.pages).toFixed(1).padStart(9)}`,
    );
  }
  const growth = many.seconds / one.seconds / (many.pages / one.pages);
  console.log(
    `\nTime grows ${(many.seconds / one.seconds).toFixed(2)}× for ${(many.pages / one.pages).toFixed(2)}× the pages (ratio ${growth.toFixed(2)}; 1.0 = linear, below 1 = fixed costs amortised).`,
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// ---------- normal mode ----------
console.log('Building the real site (cold) and a bare Astro site with the same number of trivial pages…');
const real = build('real');
const bare1 = bare(1);
const bareN = bare(real.pages);
const marginalReal = ((real.astro - bare1.astro) * 1000) / real.pages;
const marginalBare = ((bareN.astro - bare1.astro) * 1000) / real.pages;
console.log(
  `\nBuild (cold)   total ${real.seconds.toFixed(1)} s · astro ${real.astro.toFixed(1)} s · search index ${real.indexSeconds.toFixed(1)} s · peak ${real.peakMb ?? 'n/a'} MB`,
);
console.log(
  `Output         ${real.pages} pages · dist ${real.sizeMb.toFixed(1)} MB (search indexes ${(dirSize(join(real.out, 'search')) / 1048576).toFixed(1)} MB)`,
);
console.log(
  `Per page       real ${marginalReal.toFixed(1)} ms marginal vs bare Astro ${marginalBare.toFixed(1)} ms (bare: 1 page ${bare1.astro.toFixed(1)} s, ${real.pages} pages ${bareN.astro.toFixed(1)} s)`,
);
// Social images: the cold build above drew every card; a second build with the same cache draws none.
const warm = build('real');
const problems: string[] = [];
if (!real.og || !warm.og) problems.push('social images: no og-images line in the build log');
else {
  const { og } = real;
  console.log(
    `Social images  ${og.cards} cards for ${real.pages} pages · cold: ${og.drawn} drawn on ${og.threads} processes, ${og.cpuMs} ms CPU per card (${((og.cpuMs * og.drawn) / 1000).toFixed(1)} s CPU in all), build waited ${og.waited.toFixed(1)} s for the last ones · ${(og.bytes / 1048576).toFixed(1)} MB (${Math.round(og.bytes / og.cards / 1024)} KB a card)`,
  );
  console.log(
    `Warm rebuild   total ${warm.seconds.toFixed(1)} s · social images ${warm.og.drawn} drawn, ${warm.og.cached} from the cache, linked or copied in ${warm.og.copying.toFixed(1)} s`,
  );
  if (warm.og.drawn > 0) problems.push(`social images: the warm rebuild drew ${warm.og.drawn} cards (cache misses)`);
}

// Bytes per template (gzip): HTML (with inlined CSS), CSS, JS, and what the first render needs.
const templates: Record<string, string> = {
  home: 'lv/',
  'municipality overview': 'lv/municipalities/cesu-novads/',
  topic: 'lv/municipalities/cesu-novads/housing/',
  'region hub': 'lv/regions/vidzeme/',
  'FAQ answer': 'lv/faq/declare-residence/',
  story: 'lv/stories/cesis-photo-studio/',
  programme: 'lv/support/remigrant-business-grant/',
  finder: 'lv/support/',
  search: 'lv/search/',
  'return plan': 'lv/plan/',
  compare: 'lv/compare/',
};
const gz = (b: string | Buffer) => gzipSync(b, { level: 9 }).length;
console.log('\ntemplate                HTML gz  CSS gz   JS gz  first render  render-blocking JS');
for (const [name, path] of Object.entries(templates)) {
  for (const lang of ['lv', 'en', 'ru']) {
    const file = join(real.out, path.replace(/^lv\//, `${lang}/`), 'index.html');
    if (!existsSync(file)) {
      problems.push(`${name} (${lang}): ${file} missing`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(real.out, m[1]!)));
    const scripts = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)];
    const jsGz = scripts.reduce((n, m) => n + gz(readFileSync(join(real.out, m[2]!))), 0);
    const blocking = scripts.filter((m) => !/type="module"|defer|async/.test(m[1]! + m[3]!)).length;
    const first = gz(html) + linked.reduce((n, b) => n + gz(b), 0);
    const fonts = /@font-face/.test(css) || linked.some((b) => b.toString().includes('@font-face'));
    if (lang === 'lv')
      console.log(
        `${name.padEnd(22)} ${String(gz(html)).padStart(8)} ${String(gz(css) + linked.reduce((n, b) => n + gz(b), 0)).padStart(7)} ${String(jsGz).padStart(7)} ${String(first).padStart(13)}  ${blocking}`,
      );
    if (first > 14 * 1024) problems.push(`${name} (${lang}): first render ${first} B > 14 KB`);
    if (blocking) problems.push(`${name} (${lang}): ${blocking} render-blocking script(s)`);
    if (!['search', 'return plan', 'compare', 'finder'].includes(name) && jsGz > 5 * 1024)
      problems.push(`${name} (${lang}): JS ${jsGz} B > 5 KB`);
    if (fonts) problems.push(`${name} (${lang}): web font found`);
  }
}
if (real.seconds > 60) problems.push(`full build ${real.seconds.toFixed(1)} s > 60 s`);
if (real.sizeMb > 60) problems.push(`dist/ ${real.sizeMb.toFixed(1)} MB > 60 MB`);

/**
 * The one Lighthouse result accepted below 100: a not-found page is marked noindex so that "page not
 * found" never shows up in search results, and Lighthouse's SEO category counts any noindex as a fault
 * (served with its real 404 status it would also fail http-status-code). Nothing else is excused.
 */
const expectedAudits: Record<string, string[]> = { notFound: ['is-crawlable'] };

// Lighthouse, mobile preset, one page of every template (scripts/lib/page-templates.ts) in each language.
if (!flag('--no-lighthouse')) {
  const langs = (value('--lang') ?? 'lv,en,ru').split(',');
  const server = await serveDist(real.out);
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
  console.log('\nLighthouse (mobile)        lang  perf  a11y  best  seo');
  try {
    for (const [name, path] of Object.entries(everyTemplate)) {
      for (const lang of langs) {
        const url = `${server.base}${path(lang)}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const c = result!.lhr.categories;
        const s = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k]?.score ?? 0) * 100));
        console.log(`${name.padEnd(26)} ${lang.padEnd(4)} ${s.map((x) => String(x).padStart(5)).join(' ')}`);
        if (s.some((x) => x < 100)) {
          const failing = Object.values(result!.lhr.audits)
            .filter(
              (a) =>
                a.score !== null &&
                a.score < 1 &&
                a.scoreDisplayMode !== 'informative' &&
                a.scoreDisplayMode !== 'notApplicable' &&
                a.scoreDisplayMode !== 'manual',
            )
            .map((a) => a.id);
          const lhr = result!.lhr;
          const seoFailing = (lhr.categories.seo?.auditRefs ?? [])
            .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
            .map((r) => r.id);
          const excused =
            s.slice(0, 3).every((x) => x === 100) && seoFailing.length > 0 && seoFailing.every((id) => expectedAudits[name]?.includes(id));
          if (excused) console.log(`${''.padEnd(26)} ${lang.padEnd(4)} SEO: ${seoFailing.join(', ')} expected (see expectedAudits)`);
          else problems.push(`Lighthouse ${name} (${lang}): ${s.join('/')} — ${failing.slice(0, 6).join(', ')}`);
        }
      }
    }
  } finally {
    await chrome.kill();
    server.stop();
  }
}

rmSync(work, { recursive: true, force: true });
if (problems.length) console.log(`\nOver budget or failing (${problems.length}):\n  ${problems.join('\n  ')}`);
else console.log('\nAll budgets hold.');
if (flag('--check') && problems.length) process.exit(1);
