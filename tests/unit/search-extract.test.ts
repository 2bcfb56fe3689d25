/**
 * Our own extraction reads the data-pagefind-* markup the way the site's pages use it: what a reader
 * sees in the page body is searchable, page chrome marked ignore is not, weights and filters count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractPage } from '../../src/search/extract.ts';
import { buildIndex } from '../../src/search/index-builder.ts';
import { rank, type Manifest, type Shard } from '../../src/search/engine.ts';
import { queryKeys } from '../../src/search/text.ts';
import { repoRoot } from './helpers.ts';

const doc = (body: string, head = '<title>Tab title</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><header>Site menu</header>${body}<footer>Footer text</footer></body></html>`;

describe('extraction from built HTML', () => {
  it('indexes only pages with data-pagefind-body, and only the text inside it', () => {
    expect(extractPage(doc('<main><h1>No body here</h1></main>'), '/en/x/')).toBeUndefined();
    const page = extractPage(doc('<main data-pagefind-body><h1>Kindergarten in Cēsis</h1><p>Register the child.</p></main>'), '/en/x/')!;
    expect(page.content).toBe('Kindergarten in Cēsis Register the child.');
    expect(page.content).not.toMatch(/Site menu|Footer/);
  });

  it('leaves out ignored elements, scripts and styles, but keeps filters under a plain ignore', () => {
    const page = extractPage(
      doc(`<main data-pagefind-body><h1>Rent</h1>
      <div hidden data-pagefind-ignore><span data-pagefind-filter="type">Guide</span><span data-pagefind-meta="municipality">Valmiera</span></div>
      <nav data-pagefind-ignore="all"><a href="/">Other topics</a><span data-pagefind-filter="topic">Never</span></nav>
      <p>Flats are scarce.<script>var secret = 1;</script><style>p{color:red}</style></p></main>`),
      '/en/x/',
    )!;
    expect(page.content).toBe('Rent Flats are scarce.');
    expect(page.filters).toEqual({ type: ['Guide'] });
    expect(page.meta).toEqual({ municipality: 'Valmiera' });
  });

  it('keeps a word split by inline markup whole, and separates words across blocks', () => {
    const page = extractPage(
      doc('<main data-pagefind-body><h1>X</h1><p><b>bērnu</b>dārzs</p><p>rinda</p><ul><li>one</li><li>two</li></ul></main>'),
      '/lv/x/',
    )!;
    expect(page.content).toBe('X bērnudārzs rinda one two');
  });

  it('honours data-pagefind-weight, and weighs headings above body text', () => {
    const page = extractPage(
      doc(
        '<main data-pagefind-body><h1 data-pagefind-weight="10">Family doctor</h1><p data-pagefind-weight="0">hidden words</p><h2>Who pays</h2><p>Body</p></main>',
      ),
      '/en/x/',
    )!;
    const weightOf = (text: string) => page.runs.find((r) => r.text === text)?.weight;
    expect(weightOf('Family doctor')).toBe(10);
    expect(weightOf('Body')).toBe(1);
    expect(weightOf('Who pays')).toBeGreaterThan(1);
    expect(page.content).not.toContain('hidden words');
  });

  it('takes the title from the title meta, else the first h1, else <title>', () => {
    expect(
      extractPage(doc('<main data-pagefind-body><span hidden data-pagefind-meta="title:Given"></span><h1>Heading</h1></main>'), '/en/x/')!
        .title,
    ).toBe('Given');
    expect(extractPage(doc('<main data-pagefind-body><h1>Heading</h1></main>'), '/en/x/')!.title).toBe('Heading');
    expect(extractPage(doc('<main data-pagefind-body><p>Text</p></main>'), '/en/x/')!.title).toBe('Tab title');
  });

  it('a weighted word puts its page first: a heavier title beats a page that repeats the word in its body', () => {
    const pages = [
      extractPage(
        doc('<main data-pagefind-body><h1>Other things</h1><p>tax tax tax and more text about many other things here</p></main>'),
        '/en/a/',
      )!,
      extractPage(doc('<main data-pagefind-body><h1 data-pagefind-weight="10">Tax return</h1><p>When to file.</p></main>'), '/en/b/')!,
    ];
    const { manifest, shards } = buildIndex(pages);
    const hits = rank(manifest as Manifest, queryKeys('tax', 'en'), shards as Map<string, Shard>);
    expect(hits.map((h) => manifest.docs[h.doc]![0])).toEqual(['/en/b/', '/en/a/']);
  });
});

describe('the built index', () => {
  const dist = join(repoRoot, 'dist');
  it('holds the "what official pages say" box of a topic page (Cēsis kindergartens)', () => {
    expect(existsSync(join(dist, 'search/lv/index.json')), 'dist/search is missing: run npm run build first').toBe(true);
    const cesis = parse(readFileSync(join(repoRoot, 'content/municipalities/cesu-novads.yaml'), 'utf8')) as {
      official?: { topic: string; text: Record<string, string> }[];
    };
    const note = cesis.official?.find((n) => n.topic === 'kindergarten');
    expect(note, 'the test expects Cēsis to have an official kindergarten note').toBeDefined();
    for (const lang of ['lv', 'en', 'ru']) {
      const m = JSON.parse(readFileSync(join(dist, `search/${lang}/index.json`), 'utf8')) as Manifest;
      const doc = m.docs.findIndex((d) => d[0] === `/${lang}/municipalities/cesu-novads/schools/`);
      expect(doc, lang).toBeGreaterThanOrEqual(0);
      const text = readFileSync(join(dist, `search/${lang}/t/${doc}.txt`), 'utf8');
      // The note's first sentence, as the reader sees it (typographic apostrophes and all).
      expect(text, lang).toContain(note!.text[lang]!.split(';')[0]!);
    }
  });

  it('holds every page the search benchmark expects (tests/fixtures/search-queries.json), so a renamed page cannot quietly count as a miss', () => {
    const queries = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/search-queries.json'), 'utf8')) as Record<
      string,
      { q: string; expect: string[] }[]
    >;
    for (const [lang, list] of Object.entries(queries)) {
      const m = JSON.parse(readFileSync(join(dist, `search/${lang}/index.json`), 'utf8')) as Manifest;
      const indexed = new Set(m.docs.map((d) => d[0]));
      const missing = list.flatMap(({ q, expect }) => expect.filter((url) => !indexed.has(url)).map((url) => `"${q}" expects ${url}`));
      expect(missing, `${lang}: expected pages that are not in the search index`).toEqual([]);
    }
  });
});
