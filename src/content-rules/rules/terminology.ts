/**
 * Rule "terminology": the glossary and formats of content/TRANSLATING.md, checked where a machine can
 * tell. Warnings (an editor decides), each with the file, the line, what was found and the fix.
 * Text is checked per language: a page's language is its folder (guides/en/…); in YAML, the `en:`
 * value of a `{ lv, en, ru }` object. Markup (tags, their attributes, link targets) is not prose and
 * is skipped, as are the `lv="…"` originals inside <Term>.
 */
import type { ContentRule, Entry } from '../types.ts';

type Lang = 'lv' | 'en' | 'ru';
export interface TermCheck {
  id: string;
  langs: Lang[];
  find: RegExp;
  fix: string;
  unless?: RegExp;
}

/** A sentence about the past (a year up to 2024, or "then"/"before") may use the ministry's old name. */
const past = new RegExp(
  [
    String.raw`\b(?:19\d\d|20[01]\d|202[0-4])\b`,
    String.raw`\b(?:then|formerly|former|before|earlier|pilot|ended|received|ran|funded|was|were|had|started|held|used)\b`,
    'toreiz|agrāk|bijuš|saņēma|rīkoja|finansēja|finansēt|bija|sāka|izmantoja',
    'тогда|прежн|бывш|получил|провод|проводил|финансир\\S*(?:ал|ого|ому|ым|ых)|был|начал|использовал',
  ].join('|'),
  'i',
);

