/**
 * Extraction: what a built page gives the search index, read with an HTML parser (linkedom) from the
 * same markup Pagefind reads, so either engine can index the site:
 * - only pages with a `data-pagefind-body` element are indexed, and only the text inside it;
 * - `data-pagefind-ignore` (or `="index"`) leaves an element's text out; `="all"` also its filters and meta;
 * - `data-pagefind-weight="n"` multiplies the words of an element (the nearest such ancestor wins);
 *   without it, words in h2–h6 count HEADING times (the title's words get their bonus in the index);
 * - `data-pagefind-filter="name"` and `data-pagefind-meta="name"` take the element's text as the
 *   value (`="name:value"` gives the value inline);
 * - the title is the `title` meta, else the first h1, else the document's <title>.
 * Script, style, template and noscript text is never indexed.
 */
import { parseHTML } from 'linkedom';

export interface ExtractedPage {
  url: string;
  title: string;
  /** The indexed text as one string (excerpts are cut from it). */
  content: string;
  /** The same text in runs of one weight, in document order. */
  runs: { text: string; weight: number }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Weight of h2–h6 text without an explicit data-pagefind-weight (body text is 1). */
const HEADING = 3;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Elements whose edges do not separate words ("<b>bērnu</b>dārzs" is one word). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

type El = {
  tagName: string;
  childNodes: ArrayLike<Node>;
  getAttribute(n: string): string | null;
  hasAttribute(n: string): boolean;
  textContent: string | null;
  querySelectorAll(s: string): ArrayLike<El>;
};
type Node = { nodeType: number; textContent: string | null };

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Filters or meta of the body: `attr="name"` (value = text) or `attr="name:value"`, outside ignore="all". */
function pairs(body: El, attr: string): [string, string][] {
  const out: [string, string][] = [];
  for (const el of Array.from(body.querySelectorAll(`[${attr}]`))) {
    if (insideIgnoreAll(el)) continue;
    const spec = el.getAttribute(attr) ?? '';
    const colon = spec.indexOf(':');
    const [name, value] = colon > 0 ? [spec.slice(0, colon), spec.slice(colon + 1)] : [spec, squash(el.textContent ?? '')];
    if (name && value) out.push([name.trim(), value.trim()]);
  }
  return out;
}

function insideIgnoreAll(el: El): boolean {
  for (let e: El | null = el; e; e = (e as unknown as { parentElement: El | null }).parentElement) {
    if (e.getAttribute('data-pagefind-ignore') === 'all') return true;
  }
  return false;
}

/** The indexed text of an element, as runs of equal weight. */
function collect(el: El, weight: number, runs: { text: string; weight: number }[]) {
  const explicit = el.getAttribute('data-pagefind-weight');
  let w = weight;
  if (explicit !== null && Number.isFinite(Number(explicit))) w = Number(explicit);
  else if (/^H[2-6]$/.test(el.tagName) && weight === 1) w = HEADING;
  const push = (text: string) => {
    const last = runs.at(-1);
    if (last && last.weight === w) last.text += text;
    else runs.push({ text, weight: w });
  };
  const block = !INLINE.has(el.tagName);
  if (block) push(' ');
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) push(child.textContent ?? '');
    else if (child.nodeType === 1) {
      const c = child as unknown as El;
      if (SKIP.has(c.tagName) || c.hasAttribute('data-pagefind-ignore')) continue;
      collect(c, w, runs);
    }
  }
  if (block) push(' ');
}

/** One built page. `url` is its path ("/lv/faq/x/"). Returns undefined when the page is not indexed. */
export function extractPage(html: string, url: string): ExtractedPage | undefined {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]') as unknown as El | null;
  if (!body) return undefined;
  const raw: { text: string; weight: number }[] = [];
  collect(body, 1, raw);
  const runs = raw.map((r) => ({ text: squash(r.text), weight: r.weight })).filter((r) => r.text && r.weight > 0);
  const meta = Object.fromEntries(pairs(body, 'data-pagefind-meta'));
  const filters: Record<string, string[]> = {};
  for (const [name, value] of pairs(body, 'data-pagefind-filter')) {
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const h1 = body.querySelectorAll('h1')[0];
  const title = meta.title ?? (h1 ? squash(h1.textContent ?? '') : squash(document.querySelector('title')?.textContent ?? url));
  return { url, title, content: runs.map((r) => r.text).join(' '), runs, meta, filters };
}
