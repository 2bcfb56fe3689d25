import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { dictionaries, pluralForms, useT } from '../../src/i18n/t.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function leafKeys(node: unknown, prefix = ''): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** Keys without plural suffixes, plus the plural keys themselves. */
const baseKeys = (l: (typeof locales)[number]) => new Set(leafKeys(dictionaries[l]).map((k) => k.replace(pluralSuffix, '')));
const pluralBases = (l: (typeof locales)[number]) =>
  new Set(
    leafKeys(dictionaries[l])
      .filter((k) => pluralSuffix.test(k))
      .map((k) => k.replace(pluralSuffix, '')),
  );

describe('UI dictionaries', () => {
  it.each(locales.filter((l) => l !== 'lv'))('%s has every Latvian key and no extra ones', (l) => {
    expect([...baseKeys(l)].sort()).toEqual([...baseKeys('lv')].sort());
  });

  it.each(locales)('%s has every plural form its language needs (Intl.PluralRules)', (l) => {
    for (const base of pluralBases('lv')) expect(() => pluralForms(l, base)).not.toThrow();
  });

  it.each(locales)('%s has no empty strings', (l) => {
    const empty = leafKeys(dictionaries[l]).filter((k) => {
      const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], dictionaries[l]);
      return typeof v !== 'string' || v.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('a missing key fails loudly instead of showing the raw key', () => {
    // @ts-expect-error -- the key is missing on purpose: astro check refuses it, and this shows the build would too.
    expect(() => useT('en')('nav.doesNotExist')).toThrow(/Missing UI string/);
  });
});

describe('plurals', () => {
  it('Latvian uses zero/one/other: 0, 1, 2, 11, 21', () => {
    const t = useT('lv');
    const words = [0, 1, 2, 11, 21].map((n) => t('search.results', { count: n }).split(' ').at(-1));
    expect(words).toEqual(['rezultātu', 'rezultāts', 'rezultāti', 'rezultātu', 'rezultāts']);
  });

  it('Russian uses one/few/many: 1, 2, 5, 11, 21', () => {
    const t = useT('ru');
    const words = [1, 2, 5, 11, 21].map((n) => t('search.results', { count: n }).split(' ').at(-1));
    expect(words).toEqual(['результат', 'результата', 'результатов', 'результатов', 'результат']);
  });

  it('English uses one/other', () => {
    const t = useT('en');
    expect([1, 2].map((n) => t('faq.count', { count: n }))).toEqual(['1 answer', '2 answers']);
  });
});
