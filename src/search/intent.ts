/**
 * What a query is about: a municipality (named in any language and inflection, with or without
 * diacritics: "Cēsīs", "Валмиере", "Liepaja") and a topic (kindergarten, rent, jobs, grants… in
 * Latvian, English or Russian). The search page uses it to put the named municipality's page on that
 * topic first (src/search/engine.ts `boost`).
 *
 * Place names are matched through every language's stemmer, because readers type Latvian names into
 * the English box and Latvian forms into the Russian one; the place keys are computed at build time
 * (`placeKeys`, from content/municipalities/*.yaml) and shipped in each language's manifest.
 */
import type { Locale } from '../i18n/locales.ts';
import { fold } from '../lib/fold.ts';
import { guideTopics, type GuideTopic as Topic } from '../routing/sections.ts';
import { stemEnglish } from './en-stemmer.ts';
import { stemLatvian } from './lv-stemmer.ts';
import { stemRussian } from './ru-stemmer.ts';
import { WORD } from './text.ts';

/** One municipality: slug, 1 for a state city (0 for a novads), then its name keys. */
export type Place = [string, number, ...string[]];

const stemmers = [stemLatvian, stemEnglish, stemRussian];
/** Every key a word can have: folded, and folded after each language's stemmer. */
const keysOf = (word: string) => new Set([fold(word), ...stemmers.map((s) => fold(s(word.toLowerCase())))]);

/** Words that say "municipality" rather than name one; they choose a novads over the city of the same name. */
const GENERIC =
  /^(novad|municipalit|county|district|region|city|town|pilset|valstspilset|край|кра[яюе]|краи|район|город|округ|муниципалит)/;

/** Build time: the keys of a municipality's names and its centre's name in every language. */
export function placeKeys(names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    for (const word of name.match(WORD) ?? []) {
      if (GENERIC.test(fold(word))) continue;
      for (const k of keysOf(word)) if (k.length >= 3) keys.add(k);
    }
  }
  return [...keys].sort();
}

/** Two keys name the same place: equal, or (both 4+ letters) one is the other plus at most one letter ("лиепа"/"лиеп"). */
const same = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) <= 1 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Topic words per language, as folded stems matched as prefixes of a query word's key. A word on
 * more than one topic ("support") is left out rather than guessed.
 */
const topicWords: Record<Locale, Partial<Record<Topic, string[]>>> = {
  lv: {
    schools: ['skol', 'bernudarz', 'darzin', 'pirmsskol', 'pii', 'izglitib', 'klase', 'audzekn', 'skolen', 'macib'],
    housing: ['majokl', 'dzivokl', 'ire', 'iret', 'iren', 'maj', 'nekustam', 'zemes', 'hipotek', 'kredit', 'remont', 'istab'],
    jobs: ['darb', 'vakanc', 'alg', 'nodarbin', 'karjer', 'amat', 'strad', 'uznemej', 'bezdarb'],
    grants: ['pabalst', 'grant', 'atbalst', 'finansej', 'stipendij', 'subsidij', 'kompensacij', 'programm', 'maksajum', 'atlaid'],
    overview: ['kontakt', 'koordinator', 'parskat', 'adrese', 'talrun', 'epast'],
  },
  en: {
    schools: ['school', 'kindergarten', 'nurser', 'preschool', 'daycare', 'childcare', 'educat', 'pupil', 'class', 'grade'],
    housing: ['hous', 'flat', 'apartment', 'rent', 'home', 'accommodat', 'property', 'mortgag', 'propert', 'landlord', 'lease'],
    jobs: ['job', 'work', 'employ', 'vacanc', 'salar', 'wage', 'career', 'business', 'unemploy'],
    grants: ['grant', 'benefit', 'allowanc', 'funding', 'fund', 'subsid', 'support', 'scholarship', 'compensat', 'aid'],
    overview: ['contact', 'coordinator', 'overview', 'phone', 'email', 'address'],
  },
  ru: {
    schools: ['школ', 'детск', 'сад', 'садик', 'ясл', 'образован', 'класс', 'учеб', 'дошкол'],
    housing: ['жиль', 'жилищ', 'квартир', 'аренд', 'снят', 'сним', 'дом', 'ипотек', 'недвижим', 'съем'],
    jobs: ['работ', 'ваканси', 'зарплат', 'трудоустр', 'занятост', 'карьер', 'бизнес', 'безработ'],
    grants: ['пособ', 'грант', 'поддержк', 'льгот', 'субсид', 'выплат', 'компенсац', 'стипенд', 'помощ'],
    overview: ['контакт', 'координатор', 'телефон', 'обзор', 'адрес'],
  },
};

/** `other`: the query has words that name neither a place nor a topic ("Liepāja return plan"). */
/** Words that add nothing to a place or topic query ("in", "the", "для"); short words are skipped anyway. */
const TOPIC_FILLER = /^(the|and|for|with|near|about|pie|par|kur|kas|для|про|где|как|при|and)$/;

export interface Intent {
  places: string[];
  topics: Topic[];
  other?: boolean;
}

/** The municipalities and topics a query names. `places` from the manifest (see `placeKeys`). */
export function intentOf(query: string, _locale: Locale, places: Place[]): Intent {
  const words = query.match(WORD) ?? [];
  const generic = words.some((w) => GENERIC.test(fold(w)));
  const scores = new Map<string, number>();
  const placeWords = new Set<number>();
  words.forEach((word, i) => {
    const keys = [...keysOf(word)].filter((k) => k.length >= 3);
    for (const [slug, city, ...names] of places) {
      if (!names.some((n) => keys.some((k) => same(k, n)))) continue;
      placeWords.add(i);
      scores.set(slug, (scores.get(slug) ?? 0) + 1 + (generic ? (city ? 0 : 0.5) : city ? 0.25 : 0));
    }
  });
  const best = Math.max(0, ...scores.values());
  const found = [...scores].filter(([, s]) => s === best).map(([slug]) => slug);
  const topics = new Set<Topic>();
  let other = false;
  words.forEach((word, i) => {
    if (placeWords.has(i) || GENERIC.test(fold(word)) || word.length < 3) return;
    const before = topics.size;
    const folded = fold(word);
    // Every language's topic words: with "all languages" an English query also searches the Russian index.
    (['lv', 'en', 'ru'] as const).forEach((lang, l) => {
      const key = fold(stemmers[l]!(word.toLowerCase()));
      for (const topic of guideTopics) {
        if (topicWords[lang][topic]?.some((t) => (t.length <= 3 ? key === t || folded === t : key.startsWith(t) || folded.startsWith(t))))
          topics.add(topic);
      }
    });
    if (topics.size === before && !TOPIC_FILLER.test(folded)) other = true;
  });
  return { places: found, topics: [...topics], other };
}

/** The municipality and topic of a page, from its address (undefined for pages that are not a municipality's). */
export function placePage(url: string): { place: string; topic: Topic } | undefined {
  const m = /^\/[a-z]{2}\/municipalities\/([a-z0-9-]+)\/(?:([a-z]+)\/)?$/.exec(url);
  if (!m) return undefined;
  const topic = (m[2] ?? 'overview') as Topic;
  return guideTopics.includes(topic) ? { place: m[1]!, topic } : undefined;
}
