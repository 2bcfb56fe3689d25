/**
 * Queries that name a town and a topic, typed as families type them, find that town's page on that
 * topic first; pages that only say a thing is not described do not crowd out pages that describe it.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadPlaces } from '../../src/search/build.ts';
import { boost, rank, type Manifest, type Shard } from '../../src/search/engine.ts';
import { buildIndex, type IndexedPage } from '../../src/search/index-builder.ts';
import { intentOf } from '../../src/search/intent.ts';
import { queryKeys } from '../../src/search/text.ts';
import { repoRoot } from './helpers.ts';

const places = loadPlaces(join(repoRoot, 'content'));

describe('places and topics in a query', () => {
  it.each([
    ['lv', 'bērnudārzs Cēsīs', 'cesu-novads', 'schools'],
    ['lv', 'bernudarzs cesis', 'cesu-novads', 'schools'],
    ['lv', 'īrēt dzīvokli Daugavpilī', 'daugavpils', 'housing'],
    ['lv', 'pabalsti Preiļos', 'preilu-novads', 'grants'],
    ['en', 'rent in Liepaja', 'liepaja', 'housing'],
    ['en', 'Cēsīs kindergarten', 'cesu-novads', 'schools'],
    ['en', 'jobs in Valmiera', 'valmieras-novads', 'jobs'],
    ['ru', 'работа в Валмиере', 'valmieras-novads', 'jobs'],
    ['ru', 'детский сад в Цесисе', 'cesu-novads', 'schools'],
    ['ru', 'школы Лиепаи', 'liepaja', 'schools'],
    ['ru', 'пособие в Цесисском крае', 'cesu-novads', 'grants'],
  ] as const)('%s "%s" → %s, %s', (lang, q, place, topic) => {
    const intent = intentOf(q, lang, places);
    expect(intent.places).toEqual([place]);
    expect(intent.topics).toEqual([topic]);
  });

  it('tells a state city from the novads of the same name by the word "novads"', () => {
    expect(intentOf('Jelgava', 'lv', places).places).toEqual(['jelgava']);
    expect(intentOf('Jelgavas novadā', 'lv', places).places).toEqual(['jelgavas-novads']);
    expect(intentOf('Ventspils Municipality', 'en', places).places).toEqual(['ventspils-novads']);
  });

  it('finds no place in queries that name none', () => {
    for (const [q, lang] of [
      ['family doctor', 'en'],
      ['right to work', 'en'],
      ['nodokļi pēc atgriešanās', 'lv'],
      ['пособие при возвращении', 'ru'],
      ['kindergarten place', 'en'],
    ] as const) {
      expect(intentOf(q, lang, places).places, q).toEqual([]);
    }
  });
});

const page = (url: string, title: string, content: string): IndexedPage => ({ url, title, content, filters: {} });
function search(pages: IndexedPage[], q: string, locale: 'lv' | 'en' | 'ru') {
  const { manifest, shards } = buildIndex(pages, { locale, places });
  const m = JSON.parse(JSON.stringify(manifest)) as Manifest;
  const s = new Map([...shards].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as Shard]));
  return boost(m, rank(m, queryKeys(q, locale), s), intentOf(q, locale, m.places ?? [])).map((h) => m.docs[h.doc]![0]);
}

describe('ranking with places and topics', () => {
  const pages = [
    page(
      '/en/faq/kindergarten-place/',
      'How do I get a kindergarten place?',
      'Kindergarten places: register the child with the municipality. Kindergarten queues differ; kindergarten fees too.',
    ),
    page(
      '/en/municipalities/valmieras-novads/schools/',
      'Schools and kindergartens in Valmiera Municipality',
      'Kindergarten in Valmiera: apply online. Kindergarten places by queue.',
    ),
    page(
      '/en/municipalities/cesu-novads/schools/',
      'Schools and kindergartens in Cēsis Municipality',
      'To get a place in a municipal kindergarten, register the child in the Education Board system.',
    ),
    page('/en/municipalities/cesu-novads/', 'Cēsis Municipality', 'Cēsis is in Vidzeme. Contacts of the council.'),
    page('/en/municipalities/cesu-novads/housing/', 'Housing in Cēsis Municipality', 'Flats to rent in Cēsis are few.'),
  ];

  it("puts the named town's page on the named topic first, however the town is typed", () => {
    for (const q of ['kindergarten Cesis', 'kindergartens in Cēsīs', 'Cēsis nursery'])
      expect(search(pages, q, 'en')[0], q).toBe('/en/municipalities/cesu-novads/schools/');
    expect(search(pages, 'rent Cesis', 'en')[0]).toBe('/en/municipalities/cesu-novads/housing/');
  });

  it("puts the town's overview first when the query names only the town, and its other pages next", () => {
    const found = search(pages, 'Cēsis', 'en');
    expect(found[0]).toBe('/en/municipalities/cesu-novads/');
    expect(found.slice(1, 3).sort()).toEqual(['/en/municipalities/cesu-novads/housing/', '/en/municipalities/cesu-novads/schools/']);
  });

  it("puts general pages above municipalities' pages when no town is named", () => {
    expect(search(pages, 'kindergarten', 'en')[0]).toBe('/en/faq/kindergarten-place/');
  });

  it("puts a national programme above one municipality's programme when no town is named, and the town's first when it is", () => {
    const programmes: IndexedPage[] = [
      {
        url: '/en/support/latvian-courses/',
        title: 'Latvian courses for returnees',
        content: 'Free Latvian language courses, online or in person.',
        filters: {},
      },
      {
        url: '/en/support/daugavpils-courses/',
        title: 'Daugavpils: Latvian courses for adults',
        content: 'Latvian courses in Daugavpils. Latvian language courses for adults, Latvian language clubs.',
        filters: { municipality: ['Daugavpils'] },
      },
    ];
    const { manifest, shards } = buildIndex(programmes, { locale: 'en', places });
    // On words alone the local programme wins (it repeats them), so the order below comes from the rule.
    expect(manifest.docs[rank(manifest as Manifest, queryKeys('Latvian courses', 'en'), shards as Map<string, Shard>)[0]!.doc]![0]).toBe(
      '/en/support/daugavpils-courses/',
    );
    expect(search(programmes, 'Latvian courses', 'en')[0]).toBe('/en/support/latvian-courses/');
    expect(search(programmes, 'Latvian courses Daugavpils', 'en')[0]).toBe('/en/support/daugavpils-courses/');
  });

  it('ranks a municipality page that only says kindergartens are not described below one that describes them', () => {
    const filler = [
      page(
        '/en/municipalities/a-novads/schools/',
        'Schools in A',
        'The study does not describe kindergartens in A. It does not say whether kindergarten places are free.',
      ),
      page(
        '/en/municipalities/b-novads/schools/',
        'Schools in B',
        'Kindergarten places are given in queue order; register the child online.',
      ),
    ];
    expect(search(filler, 'kindergarten', 'en')).toEqual(['/en/municipalities/b-novads/schools/', '/en/municipalities/a-novads/schools/']);
    const lv = [
      page(
        '/lv/municipalities/a-novads/schools/',
        'Skolas A',
        'Pētījums neapraksta bērnudārzus A novadā. Bērnudārzu rindas nav aprakstītas.',
      ),
      page('/lv/municipalities/b-novads/schools/', 'Skolas B', 'Vietu bērnudārzā piešķir rindas kārtībā.'),
    ];
    expect(search(lv, 'bērnudārzs', 'lv')).toEqual(['/lv/municipalities/b-novads/schools/', '/lv/municipalities/a-novads/schools/']);
    const ru = [
      page(
        '/ru/municipalities/a-novads/schools/',
        'Школы A',
        'Исследование не описывает детские сады в крае. Нет сведений о детских садах.',
      ),
      page('/ru/municipalities/b-novads/schools/', 'Школы B', 'Место в детском саду выделяется в порядке очереди.'),
    ];
    expect(search(ru, 'детский сад', 'ru')).toEqual(['/ru/municipalities/b-novads/schools/', '/ru/municipalities/a-novads/schools/']);
  });
});
