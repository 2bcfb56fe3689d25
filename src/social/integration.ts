/**
 * Social preview images: every page's card (draw.ts) as a 1200×630 PNG in dist/og/.
 *
 * Pages announce their card while Astro renders them (card.ts); cards not in the cache are drawn at
 * once by a few low-priority processes (draw-process.ts), one per core, so drawing overlaps with the
 * rest of the build (rendering, image optimisation, search index) instead of following it. Identical
 * cards are drawn once. Finished cards are kept in <cacheDir>/og-images/<fingerprint>/, keyed by the
 * card's text, language and design version, so a warm build links files and draws nothing. The
 * fingerprint covers the design code, the fonts and sharp's version: changing any of them starts
 * afresh. Bench's cold builds use a fresh cacheDir, so they draw every card.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ogImage, setOgQueue, type OgCard } from './card.ts';
import { palette } from '../lib/server/palette.ts';
import type { OgDone, OgJob } from './draw-process.ts';

/** What the cached pictures depend on besides the card itself. */
function fingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of [
    'src/social/draw.ts',
    'src/social/card.ts',
    'src/assets/fonts/DejaVuSans.ttf',
    'src/assets/fonts/DejaVuSans-Bold.ttf',
  ]) {
    hash.update(readFileSync(join(root, file)));
  }
  hash.update(JSON.stringify(palette())); // the card's colours come from the site's tokens
  for (const pkg of ['sharp']) {
    hash.update(
      `${pkg}@${(JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version}`,
    );
  }
  return hash.digest('hex').slice(0, 12);
}

/** A few drawing processes, each with up to two cards queued so none waits between cards. */
function pool(size: number) {
  interface Slot {
    worker: ChildProcess;
    jobs: Set<number>;
  }
  const workers: Slot[] = [];
  const waiting: OgJob[] = [];
  const results = new Map<number, (done: OgDone) => void>();
  const dispatch = () => {
    while (workers.length < size && waiting.length) start();
    for (const slot of workers) {
      while (slot.jobs.size < 2 && waiting.length) {
        const job = waiting.shift()!;
        slot.jobs.add(job.id);
        slot.worker.send(job);
      }
    }
  };
  const start = () => {
    const worker = fork(fileURLToPath(new URL('./draw-process.ts', import.meta.url)), { serialization: 'advanced' });
    const slot: Slot = { worker, jobs: new Set() };
    const settle = (done: OgDone) => {
      slot.jobs.delete(done.id);
      results.get(done.id)?.(done);
      results.delete(done.id);
    };
    worker.on('message', (done: OgDone) => {
      settle(done);
      dispatch();
    });
    const failed = (why: string) => {
      if (!workers.includes(slot)) return;
      workers.splice(workers.indexOf(slot), 1);
      for (const id of [...slot.jobs]) settle({ id, ms: 0, cpuMs: 0, error: `drawing process failed: ${why}` });
      dispatch();
    };
    worker.on('error', (e) => failed(e.message));
    worker.on('exit', (code, signal) => failed(`exited (${signal ?? code})`));
    workers.push(slot);
  };
  let next = 0;
  return {
    size,
    draw(card: OgCard, file: string): Promise<OgDone> {
      const id = next++;
      const done = new Promise<OgDone>((resolve) => results.set(id, resolve));
      waiting.push({ id, card, file });
      dispatch();
      return done;
    },
    close: () => {
      for (const { worker } of workers.splice(0)) worker.kill();
    },
  };
}

export default function socialImages(): AstroIntegration {
  let root = '';
  let cacheRoot = '';
  let logger: AstroIntegrationLogger;
  let stop = () => {};
  let drawing: ReturnType<typeof pool> | undefined;
  let started = 0;
  let dir = '';
  /** file name → card drawing (or undefined when it came from the cache) */
  const used = new Map<string, Promise<OgDone> | undefined>();
  return {
    name: 'rtl:social-images',
    hooks: {
      'astro:config:done': ({ config, logger: l }) => {
        root = fileURLToPath(config.root);
        cacheRoot = join(fileURLToPath(config.cacheDir), 'og-images');
        logger = l;
      },
      'astro:build:start': () => {
        started = performance.now();
        const print = fingerprint(root);
        dir = join(cacheRoot, print);
        mkdirSync(dir, { recursive: true });
        // Pictures from an older design, font or library version can never be used again.
        for (const old of readdirSync(cacheRoot)) if (old !== print) rmSync(join(cacheRoot, old), { recursive: true, force: true });
        const processes = Number(process.env.RTL_OG_PROCESSES) || Math.max(1, availableParallelism());
        stop = setOgQueue((card, path) => {
          const name = basename(path);
          if (used.has(name)) return;
          const file = join(dir, name);
          used.set(name, existsSync(file) ? undefined : (drawing ??= pool(processes)).draw(card, file));
        });
      },
      'astro:build:done': async ({ dir: out }) => {
        stop();
        const waitStarted = performance.now();
        const results = (await Promise.all(used.values())).filter((r): r is OgDone => Boolean(r));
        const waited = (performance.now() - waitStarted) / 1000;
        drawing?.close();
        const failed = results.filter((r) => r.error);
        if (failed.length)
          throw new Error(
            `Social images: ${failed.length} card(s) failed:\n  ${[...new Set(failed.map((r) => r.error))].slice(0, 10).join('\n  ')}`,
          );
        const target = join(fileURLToPath(out), ogImage.dir);
        mkdirSync(target, { recursive: true });
        let bytes = 0;
        for (const name of used.keys()) {
          const [from, to] = [join(dir, name), join(target, name)];
          rmSync(to, { force: true });
          // A hard link costs nothing; across file systems (a cacheDir elsewhere), a copy.
          try {
            linkSync(from, to);
          } catch {
            copyFileSync(from, to);
          }
          bytes += statSync(to).size;
        }
        // Keep the cache to exactly this build's cards.
        for (const f of readdirSync(dir)) if (f.endsWith(`.${ogImage.extension}`) && !used.has(f)) rmSync(join(dir, f), { force: true });
        const per = (key: 'ms' | 'cpuMs') => Math.round(results.reduce((n, r) => n + r[key], 0) / results.length);
        // One line with every figure; scripts/bench.ts reads it.
        logger.info(
          `${used.size} social images, ${results.length} drawn` +
            (results.length ? ` on ${drawing?.size} processes (${per('cpuMs')} ms CPU, ${per('ms')} ms wall per card)` : '') +
            `, ${used.size - results.length} from cache, ${bytes} bytes; build waited ${waited.toFixed(1)} s for drawing, ` +
            `${((performance.now() - waitStarted) / 1000 - waited).toFixed(1)} s linking or copying; done ${((performance.now() - started) / 1000).toFixed(1)} s after the build started`,
        );
        drawing = undefined;
        used.clear();
      },
    },
  };
}
