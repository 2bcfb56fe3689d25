/**
 * The social preview card's design, drawn with sharp alone: the text is laid out by Pango (sharp's
 * `text` input, which wraps at word boundaries) in DejaVu Sans from src/assets/fonts (Latin with
 * Latvian diacritics, and Cyrillic; shipped in the repository so every machine draws the same
 * letters), then composited onto the background and encoded as a 16-colour PNG.
 *
 *   ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ carmine bar
 *   Atgriešanās Latvijā        masthead: site name
 *   ▬▬▬                        short carmine rule
 *   Mājoklis Cēsu novadā       title, bold, wrapped at word boundaries, size fitted (72 → 40 px)
 *   Cēsu novads                section label
 *
 * The title size is the largest that keeps every word whole and the text inside the card; a title
 * that fits at no size is an error, never a cropped picture.
 *
 * Why not astro-og-canvas (used until design version 2): its CanvasKit never freed the snapshot, logo
 * and paragraph of a picture (~3 MB a card), so this module had to patch CanvasKit's prototypes to
 * free them; sharp (already used for every other image) needs no such patch, and a flat card with
 * three colours is a third of the bytes as a palette PNG than as a JPEG, with sharper letters.
 */
import { resolve } from 'node:path';
import sharp from 'sharp';
import { colour } from '../lib/server/palette.ts';
import { ogImage, type OgCard } from './card.ts';

// The site's own colours (src/styles/global.css), so a card matches the pages it stands for.
const ink = colour('ink');
const muted = colour('muted');
const brand = colour('brand');
const soft = colour('soft');

const fontFiles = [resolve('src/assets/fonts/DejaVuSans.ttf'), resolve('src/assets/fonts/DejaVuSans-Bold.ttf')];
const family = 'DejaVu Sans';

const { width, height } = ogImage;
const padding = 60; // margin on every side
const bar = 14; // carmine bar along the top
const top = padding + bar; // where the masthead starts
const masthead = { size: 36, height: 70 }; // the site name; the rule sits at the bottom of this band
const rule = { width: 120, height: 6 };
/** The text block: a little narrower than the card's inner width, so lines do not run to the edge. */
const textWidth = width - 3 * padding;
const textTop = top + masthead.height + padding;
const textHeight = height - padding - textTop;
const titleSizes = [72, 66, 60, 56, 52, 48, 44, 40];
const label = { size: 32, lineHeight: 1.25 };
const titleLineHeight = 1.15;
/** A blank line this tall separates the title from the label. */
const gap = padding / 3;
/** Colours in the PNG palette: background, three inks and the anti-aliasing steps between them. */
const colours = 16;

/** Pango markup needs &, < and > escaped; everything else is literal text. */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

let fontsReady: Promise<void> | undefined;
/** Registers both font files with sharp's fontconfig once per process (a file is added by drawing with it). */
function loadFonts(): Promise<void> {
  fontsReady ??= (async () => {
    for (const fontfile of fontFiles)
      await sharp({ text: { text: 'x', font: family, fontfile } })
        .png()
        .toBuffer();
  })();
  return fontsReady;
}

interface Drawn {
  data: Buffer;
  width: number;
  height: number;
}
/** Lays out Pango markup (dpi 72, so pt = px), wrapped at word boundaries within `textWidth`. The image is cropped to the ink. */
async function text(markup: string): Promise<Drawn> {
  await loadFonts();
  const { data, info } = await sharp({ text: { text: markup, font: family, width: textWidth, dpi: 72, wrap: 'word', rgba: true } })
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const span = (content: string, attrs: Record<string, string | number>) =>
  `<span ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>${escape(content)}</span>`;

/** Title and label as one block of text at a given title size. */
const block = (card: Pick<OgCard, 'title' | 'label'>, size: number) =>
  text(
    span(card.title, { font_family: family, font_weight: 'bold', size: `${size}pt`, line_height: titleLineHeight, foreground: ink }) +
      `\n<span size="${gap}pt"> </span>\n` +
      span(card.label, { font_family: family, size: `${label.size}pt`, line_height: label.lineHeight, foreground: muted }),
  );

/**
 * The title size for a card: the largest at which the block stays inside the text box. Pango never
 * splits a word that is too long for a line; the line then sticks out, so "fits" also means no word
 * was wider than the box.
 */
async function fitTitle(card: Pick<OgCard, 'title' | 'label'>): Promise<{ size: number; block: Drawn }> {
  for (const size of titleSizes) {
    const drawn = await block(card, size);
    if (drawn.width <= textWidth && drawn.height <= textHeight) return { size, block: drawn };
  }
  throw new Error(
    `Social image: "${card.title}" (${card.label}) does not fit the card even at ${titleSizes.at(-1)} px; shorten the title.`,
  );
}

const mastheads = new Map<string, Promise<Drawn>>();
/** The site name, drawn once per language and process. */
function siteName(site: string): Promise<Drawn> {
  let drawn = mastheads.get(site);
  if (!drawn) {
    drawn = text(span(site, { font_family: family, font_weight: 'bold', size: `${masthead.size}pt`, foreground: brand }));
    mastheads.set(site, drawn);
  }
  return drawn;
}

/** Background, bar and rule: the parts every card shares. */
const frame = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="${soft}"/><rect width="100%" height="${bar}" fill="${brand}"/>` +
    `<rect x="${padding}" y="${top + masthead.height - rule.height}" width="${rule.width}" height="${rule.height}" fill="${brand}"/></svg>`,
);

/** Draws one card: 1200×630 PNG bytes. */
export async function renderCard(card: OgCard): Promise<Buffer> {
  const [{ block: body }, name] = await Promise.all([fitTitle(card), siteName(card.site)]);
  if (name.width > width - 2 * padding || name.height > masthead.height - rule.height)
    throw new Error(`Social image: the site name "${card.site}" does not fit the masthead.`);
  return (
    sharp(frame)
      .composite([
        { input: name.data, left: padding, top },
        { input: body.data, left: padding, top: textTop },
      ])
      // No dithering: the background stays one flat colour (a dithered warm grey would speckle it).
      .png({ palette: true, colours, dither: 0, compressionLevel: 9, effort: 1 })
      .toBuffer()
  );
}
