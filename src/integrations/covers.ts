/**
 * Generates a cover picture for every municipality before the build: the map of Latvia with that
 * municipality's centre marked. Stories without a photo use it (no stock images); astro:assets and
 * sharp then make the responsive AVIF/WebP versions.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { latviaBounds, outlinePath, projector } from '../lib/server/latvia-map.ts';

export const coverDir = 'src/assets/generated/covers';

export async function makeCovers(contentDir: string, outDir = coverDir) {
  mkdirSync(outDir, { recursive: true });
  const dir = join(contentDir, 'municipalities');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace('.yaml', ''),
      ...(parse(readFileSync(join(dir, f), 'utf8')) as { centre: { lat: number; lon: number } }),
    }));
  const width = 1200;
  const map = projector(latviaBounds, 1040);
  const offsetX = (width - map.width) / 2;
  const offsetY = (630 - map.height) / 2;
  const land = outlinePath(map.project);
  let written = 0;
  for (const m of all) {
    const file = join(outDir, `${m.id}.png`);
    if (existsSync(file)) continue;
    const dots = all
      .map((o) => {
        const [x, y] = map.project(o.centre.lon, o.centre.lat);
        return `<circle cx="${x}" cy="${y}" r="6" fill="#9aa5ae"/>`;
      })
      .join('');
    const [x, y] = map.project(m.centre.lon, m.centre.lat);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="630" viewBox="0 0 ${width} 630">
      <rect width="100%" height="100%" fill="#f3f5f7"/>
      <g transform="translate(${offsetX} ${offsetY})">
        <path d="${land}" fill="#ffffff" stroke="#6b7680" stroke-width="2"/>
        ${dots}
        <circle cx="${x}" cy="${y}" r="30" fill="#8a1c2b" fill-opacity="0.18"/>
        <circle cx="${x}" cy="${y}" r="14" fill="#8a1c2b" stroke="#ffffff" stroke-width="4"/>
      </g>
      <rect y="0" width="${width}" height="10" fill="#8a1c2b"/>
    </svg>`;
    writeFileSync(file, await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
    written++;
  }
  return written;
}

export default function covers(contentDir: string): AstroIntegration {
  return {
    name: 'rtl:covers',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const n = await makeCovers(contentDir);
        if (n) logger.info(`generated ${n} map covers`);
      },
    },
  };
}
