/**
 * The terminology rule (src/content-rules/rules/terminology.ts) warns an editor about the conventions
 * of content/TRANSLATING.md, with the text found and the fix, and keeps quiet on correct text.
 */
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/content-rules/rules/terminology.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };

const ids = (lang: 'lv' | 'en' | 'ru', text: string, historical = false) => findTerms(lang, text, historical).map((f) => f.check.id);

describe('terminology rule', () => {
  it('asks for "returnee" in English, but not inside a Latvian name or a slug', () => {
    expect(ids('en', 'The grant helps remigrants start a business.')).toEqual(['returnee']);
    expect(ids('en', 'The grant helps returnees start a business.')).toEqual([]);
    expect(ids('en', 'The award “Gada uzņēmīgākais remigrants Latgalē” is yearly.')).toEqual([]);
    expect(ids('en', 'See [the grant](/en/support/remigrant-business-grant/).')).toEqual([]);
    expect(ids('en', 'The “Latgale’s most enterprising remigrant of the year” award.')).toEqual(['returnee']);
  });

  it('keeps "remigrant" out of the English interface too', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const found = strings(en).filter((text) => findTerms('en', text, false).some((f) => f.check.id === 'returnee'));
    expect(found).toEqual([]);
  });

  it("flags the ministry's old name in the present, not in a sentence about the past", () => {
    expect(ids('en', 'Coordinators work under the Ministry of Environmental Protection and Regional Development.')).toEqual([
      'ministry-name',
    ]);
    expect(ids('en', 'In 2019 the Ministry of Environmental Protection and Regional Development funded ten pilots.')).toEqual([]);
    expect(ids('lv', 'Koordinatori strādā Vides aizsardzības un reģionālās attīstības ministrijas pārraudzībā.')).toEqual([
      'ministry-name',
    ]);
    expect(ids('ru', 'Координаторы работают при Министерстве охраны среды и регионального развития.')).toEqual(['ministry-name']);
    expect(ids('lv', 'Koordinatori strādā Vides aizsardzības un reģionālās attīstības ministrijas pārraudzībā.', true)).toEqual([]);
  });

  it('checks currency order and thousands per language', () => {
    expect(ids('lv', 'Grants līdz 1 500 eiro.')).toEqual(['euro-lv']);
    expect(ids('lv', 'Grants līdz EUR 1500.')).toEqual(['euro-lv-order']);
    expect(ids('lv', 'Grants līdz 1500 EUR.')).toEqual([]);
    expect(ids('en', 'A grant of up to EUR 1 500.')).toEqual(['thousands-en']);
    expect(ids('en', 'A grant of up to 1,500 EUR.')).toEqual(['euro-en']);
    expect(ids('en', 'A grant of up to EUR 1,500.')).toEqual([]);
    expect(ids('ru', 'Грант до 1500 EUR.')).toEqual(['euro-ru']);
    expect(ids('ru', 'Грант до 1500 евро.')).toEqual([]);
  });

  it('wants typographic quotation marks in Latvian and Russian prose, and ignores attributes of components', () => {
    expect(ids('lv', 'Konkurss "Laukiem būt" notiek katru gadu.')).toEqual(['quotes']);
    expect(ids('lv', 'Konkurss “Laukiem būt” notiek katru gadu. <Cite src="001:5" />')).toEqual([]);
    expect(ids('ru', 'Конкурс "Laukiem būt" проходит ежегодно.')).toEqual(['quotes']);
    expect(ids('ru', 'Конкурс «Laukiem būt» проходит ежегодно. <Term lv="konkurss">конкурс</Term>')).toEqual([]);
  });

  it('names the calques a native editor would flag, with the fix', () => {
    const [f] = findTerms('ru', 'Специалист консультирует о налогах.');
    expect(f?.check.id).toBe('calque');
    expect(f?.check.fix).toContain('консультирует по');
    expect(ids('ru', 'Специалист консультирует по налогам.')).toEqual([]);
    expect(ids('en', 'The region held a think tank on jobs.')).toEqual(['calque']);
    expect(ids('ru', 'В школе есть вспомогательный персонал.')).toEqual(['calque']);
  });
});
