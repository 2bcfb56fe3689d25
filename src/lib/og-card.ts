/**
 * The social preview card's design, drawn with astro-og-canvas (CanvasKit/Skia in WebAssembly) and
 * DejaVu Sans from src/assets/fonts (Latin with Latvian diacritics, and Cyrillic; shipped in the
 * repository because the build machine cannot download astro-og-canvas's default font).
 *
 *   ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ carmine bar
 *   Atgriešanās Latvijā        masthead: site name (drawn once per language, placed as the logo)
 *   ▬▬▬                        short carmine rule
 *   Mājoklis Cēsu novadā       title, bold, wrapped at word boundaries, size fitted (72 → 40 px)
 *   Cēsu novads                section label
 *
 * The title size is the largest that keeps every word whole and the text inside the card; a title
 * that fits at no size is an error, never a cropped picture.
 */
import { generateOpenGraphImage } from 'astro-og-canvas';
import type { CanvasKit, FontMgr, ParagraphBuilder, Surface } from 'canvaskit-wasm';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { ogImage, type OgCard } from './og-image.ts';

type RGB = [number, number, number];
const ink: RGB = [27, 31, 35]; // --rtl-ink
const muted: RGB = [74, 82, 90]; // --rtl-muted
const brand: RGB = [138, 28, 43]; // --rtl-brand
const soft: RGB = [243, 245, 247]; // --rtl-soft

export const fontFiles = [resolve('src/assets/fonts/DejaVuSans.ttf'), resolve('src/assets/fonts/DejaVuSans-Bold.ttf')];
const family = ['DejaVu Sans'];

const { width, height } = ogImage;
const padding = 60; // astro-og-canvas: margin on every side; the text box is also `padding` narrower
const bar = 14; // carmine bar along the top (astro-og-canvas border, block-start)
const top = padding + bar; // where the masthead starts
const masthead = { size: 36, width: width - 2 * padding, height: 70 }; // the "logo": site name, rule at its bottom
const rule = { width: 120, height: 6 };
const textWidth = width - 2 * padding - padding;
const textTop = top + masthead.height + padding; // astro-og-canvas puts text at least `padding` below the logo
const textHeight = height - padding - textTop; // bottom margin = padding
const titleSizes = [72, 66, 60, 56, 52, 48, 44, 40];
const label = { size: 32, lineHeight: 1.25 };
const titleLineHeight = 1.15;
/** astro-og-canvas puts a blank line of padding/3 px between title and description. */
const gap = { size: padding / 3 };

/** Everything in the design that changes the masthead's pixels; names its file. */
/** JPEG quality after drawing: mozjpeg at 78 keeps text crisp at about two thirds of the bytes of plain JPEG 82. */
const quality = 78;
export const designKey = JSON.stringify({ ink, muted, brand, soft, padding, bar, masthead, rule, titleSizes, label, titleLineHeight, quality, encoder: 'mozjpeg' });

interface Deletable { delete(): void; isDeleted(): boolean }
/** CanvasKit objects astro-og-canvas creates for a card and never deletes (see `canvasKit`). */
const leftovers: Deletable[] = [];

/**
 * astro-og-canvas's own CanvasKit (a module singleton in its dist/assetLoaders.js), so a drawing thread
 * loads the 7 MB WebAssembly module once, not twice. Through it we also free what astro-og-canvas 0.13
 * leaves behind: it never deletes the 3 MB snapshot of each picture, nor the decoded logo and the
 * paragraph (delucis/astro-og-canvas#202), so memory grew by ~3.2 MB a card until a thread crashed.
 * Only called on 0.13.2 (pinned in package.json); a layout change fails loudly here.
 */
let kitReady: Promise<{ kit: CanvasKit; fonts: FontMgr }> | undefined;
function canvasKit() {
  kitReady ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('astro-og-canvas');
    const loaders = (await import(pathToFileURL(join(dirname(entry), 'assetLoaders.js')).href)) as { getCanvasKit?: () => Promise<CanvasKit> };
    if (typeof loaders.getCanvasKit !== 'function') throw new Error('astro-og-canvas no longer exports getCanvasKit from dist/assetLoaders.js: update src/lib/og-card.ts');
    const kit = await loaders.getCanvasKit();
    const keep = <T extends Deletable | null>(made: T) => { if (made) leftovers.push(made); return made; };
    // The embind classes behind the factories (their prototypes are not in CanvasKit's types).
    const classes = kit as unknown as { Surface: { prototype: Surface }; ParagraphBuilder: { prototype: ParagraphBuilder } };
    const snapshot = classes.Surface.prototype.makeImageSnapshot;
    classes.Surface.prototype.makeImageSnapshot = function (this: Surface, ...args: Parameters<typeof snapshot>) { return keep(snapshot.apply(this, args)); };
    const decode = kit.MakeImageFromEncoded;
    kit.MakeImageFromEncoded = (...args: Parameters<typeof decode>) => keep(decode(...args));
    const build = classes.ParagraphBuilder.prototype.build;
    classes.ParagraphBuilder.prototype.build = function (this: ParagraphBuilder) { keep(this); return keep(build.call(this)); };
    const fonts = kit.FontMgr.FromData(...fontFiles.map((f) => new Uint8Array(readFileSync(f)).buffer));
    if (!fonts) throw new Error('CanvasKit could not read the DejaVu fonts in src/assets/fonts/');
    return { kit, fonts };
  })();
  return kitReady;
}

