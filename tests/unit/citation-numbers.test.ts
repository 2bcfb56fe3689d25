/**
 * Numbered references: the pass that turns <Cite>'s markers into "1", "2"… in document order and
 * writes the page's source list. Inputs are the markers <Cite> and <PageMeta> leave in a page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { numberCitations } from '../../src/lib/server/citation-numbers.ts';

const labels = { heading: 'Sources on this page', ref: (n: number) => `Source ${n}`, back: (n: number) => `Back to source ${n}` };
const cite = (key: string, full: string) =>
  `<span class="rtl-cite"> <time datetime="2022-01">(Jan 2022)</time><a class="rtl-cite__ref" href="#rtl-sources" data-rtl-cite="${key}">?</a></span><template data-rtl-cite-item="${key}">${full}</template>`;
const listed = (key: string, full: string) => `<template data-rtl-cite-item="${key}">${full}</template>`;
const page = (main: string) => `<!doctype html><html lang="en"><body><main>${main}</main><footer>f</footer></body></html>`;
const run = (main: string) => parseHTML(numberCitations(page(main), labels)).document;

describe('numbered citations', () => {
  it("names a document by its full title at its first item and by its short name after, on the page's list", () => {
    const doc = (line: number) =>
      `<a href="/en/sources/#doc-001" data-rtl-short="LU study">Living and Working Opportunities</a>, line ${line}`;
    const other = '<a href="/en/sources/#doc-000" data-rtl-short="Diaspora plan">Plan for Work with the Diaspora</a>, line 3';
    const items = [
      ...run(`<p>${cite('001:1@2022', doc(1))} ${cite('000:3@2024', other)} ${cite('001:2@2022', doc(2))}</p>`).querySelectorAll(
        '.rtl-sources li',
      ),
    ];
    expect(items.map((li) => li.querySelector('a')!.textContent)).toEqual([
      'Living and Working Opportunities',
      'Plan for Work with the Diaspora',
      'LU study',
    ]);
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([
      '/en/sources/#doc-001',
      '/en/sources/#doc-000',
      '/en/sources/#doc-001',
    ]);
    expect(items.some((li) => li.innerHTML.includes('data-rtl-short'))).toBe(false);
  });

  const doc = run(
    `<p>Wage 697 ${cite('001:1526@2022-01', 'LU study, line 1526')}.</p>` +
      `<p>Fee ${cite('web:pmlp-fee', 'PMLP: <a href="https://www.pmlp.gov.lv/">Fees</a>')} and again wage ${cite('001:1526@2022-01', 'LU study, line 1526')}.</p>` +
      `<footer class="rtl-meta">${listed('001:1526@2022-01', 'LU study, line 1526')}${listed('gk:vid', 'check with VID')}<div data-rtl-sources></div></footer>`,
  );
  const refs = [...doc.querySelectorAll('a.rtl-cite__ref')];

  it('numbers sources in order of first use, and the same source keeps its number', () => {
    expect(refs.map((a) => a.textContent)).toEqual(['1', '2', '1']);
    expect(refs.map((a) => a.getAttribute('href'))).toEqual(['#rtl-src-1', '#rtl-src-2', '#rtl-src-1']);
  });

  it('names each reference for screen readers ("Source 1"), not a bare number', () => {
    expect(refs.map((a) => a.getAttribute('aria-label'))).toEqual(['Source 1', 'Source 2', 'Source 1']);
  });

  it('lists each source once, with its full citation, where PageMeta asks; sources only listed come last', () => {
    const list = doc.querySelector('footer.rtl-meta section.rtl-sources')!;
    expect(list.querySelector('h2')?.textContent).toBe('Sources on this page');
    const items = [...list.querySelectorAll('ol > li')];
    expect(items.map((li) => li.id)).toEqual(['rtl-src-1', 'rtl-src-2', 'rtl-src-3']);
    expect(items[0]!.textContent).toContain('LU study, line 1526');
    expect(items[1]!.querySelector('a[href="https://www.pmlp.gov.lv/"]')?.textContent).toBe('Fees');
    expect(items[2]!.textContent).toContain('check with VID');
  });

  it('links each cited item back to its first use only; a source never cited in the text has no back-link', () => {
    const back = [...doc.querySelectorAll('.rtl-sources__back')];
    expect(back.map((a) => a.getAttribute('href'))).toEqual(['#rtl-cite-1', '#rtl-cite-2']);
    for (const a of back) expect(doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    expect(doc.querySelectorAll('[id="rtl-cite-1"]')).toHaveLength(1);
    expect(doc.getElementById('rtl-src-3')!.querySelector('.rtl-sources__back')).toBeNull();
  });

  it('leaves no marker behind', () => {
    const html = doc.documentElement.outerHTML;
    expect(html).not.toContain('data-rtl-cite');
    expect(html).not.toContain('<template');
    expect(html).not.toContain('data-rtl-sources>');
  });

  it('puts the list at the end of <main> when the page has no place for it', () => {
    const d = run(`<p>x ${cite('001:5@2022', 'LU study, line 5')}</p>`);
    expect(d.querySelector('main > :last-child')?.className).toBe('rtl-sources');
    expect(d.querySelector('body > footer')?.textContent).toBe('f');
  });

  it('writes nothing when a page cites nothing', () => {
    const d = run('<p>No figures here.</p><footer class="rtl-meta"><div data-rtl-sources></div></footer>');
    expect(d.querySelector('.rtl-sources')).toBeNull();
    expect(d.querySelector('[data-rtl-sources]')).toBeNull();
  });

  it('keeps "$" in a citation as written', () => {
    const d = run(`<p>x ${cite('web:a', 'Price list: $& and $1')}</p>`);
    expect(d.getElementById('rtl-src-1')?.textContent).toContain('Price list: $& and $1');
  });
});

describe('marker look-alikes in content text', () => {
  // What Astro renders for an editor's text that spells out the markers (a code span in MDX, a title in
  // frontmatter): escaped, so it stays text and cannot move or fake the source list.
  const spelled =
    '<p><code>&lt;div data-rtl-sources&gt;&lt;/div&gt;</code> and &lt;template data-rtl-cite-item=&quot;x&quot;&gt;fake&lt;/template&gt;</p>';
  const doc = run(`${spelled}<p>Wage ${cite('001:1526@2022-01', 'LU study, line 1526')}.</p>`);

  it('stay text, and the list is still the page own one, at the end of main', () => {
    expect(doc.querySelector('main p')!.textContent).toBe(
      '<div data-rtl-sources></div> and <template data-rtl-cite-item="x">fake</template>',
    );
    expect([...doc.querySelectorAll('.rtl-sources li')].map((li) => li.textContent!.replace(/\s*↑$/, ''))).toEqual(['LU study, line 1526']);
    expect(doc.querySelector('main')!.lastElementChild!.className).toBe('rtl-sources');
  });
  it('does not list a page-level source again when the text cites the same lines with a more precise date', () => {
    const d = run(
      `<p>Wage ${cite('001:1539-1542@2022-01', 'LU study, lines 1539–1542 · as of January 2022')}.</p>` +
        listed('001:1539-1542@2022', 'LU study, lines 1539–1542 · as of 2022') +
        listed('001:9000@2022', 'LU study, line 9000 · as of 2022'),
    );
    const items = [...d.querySelectorAll('.rtl-sources li')].map((li) => li.textContent);
    expect(items).toEqual([expect.stringContaining('January 2022'), expect.stringContaining('line 9000')]);
    for (const li of d.querySelectorAll('.rtl-sources li'))
      if (!li.textContent!.includes('line 9000')) expect(d.querySelector(`a[href="#${li.id}"]`), li.id).not.toBeNull();
  });
});
