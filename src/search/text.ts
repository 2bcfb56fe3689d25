/**
 * Text rules shared by the search index builder (Node) and the search page (browser), so both
 * sides cut and fold words identically: lowercase, no diacritics ("bērni" and "berni" are one
 * word, "жильё" is "жилье"), letters and digits only. Queries are also stemmed per language.
 */
import type { Locale } from '../i18n/locales.ts';
import { fold } from '../lib/fold.ts';
import { stemEnglish } from './en-stemmer.ts';
import { stemLatvian } from './lv-stemmer.ts';
import { stemRussian } from './ru-stemmer.ts';

export const WORD = /[\p{L}\p{N}]+/gu;

export { fold };

/** The folded words of a text, in order. */
export const words = (text: string) => (text.match(WORD) ?? []).map(fold);

const stemmers: Record<Locale, (w: string) => string> = { lv: stemLatvian, en: stemEnglish, ru: stemRussian };

/** A query word's search key: stemmed in its language (before folding, the stemmers know the accents), then folded. */
export const queryKey = (word: string, locale: Locale, stem = true) => fold(stem ? stemmers[locale](word.toLowerCase()) : word);

/** The distinct search keys of a query. */
export const queryKeys = (query: string, locale: Locale, stem = true) => [
  ...new Set((query.match(WORD) ?? []).map((w) => queryKey(w, locale, stem))),
];

/** Index shard of a word: its first two folded characters, written with ASCII only so it can be a file name. */
export const shardOf = (key: string) =>
  [...key.slice(0, 2)].map((c) => (/[a-z0-9]/.test(c) ? c : `x${c.codePointAt(0)!.toString(36)}`)).join('-');
