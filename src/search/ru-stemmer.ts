/**
 * A light Russian stemmer for search queries: it removes the reflexive particle and one
 * inflectional ending (noun, adjective and common verb endings, longest first), keeping a stem of
 * at least three letters, so that the stem is a prefix of the word's other forms; the search then
 * matches indexed words by prefix. ё is read as е. A participle keeps one н, so its full and short
 * forms share the stem.
 */
const endings = [
  'иями',
  'ями',
  'ами',
  'иях',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иям',
  'ием',
  'ешь',
  'ете',
  'ить',
  'ать',
  'ять',
  'еть',
  'уть',
  'ыть',
  'ует',
  'уют',
  'ых',
  'их',
  'ые',
  'ие',
  'ое',
  'ее',
  'ая',
  'яя',
  'ую',
  'юю',
  'ой',
  'ей',
  'ий',
  'ый',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ью',
  'ья',
  'ье',
  'ия',
  'ии',
  'ию',
  'ым',
  'им',
  'ть',
  'ет',
  'ит',
  'ют',
  'ят',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
];

/** Adjective endings: a participle's full form ends in -нн- before them, its short form in one -н- (востребованные, востребованы). */
const adjectival = new Set([
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ых',
  'их',
  'ые',
  'ие',
  'ое',
  'ее',
  'ая',
  'яя',
  'ую',
  'юю',
  'ой',
  'ей',
  'ий',
  'ый',
  'ым',
  'им',
]);

export function stemRussian(word: string): string {
  let w = word.toLowerCase().replaceAll('ё', 'е');
  if (w.length > 5 && /(ся|сь)$/.test(w)) w = w.slice(0, -2);
  for (const e of endings) {
    if (w.endsWith(e) && w.length - e.length >= 3) {
      const stem = w.slice(0, -e.length);
      return adjectival.has(e) && stem.endsWith('нн') && stem.length >= 5 ? stem.slice(0, -1) : stem;
    }
  }
  return w;
}
