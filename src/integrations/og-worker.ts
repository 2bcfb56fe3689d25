/** One drawing thread of the og-images integration: receives cards, writes JPEG files, reports back. */
import { readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { cardAssets, renderCard } from '../lib/og-card.ts';
import type { OgCard } from '../lib/og-image.ts';

export interface OgJob { id: number; card: OgCard; file: string }
/** ms: wall time for the card on this thread; cpuMs: this thread's CPU time for it. */
export interface OgDone { id: number; ms: number; cpuMs: number; error?: string }

const assets = cardAssets((workerData as { dir: string }).dir);

// Draw at low priority (nice 10; on Linux, priority is per thread): Astro's main thread, sharp and
// Pagefind then run at full speed and the drawing fills the CPU time they leave idle. At equal
// priority the two drawing threads halved the page-rendering speed and the build took longer.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').at(-1)), 10);
} catch {
  // Not Linux: draw at normal priority.
}
// astro-og-canvas logs every font it loads; one line per thread is noise in the build log.
console.debug = () => {};

// One card at a time (the main thread keeps two queued here so the thread never waits for work):
// og-card frees astro-og-canvas's leftovers between cards, which is only safe when nothing else draws.
let queue = Promise.resolve();
parentPort!.on('message', (job: OgJob) => { queue = queue.then(() => drawOne(job)); });

async function drawOne({ id, card, file }: OgJob) {
  const started = performance.now();
  const cpu = process.threadCpuUsage();
  const cpuMs = () => { const c = process.threadCpuUsage(cpu); return (c.user + c.system) / 1000; };
  try {
    const bytes = await renderCard(card, assets);
    // Write then rename, so an interrupted build never leaves a half-written file in the cache.
    writeFileSync(`${file}.${threadId}.tmp`, bytes);
    renameSync(`${file}.${threadId}.tmp`, file);
    parentPort!.postMessage({ id, ms: performance.now() - started, cpuMs: cpuMs() } satisfies OgDone);
  } catch (e) {
    parentPort!.postMessage({ id, ms: performance.now() - started, cpuMs: cpuMs(), error: e instanceof Error ? e.message : String(e) } satisfies OgDone);
  }
}