/** Deletes the objects of finished drawings; call only between cards (nothing is drawing then). */
function freeLeftovers() {
  for (const made of leftovers.splice(0)) if (!made.isDeleted()) made.delete();
}

/** The title size for a card: the largest that fits (same paragraph as astro-og-canvas builds). */
export async function fitTitle(card: Pick<OgCard, 'title' | 'label'>): Promise<{ size: number; lines: number }> {
  const { kit, fonts } = await canvasKit();
  const style = (size: number, color: RGB, lineHeight: number, weight: 'Bold' | 'Normal') => ({
    color: kit.Color(...color), fontFamilies: family, fontSize: size, heightMultiplier: lineHeight, fontStyle: { weight: kit.FontWeight[weight] },
  });
  for (const size of titleSizes) {
    const builder = kit.ParagraphBuilder.Make(new kit.ParagraphStyle({ textStyle: style(size, ink, titleLineHeight, 'Bold'), textAlign: kit.TextAlign.Left, textDirection: kit.TextDirection.LTR }), fonts);
    builder.addText(card.title);
    const lines = (() => { const p = builder.build(); p.layout(textWidth); return p.getLineMetrics().length; })();
    builder.pushStyle(new kit.TextStyle({ fontSize: gap.size, heightMultiplier: 1 }));
    builder.addText('\n\n');
    builder.pushStyle(new kit.TextStyle(style(label.size, muted, label.lineHeight, 'Normal')));
    builder.addText(card.label);
    const para = builder.build();
    para.layout(textWidth);
    // Min intrinsic width = the widest word: if it is wider than the box, Skia would split that word.
    const fits = para.getMinIntrinsicWidth() <= textWidth && para.getHeight() <= textHeight;
    freeLeftovers();
    if (fits) return { size, lines };
  }
  throw new Error(`Social image: "${card.title}" (${card.label}) does not fit the card even at ${titleSizes.at(-1)} px; shorten the title.`);
}

/** astro-og-canvas's generator; it is typed as returning a fetch BodyInit but resolves to a Buffer. */
const draw = (options: Parameters<typeof generateOpenGraphImage>[0]) => generateOpenGraphImage(options) as Promise<Buffer>;

/** Escapes for astro-og-canvas, which HTML-decodes its text (so a literal "&lt;" would change). */
const literal = (text: string) => text.replaceAll('&', '&amp;');

export interface CardAssets { masthead: (site: string) => Promise<string> }

/**
 * The masthead, made once per site name into `dir`: the site name drawn by astro-og-canvas on the
 * card's background, cut out with sharp, with the rule underneath. Each card draws it as its "logo"
 * (a small image; a full-size background image would cost ~65 ms more per card to decode and draw).
 */
export function cardAssets(dir: string): CardAssets {
  mkdirSync(dir, { recursive: true });
  const made = new Map<string, Promise<string>>();
  return {
    masthead: (site) => {
      let file = made.get(site);
      if (!file) {
        file = (async () => {
          const path = join(dir, `masthead-${createHash('sha256').update(designKey + site).digest('hex').slice(0, 16)}.png`);
          if (existsSync(path)) return path;
          await canvasKit(); // so that what this drawing leaves behind is freed too
          const full = await draw({
            title: literal(site), cacheDir: false, format: 'PNG', fonts: fontFiles, padding,
            bgGradient: [soft], border: { color: brand, width: bar, side: 'block-start' },
            font: { title: { families: family, weight: 'Bold', size: masthead.size, lineHeight: 1.15, color: brand } },
          });
          const ruleSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${rule.width}" height="${rule.height}"><rect width="100%" height="100%" fill="rgb(${brand.join(',')})"/></svg>`;
          const png = await sharp(await sharp(full).extract({ left: padding, top, width: masthead.width, height: masthead.height }).toBuffer())
            .composite([{ input: Buffer.from(ruleSvg), left: 0, top: masthead.height - rule.height }])
            .png()
            .toBuffer();
          // Write then rename: two drawing threads may make the same masthead at once.
          const tmp = `${path}.${randomUUID()}.tmp`;
          writeFileSync(tmp, png);
          renameSync(tmp, path);
          return path;
        })();
        made.set(site, file);
      }
      return file;
    },
  };
}

/** Draws one card: 1200×630 JPEG bytes (drawn lossless, then encoded once with mozjpeg). Cards must be drawn one after another (see freeLeftovers). */
export async function renderCard(card: OgCard, assets: CardAssets): Promise<Buffer> {
  const { size } = await fitTitle(card);
  const logo = await assets.masthead(card.site);
  try {
    const png = await draw({
    title: literal(card.title),
    description: literal(card.label),
    cacheDir: false,
    format: 'PNG',
    fonts: fontFiles,
    padding,
    bgGradient: [soft],
    border: { width: bar, color: brand, side: 'block-start' },
    logo: { path: logo },
    font: {
      title: { families: family, weight: 'Bold', size, lineHeight: titleLineHeight, color: ink },
      description: { families: family, weight: 'Normal', size: label.size, lineHeight: label.lineHeight, color: muted },
    },
    });
    return await sharp(png).jpeg({ quality, mozjpeg: true }).toBuffer();
  } finally {
    freeLeftovers();
  }
}
