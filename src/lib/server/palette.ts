/**
 * The site's colour tokens (`--rtl-<name>` in the :root block of src/styles/global.css), read from
 * that one file for the pictures drawn at build time (social cards, story map covers), so they carry
 * the same colours as the pages and follow any change to the palette.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cssFile = fileURLToPath(new URL('../../styles/global.css', import.meta.url));

/** Every `--rtl-<name>: #rrggbb` of :root, by name, in lower case. */
export function palette(): Record<string, string> {
  const css = readFileSync(cssFile, 'utf8');
  const start = css.indexOf(':root {');
  const root = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...root.matchAll(/--rtl-([a-z-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

/** One token's colour; a name that is not in the palette fails the build, naming the file. */
export function colour(name: string): string {
  const value = palette()[name];
  if (!value) throw new Error(`--rtl-${name} is not a #rrggbb colour in the :root block of src/styles/global.css`);
  return value;
}