const termChecks: TermCheck[] = [
  {
    id: 'returnee',
    langs: ['en'],
    find: /(?<![-\w“„"«])remigrants?(?![-\w])/i,
    /** A Latvian name in quotes ("Gada uzņēmīgākais remigrants Latgalē") may keep it: a quoted span with Latvian letters. */
    unless: /[“„"«](?=[^”“"»]*[āčēģīķļņšūž])[^”“"»]*remigrants?[^”“"»]*[”“"»]/i,
    fix: 'write "returnee(s)" or "people returning" (TRANSLATING.md: "remigration" only in names)',
  },
  {
    id: 'ministry-name',
    langs: ['lv'],
    find: /Vides aizsardzības un reģionālās attīstības ministrij/,
    unless: past,
    fix: 'the ministry has been "Viedās administrācijas un reģionālās attīstības ministrija" (VARAM) since July 2024; keep the old name only for what happened before, with the year in the sentence',
  },
  {
    id: 'ministry-name',
    langs: ['en'],
    find: /Ministry of Environmental Protection and Regional Development/,
    unless: past,
    fix: 'the ministry has been the "Ministry of Smart Administration and Regional Development" (VARAM) since July 2024; keep the old name only for what happened before, with the year in the sentence',
  },
  {
    id: 'ministry-name',
    langs: ['ru'],
    find: /Министерств\S* охраны (?:окружающей )?среды и регионального развития/,
    unless: past,
    fix: 'с июля 2024 года министерство называется «Министерство умного управления и регионального развития» (VARAM); старое название — только о событиях до этого, с годом в предложении',
  },
  {
    id: 'euro-lv',
    langs: ['lv'],
    find: /\d[\d ]*\s?(?:eiro|euro)\b/i,
    fix: 'write the amount as "1500 EUR" / "10 000 EUR" (TRANSLATING.md: money)',
  },
  { id: 'euro-lv-order', langs: ['lv'], find: /\b(?:EUR|€)\s?\d/, fix: 'in Latvian the currency follows the number: "500 EUR"' },
  {
    id: 'euro-en',
    langs: ['en'],
    find: /\d(?:[\d,.]*)\s?(?:EUR|euros?|€)(?![A-Za-z])/,
    fix: 'in English the currency comes first: "EUR 500", "EUR 10,000"',
  },
  { id: 'thousands-en', langs: ['en'], find: /\b(?:EUR|€)\s?\d{1,3} \d{3}\b/, fix: 'English groups thousands with a comma: "EUR 1,500"' },
  {
    id: 'thousands-lv-ru',
    langs: ['lv', 'ru'],
    find: /\b\d{1,3},\d{3}(?:\s?(?:EUR|евро))/,
    fix: 'Latvian and Russian group thousands with a space: "10 000 EUR" / "10 000 евро"',
  },
  { id: 'euro-ru', langs: ['ru'], find: /\d[\d ]*\s?(?:EUR|€)(?![A-Za-z])|\bEUR\s?\d/, fix: 'по-русски: «500 евро», «10 000 евро»' },
  { id: 'quotes', langs: ['lv'], find: /(?:^|[\s(])"[^"\n]{1,80}"/, fix: 'Latvian quotation marks are “…” (or „…”), not straight quotes' },
  { id: 'quotes', langs: ['ru'], find: /(?:^|[\s(])"[^"\n]{1,80}"|“[^”\n]{1,80}”/, fix: 'русские кавычки — «…» (внутри — „…“)' },
  {
    id: 'calque',
    langs: ['en'],
    find: /\bthink[- ]tanks?\b/i,
    fix: 'a municipal "domnīca" is a discussion or idea workshop, not a think tank: "workshop", "discussion group"',
  },
  {
    id: 'calque',
    langs: ['ru'],
    find: /вспомогательн\S+ персонал/i,
    fix: 'для школьных специалистов (логопед, психолог, социальный педагог) — «специалисты службы поддержки» или перечислить',
  },
  {
    id: 'calque',
    langs: ['ru'],
    find: /(?:консультир|консультац)\S*\s+об?\s/iu,
    fix: '«консультирует по (вопросам)…», не «консультирует о…»',
  },
  { id: 'calque', langs: ['ru'], find: /(?<!\p{L})ремигрант/iu, fix: '«реэмигрант» (TRANSLATING.md), не «ремигрант»' },
];

/** Prose only: drop tags (and their attributes), link targets and inline code. */
const prose = (text: string) =>
  text
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');

function* localizedStrings(value: unknown, lang?: Lang): Generator<[Lang, string]> {
  if (typeof value === 'string') {
    if (lang) yield [lang, value];
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) yield* localizedStrings(v, lang);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* localizedStrings(v, k === 'lv' || k === 'en' || k === 'ru' ? k : lang);
  }
}

const pageLang = (e: Entry): Lang | undefined => {
  const first = e.id.split('/')[0];
  return first === 'lv' || first === 'en' || first === 'ru' ? first : undefined;
};

/** Every finding in one text of one language: [check, matched text, line offset in the text]. */
export function findTerms(lang: Lang, text: string, historical = false): { check: TermCheck; found: string; line: number }[] {
  const out: { check: TermCheck; found: string; line: number }[] = [];
  const lines = prose(text).split('\n');
  lines.forEach((line, i) => {
    for (const check of termChecks) {
      if (!check.langs.includes(lang)) continue;
      if (historical && check.id === 'ministry-name') continue;
      const m = check.find.exec(line);
      if (!m) continue;
      if (check.unless) {
        // the sentence around the match
        const start = Math.max(line.lastIndexOf('. ', m.index), 0);
        const endDot = line.indexOf('. ', m.index);
        const sentence = line.slice(start, endDot === -1 ? undefined : endDot);
        if (check.unless.test(sentence)) continue;
      }
      out.push({ check, found: m[0].trim(), line: i });
    }
  });
  return out;
}

export const terminologyRule: ContentRule = {
  id: 'terminology',
  description:
    'glossary and formats of content/TRANSLATING.md: "returnee", the ministry\'s current name, EUR/euro order, thousands, quotation marks, known calques (warnings)',
  run({ entries }, report) {
    for (const e of entries) {
      const lang = pageLang(e);
      // Documents are cited as published; a programme that ended before the renaming (July 2024) ran under the old name.
      const end = Number(String((e.data.period as { end?: unknown } | undefined)?.end ?? '').slice(0, 4));
      const historical = e.collection === 'documents' || (e.collection === 'programmes' && end > 0 && end <= 2024);
      const texts: [Lang, string, number | undefined][] = [];
      if (lang) {
        texts.push([lang, e.body, e.bodyLine]);
        for (const [, s] of localizedStrings(e.data, lang)) texts.push([lang, s, undefined]);
      } else {
        for (const [l, s] of localizedStrings(e.data)) texts.push([l, s, undefined]);
      }
      for (const [l, text, firstLine] of texts) {
        for (const f of findTerms(l, text, historical)) {
          report(
            e.file,
            `terminology:${f.check.id}`,
            `${l}: "${f.found}" — ${f.check.fix}.`,
            'warning',
            firstLine !== undefined ? firstLine + f.line : undefined,
          );
        }
      }
    }
  },
};
