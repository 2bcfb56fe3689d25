/**
 * Social preview images (Open Graph), the page side: which card a page gets and where its file is.
 * A card is the page's title, a section label and the site name, in the page's language. The file
 * name is a hash of the card, so identical cards share one file and a changed title gets a new URL
 * (social networks cache images by URL). The pictures are drawn after Astro renders the pages
 * (integration.ts; draw.ts is the design).
 */
import { createHash } from 'node:crypto';

/** Bump when the picture changes (layout, colours, format), so shared links get the new image. */
const ogDesignVersion = '3';

export const ogImage = { width: 1200, height: 630, extension: 'png', type: 'image/png', dir: 'og' } as const;

export interface OgCard {
  /** BCP 47 language of the page (the card's text may mix languages on fallback and root pages). */
  lang: string;
  title: string;
  /** Section label shown under the title: the parent section or entity (e.g. the municipality). */
  label: string;
  /** The site name in the page's language, shown as the card's masthead. */
  site: string;
}

/** Root-relative URL of the card's image, e.g. /og/3f2a…e1.png. */
function ogImagePath(card: OgCard): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([ogDesignVersion, card.lang, card.title, card.label, card.site]))
    .digest('hex');
  return `/${ogImage.dir}/${hash.slice(0, 20)}.${ogImage.extension}`;
}

/** Set by the social-images integration during `astro build`; absent in dev, checks and tests. */
const queueKey = Symbol.for('rtl:og-image-queue');
export type OgQueue = (card: OgCard, path: string) => void;

/** Registers the card for drawing (a no-op outside a build) and returns its image's path. */
export function useOgImage(card: OgCard): string {
  const path = ogImagePath(card);
  (globalThis as { [queueKey]?: OgQueue })[queueKey]?.(card, path);
  return path;
}

/** The integration's hook; returns a function that removes it. */
export function setOgQueue(queue: OgQueue): () => void {
  (globalThis as { [queueKey]?: OgQueue })[queueKey] = queue;
  return () => {
    delete (globalThis as { [queueKey]?: OgQueue })[queueKey];
  };
}
