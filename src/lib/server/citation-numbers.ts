/**
 * Numbered references and the page's source list, made in one pass over a rendered page.
 *
 * Astro renders components concurrently, so <Cite> cannot count while it renders; it leaves markers
 * instead, and this pass (run by src/middleware.ts on every page, in `astro dev` and in the build)
 * numbers them in document order:
 * - `<a class="rtl-cite__ref" href="#rtl-sources" data-rtl-cite="KEY">?</a>`: a reference in the text;
 * - `<template data-rtl-cite-item="KEY">…</template>`: the full citation of KEY, right after each
 *   reference (and alone for sources the page lists without citing them in its text);
 * - `<div data-rtl-sources></div>`: where the list goes (PageMeta); without it, at the end of <main>.
 * A source gets its number where it is first used; the same KEY again gets the same number. A listed-only
 * source whose lines the text cites under another date is not listed again.
 * A document's link in an item (`<a href="…#doc-…" data-rtl-short="SHORT">TITLE</a>`) keeps its full
 * title in the first item that names that document and shows SHORT in the later ones.
 * The markers come only from our components: content cannot write HTML (the MDX allowlist), and
 * text in attributes and templates is escaped, so these exact strings cannot be forged.
 */

export interface CitationLabels {
  heading: string;
  /** Accessible name of reference n: "Source 1". */
  ref: (n: number) => string;
  /** Accessible name of the link from list item n back to its first use. */
  back: (n: number) => string;
}

const TEMPLATE = /<template data-rtl-cite-item="([^"]*)">([\s\S]*?)<\/template>/g;
const REF = /<a class="rtl-cite__ref" href="#rtl-sources" data-rtl-cite="([^"]*)">\?<\/a>/g;
const SLOT = '<div data-rtl-sources></div>';
const DOC_LINK = /<a href="([^"]*)" data-rtl-short="([^"]*)">[\s\S]*?<\/a>/g;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** True when the page has citation markers to number. */
export const hasCitations = (html: string) => html.includes('data-rtl-cite-item="') || html.includes(SLOT);

/** The source a key names, without the date a citation gave it ("001:1539-1542@2022-01" → "001:1539-1542"). */
const sourceOf = (key: string) => key.replace(/@[^@]*$/, '');

export function numberCitations(html: string, labels: CitationLabels): string {
  const numbers = new Map<string, number>();
  const items: string[] = [];
  /**
   * A source the page lists without citing it (PageMeta's sources) is left out when the text cites the
   * same lines with a more precise date: the list would otherwise show it twice, once uncited.
   */
  const citedKeys = new Set([...html.matchAll(REF)].map((m) => m[1]!));
  const citedSources = new Set([...citedKeys].map(sourceOf));
  let out = html.replace(TEMPLATE, (_m, key: string, full: string) => {
    if (!citedKeys.has(key) && citedSources.has(sourceOf(key))) return '';
    if (!numbers.has(key)) {
      numbers.set(key, numbers.size + 1);
      items.push(full);
    }
    return '';
  });
  const named = new Set<string>();
  for (const [i, full] of items.entries())
    items[i] = full.replace(DOC_LINK, (_m, href: string, short: string) => {
      const first = !named.has(href);
      named.add(href);
      return first ? _m.replace(` data-rtl-short="${short}"`, '') : `<a href="${href}">${short}</a>`;
    });
  const cited = new Set<number>();
  out = out.replace(REF, (_m, key: string) => {
    const n = numbers.get(key);
    if (!n) throw new Error(`Citation "${key}" has a reference but no entry: <Cite> must render both.`);
    const first = !cited.has(n);
    cited.add(n);
    return `<a class="rtl-cite__ref" href="#rtl-src-${n}"${first ? ` id="rtl-cite-${n}"` : ''} aria-label="${attr(labels.ref(n))}">${n}</a>`;
  });
  const list =
    items.length === 0
      ? ''
      : [
          '<section class="rtl-sources" data-pagefind-ignore="all">',
          `<h2 id="rtl-sources">${attr(labels.heading)}</h2><ol>`,
          ...items.map((full, i) => {
            const n = i + 1;
            const back = cited.has(n)
              ? ` <a class="rtl-sources__back" href="#rtl-cite-${n}" aria-label="${attr(labels.back(n))}">↑</a>`
              : '';
            return `<li id="rtl-src-${n}">${full}${back}</li>`;
          }),
          '</ol></section>',
        ].join('');
  if (out.includes(SLOT)) return out.replace(SLOT, () => list).replaceAll(SLOT, '');
  const end = out.lastIndexOf('</main>');
  if (end < 0) return out;
  return out.slice(0, end) + list + out.slice(end);
}
