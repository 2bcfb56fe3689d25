/**
 * One drawing process of the social-images integration: receives cards, writes PNG files, reports back.
 *
 * A child process rather than a thread so that all of its drawing runs at low priority (nice 10):
 * sharp does its work on libuv's and libvips' own threads, which inherit the priority of the thread
 * that starts them, and only in a process of its own are those threads started by a thread at nice 10.
 * Astro's rendering, its image optimisation and the search index then run at full speed and the
 * drawing fills the CPU time they leave idle.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { OgCard } from './card.ts';

export interface OgJob {
  id: number;
  card: OgCard;
  file: string;
}
/** ms: wall time for the card in this process; cpuMs: this process's CPU time for it. */
export interface OgDone {
  id: number;
  ms: number;
  cpuMs: number;
  error?: string;
}

try {
  setPriority(10);
} catch {
  // Not allowed here: draw at normal priority.
}
// Imported after lowering the priority, so sharp's threads start at nice 10.
const { default: sharp } = await import('sharp');
// One libvips thread per process: the integration starts one process per core.
sharp.concurrency(1);
const { renderCard } = await import('./draw.ts');

const send = (done: OgDone) => process.send?.(done);

// One card at a time, in the order they arrive (the parent keeps two queued so this process never waits).
let queue = Promise.resolve();
process.on('message', (job: OgJob) => {
  queue = queue.then(() => drawOne(job));
});

async function drawOne({ id, card, file }: OgJob) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const c = process.cpuUsage(cpu);
    return (c.user + c.system) / 1000;
  };
  try {
    const bytes = await renderCard(card);
    // Write then rename, so an interrupted build never leaves a half-written file in the cache.
    writeFileSync(`${file}.${process.pid}.tmp`, bytes);
    renameSync(`${file}.${process.pid}.tmp`, file);
    send({ id, ms: performance.now() - started, cpuMs: cpuMs() });
  } catch (e) {
    send({ id, ms: performance.now() - started, cpuMs: cpuMs(), error: e instanceof Error ? e.message : String(e) });
  }
}
