/**
 * Generates, before the build, a cover picture for each municipality that has a story without a
 * photo: the map of Latvia with that municipality's centre marked (no stock images); astro:assets
 * and sharp then make the responsive AVIF/WebP versions. Only those covers are in the folder: the
 * story page imports every file there, and each becomes a file in dist/. A cover is redrawn when its
 * picture would change (a moved centre, another map), not only when its file is missing.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { latviaBounds, outlinePath, projector } from '../lib/server/latvia-map.ts';
import { colour } from '../lib/server/palette.ts';

const coverDir = 'src/assets/generated/covers';

/** Municipalities with a story (in any language) that has no `cover` photo of its own. */
function needingCovers(contentDir: string): Set<string> {
  const stories = join(contentDir, 'stories');
  const files = existsSync(stories)
    ? readdirSync(stories).flatMap((lang) =>
        statSync(join(stories, lang)).isDirectory()
          ? readdirSync(join(stories, lang))
              .filter((f) => f.endsWith('.mdx'))
              .map((f) => join(stories, lang, f))
          : [],
      )
    : [];
  const needed = new Set<string>();
  for (const file of files) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
    // An unreadable frontmatter is the content gate's to report; here it just needs no cover.
    const data = (() => {
      try {
        return parse(front ?? '') as { municipality?: unknown; cover?: unknown } | null;
      } catch {
        return null;
      }
    })();
    if (typeof data?.municipality === 'string' && !data.cover) needed.add(data.municipality);
  }
  return needed;
}

async function makeCovers(contentDir: string, outDir = coverDir) {
  mkdirSync(outDir, { recursive: true });
  const needed = needingCovers(contentDir);
  for (const f of readdirSync(outDir)) if (f.endsWith('.png') && !needed.has(f.slice(0, -4))) rmSync(join(outDir, f));
  const manifestFile = join(outDir, 'drawn.json');
  /** municipality → hash of the SVG its cover was drawn from */
  const drawn = (existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {}) as Record<string, string>;
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
  const brand = colour('brand'); // the site's carmine (src/styles/global.css)
  let written = 0;
  for (const m of all.filter((o) => needed.has(o.id))) {
    const file = join(outDir, `${m.id}.png`);
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
        <circle cx="${x}" cy="${y}" r="30" fill="${brand}" fill-opacity="0.18"/>
        <circle cx="${x}" cy="${y}" r="14" fill="${brand}" stroke="#ffffff" stroke-width="4"/>
      </g>
      <rect y="0" width="${width}" height="10" fill="${brand}"/>
    </svg>`;
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
    if (existsSync(file) && drawn[m.id] === hash) continue;
    writeFileSync(file, await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
    drawn[m.id] = hash;
    written++;
  }
  writeFileSync(manifestFile, `${JSON.stringify(Object.fromEntries(Object.entries(drawn).filter(([id]) => needed.has(id))), null, 2)}\n`);
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
