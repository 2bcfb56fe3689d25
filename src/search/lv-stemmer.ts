/**
 * A light stemmer for Latvian, written from the published description of K. Kreslins' algorithm
 * ("A stemming algorithm for Latvian", PhD thesis) in its light form as used by Lucene's LatvianStemmer:
 * it removes only the main inflectional endings of nouns and adjectives (case, number, gender,
 * definiteness), keeps at least a short stem, and undoes consonant palatalisation (e.g. ļ→l, ņ→n,
 * šņ→sn) only where a declension II, V or VI ending was removed.
 */

interface Affix {
  ending: string;
  vowels: number;
  palatalizes: boolean;
}

/** Longest endings first; `vowels`: the word must have more vowels than this for the ending to go. */
const affixes: Affix[] = [
  ['ajiem', 3, false],
  ['ajai', 3, false],
  ['ajam', 2, false],
  ['ajām', 2, false],
  ['ajos', 2, false],
  ['ajās', 2, false],
  ['iem', 2, true],
  ['ajā', 2, false],
  ['ais', 2, false],
  ['ai', 2, false],
  ['ei', 2, false],
  ['ām', 1, false],
  ['am', 1, false],
  ['ēm', 1, false],
  ['īm', 1, false],
  ['im', 1, false],
  ['um', 1, false],
  ['us', 1, true],
  ['as', 1, false],
  ['ās', 1, false],
  ['es', 1, false],
  ['os', 1, true],
  ['ij', 1, false],
  ['īs', 1, false],
  ['ēs', 1, false],
  ['is', 1, false],
  ['ie', 1, false],
  ['u', 1, true],
  ['a', 1, true],
  ['i', 1, true],
  ['e', 1, false],
  ['ā', 1, false],
  ['ē', 1, false],
  ['ī', 1, false],
  ['ū', 1, false],
  ['o', 1, false],
  ['s', 0, false],
  ['š', 0, false],
].map(([ending, vowels, palatalizes]) => ({ ending, vowels, palatalizes }) as Affix);

const VOWELS = new Set([...'aāeēiīouū']);
const countVowels = (w: string) => [...w].filter((c) => VOWELS.has(c)).length;

/** Undo the consonant change that some endings cause ("brāļ-u" → "brāl", "kāš-u" → "kāst"). */
function unpalatalize(stem: string, removed: string): string {
  if (removed === 'u') {
    if (stem.endsWith('kš')) return `${stem.slice(0, -2)}kst`;
    if (stem.endsWith('ņņ')) return `${stem.slice(0, -2)}nn`;
  }
  if (/[pbmv]j$/.test(stem)) return stem.slice(0, -1);
  const pairs: [string, string][] = [
    ['šņ', 'sn'],
    ['žņ', 'zn'],
    ['šļ', 'sl'],
    ['žļ', 'zl'],
    ['ļņ', 'ln'],
    ['ļļ', 'll'],
  ];
  for (const [from, to] of pairs) if (stem.endsWith(from)) return stem.slice(0, -2) + to;
  const last: Record<string, string> = { č: 'c', ļ: 'l', ņ: 'n' };
  const end = stem.at(-1) ?? '';
  return last[end] ? stem.slice(0, -1) + last[end] : stem;
}

/** Nominal endings: the light stemmer proper. */
function stemNominal(w: string): string {
  const vowels = countVowels(w);
  for (const a of affixes) {
    if (vowels > a.vowels && w.length >= a.ending.length + 3 && w.endsWith(a.ending)) {
      const stem = w.slice(0, -a.ending.length);
      return a.palatalizes ? unpalatalize(stem, a.ending) : stem;
    }
  }
  return w;
}

/**
 * Our addition for verbs of the common conjugations (strādāt, deklarēt, dzīvot, pierakstīties):
 * the infinitive (-āt, -ēt, -īt, -ot, reflexive -ties) and the -j- of the present and past
 * (strādāju, strādāja, strādājam) go, so every form's stem is a prefix of the others ("strād").
 * The remaining stem keeps at least four letters, so nouns like "māja" are left alone.
 */
function stemVerb(w: string): string {
  const reflexive = /^(.{3,}[āēīo])ties$/.exec(w);
  if (reflexive) return reflexive[1]!.slice(0, -1);
  const present = /^(.{4,})(?:āj|ēj|īj|oj)(?:u|i|a|am|at|ot|ām|ās|os)$/.exec(w);
  if (present) return present[1]!;
  const infinitive = /^(.{4,})[āēīo]t$/.exec(w);
  if (infinitive) return infinitive[1]!;
  return '';
}

/** The stem of one lowercase Latvian word. Words it does not recognise come back unchanged. */
export function stemLatvian(word: string): string {
  const w = word.toLocaleLowerCase('lv');
  return stemVerb(w) || stemNominal(w);
}

/** Stems every word of a query, keeping the words' order; non-letters separate words. */
export function stemQuery(query: string): string {
  return query
    .toLocaleLowerCase('lv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stemLatvian)
    .join(' ');
}
