/**
 * The search page's own index: words are folded and stemmed so that every form of a word, typed
 * with or without diacritics, finds the pages that use any of its forms; ranking and excerpts.
 */
import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../src/search/en-stemmer.ts';
import { stemRussian } from '../../src/search/ru-stemmer.ts';
import { excerpt, rank, type Shard } from '../../src/search/engine.ts';
import { buildIndex, type IndexedPage } from '../../src/search/index-builder.ts';
import { fold, queryKey, queryKeys } from '../../src/search/text.ts';

/** What prefix matching needs: the key of any form is a prefix of every form as indexed. */
const findsEveryForm = (forms: string[], locale: 'lv' | 'en' | 'ru') => {
  for (const form of forms) {
    const key = queryKey(form, locale);
    for (const other of forms) expect(fold(other).startsWith(key), `${form} → "${key}" should find ${other}`).toBe(true);
  }
};

describe('folding', () => {
  it('drops diacritics and case, so typing without them finds the word', () => {
    expect(fold('Bērnudārzā')).toBe('bernudarza');
    expect(fold('Ķekava')).toBe('kekava');
    expect(fold('ЖИЛЬЁ')).toBe('жилье');
    expect(queryKey('berni', 'lv')).toBe(queryKey('bērni', 'lv'));
  });
});

describe('English light stemmer', () => {
  it.each([
    [['kindergarten', 'kindergartens']],
    [['family', 'families']],
    [['move', 'moves', 'moved', 'moving']],
    [['apply', 'applies', 'applied', 'applying']],
    [['tax', 'taxes']],
    [['child', 'children']],
    [['plan', 'plans', 'planned', 'planning']],
    [['enrol', 'enrolment', 'enrolments']],
    [['employ', 'employment', 'employed']],
  ])('%j: each form finds every other', (forms) => findsEveryForm(forms, 'en'));

  it('keeps short words in -ment whole (payment is not "pay")', () => {
    expect(stemEnglish('payment')).toBe('payment');
    expect(stemEnglish('comment')).toBe('comment');
  });

  it('leaves words that only look plural alone', () => {
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('basis')).toBe('basis');
    expect(stemEnglish('class')).toBe('class');
  });
});

describe('Russian light stemmer', () => {
  it.each([
    [['пособие', 'пособия', 'пособий', 'пособием', 'пособиям']],
    [['врач', 'врача', 'врачу', 'врачом', 'врачи']],
    [['налог', 'налога', 'налогам', 'налогов', 'налоги']],
    [['детский', 'детская', 'детского', 'детские', 'детским']],
    [['школа', 'школы', 'школе', 'школу', 'школой']],
    [['жильё', 'жилья', 'жильем', 'жилье']],
    [['востребованные', 'востребованных', 'востребованы', 'востребован']],
    [['оформленный', 'оформленные', 'оформлены']],
  ])('%j: each form finds every other', (forms) => findsEveryForm(forms, 'ru'));

  it('keeps at least three letters and keeps different words apart', () => {
    expect(stemRussian('дом')).toBe('дом');
    expect(stemRussian('школа')).not.toBe(stemRussian('шкала'));
  });
});

const page = (url: string, title: string, content: string, filters: Record<string, string[]> = {}): IndexedPage => ({
  url,
  title,
  content,
  filters: { type: ['Answer'], ...filters },
});

function search(pages: IndexedPage[], query: string, locale: 'lv' | 'en' | 'ru', filters = {}) {
  const { manifest, shards } = buildIndex(pages);
  // As the browser gets them: through JSON.
  const m = JSON.parse(JSON.stringify(manifest));
  const s = new Map([...shards].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as Shard]));
  return rank(m, queryKeys(query, locale), s, filters).map((h) => m.docs[h.doc][0] as string);
}

const pagesLv = [
  page('/lv/a/', 'Darbs Liepājā', 'Vakances un darba devēji Liepājā. Nodokļus maksā darba devējs.', { type: ['Ceļvedis'] }),
  page('/lv/b/', 'Nodokļi pēc atgriešanās', 'Kad jāiesniedz gada ienākumu deklarācija un kā tiek aplikti ienākumi ar nodokli.'),
  page('/lv/c/', 'Bērnudārzs', 'Rinda uz vietu bērnudārzā un bērnu reģistrācija.'),
];

describe('ranking', () => {
  it('finds Latvian pages from an inflected query, with or without diacritics', () => {
    expect(search(pagesLv, 'nodokļiem', 'lv')[0]).toBe('/lv/b/');
    expect(search(pagesLv, 'nodokliem', 'lv')[0]).toBe('/lv/b/');
    expect(search(pagesLv, 'bernudarzi', 'lv')).toEqual(['/lv/c/']);
  });

  it('puts a page whose title has the word above one that only mentions it', () => {
    expect(search(pagesLv, 'nodoklis', 'lv')).toEqual(['/lv/b/', '/lv/a/']);
  });

  it('ranks pages with all the query words above pages with one', () => {
    expect(search(pagesLv, 'darbs nodokļi', 'lv')[0]).toBe('/lv/a/');
  });

  it('applies filters', () => {
    expect(search(pagesLv, 'nodokļi', 'lv', { type: 'Ceļvedis' })).toEqual(['/lv/a/']);
  });

  it('does not list pages that share only a word every page has', () => {
    const more = [...pagesLv, ...['d', 'e', 'f'].map((x) => page(`/lv/${x}/`, `Lapa ${x}`, 'Dzīve un darbs laukos un pilsētā.'))];
    expect(search(more, 'nodokļi un', 'lv').sort()).toEqual(['/lv/a/', '/lv/b/']);
  });

  it('finds nothing for words no page has', () => {
    expect(search(pagesLv, 'kosmoss', 'lv')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('marks the matching words and shows the text around them', () => {
    const text = `${'Ievads teksts. '.repeat(30)}Rinda uz vietu bērnudārzā ir garāka Rīgā. ${'Beigas. '.repeat(30)}`;
    const html = excerpt(text, queryKeys('bērnudārzs', 'lv'));
    expect(html).toContain('<mark>bērnudārzā</mark>');
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
  });

  it('escapes the page text', () => {
    expect(excerpt('Use <b>tax</b> & "forms"', queryKeys('tax', 'en'))).toBe(
      'Use &lt;b&gt;<mark>tax</mark>&lt;/b&gt; &amp; &quot;forms&quot;',
    );
  });
});
