/**
 * A light English stemmer for search queries. It removes only what varies within one word
 * (possessive, plural, -ing/-ed, a noun's -ment, a final silent e) so that the stem is a prefix of every form;
 * the search then matches indexed words by prefix. It is not Porter: "university" stays whole.
 */
const irregular: Record<string, string> = { children: 'child', people: 'person', women: 'woman', men: 'man', lives: 'life', wives: 'wife' };

export function stemEnglish(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  const irregularStem = irregular[w];
  if (irregularStem) return irregularStem;
  if (w.length <= 3) return w;
  if (/[^aeiou]ie[sd]$/.test(w))
    w = `${w.slice(0, -3)}y`; // families → family, applied → apply
  else if (/(ss|us|is)$/.test(w)) {
    /* not a plural: class, bus, basis */
  } else if (/(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const stem = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && stem.length >= 3 && /[aeiouy]/.test(stem)) {
      w = /([bdfgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
      break;
    }
  }
  // A noun in -ment shares its verb's stem (enrolment → enrol, payment stays: the stem would be too short).
  if (w.endsWith('ment') && w.length - 4 >= 4) w = w.slice(0, -4);
  if (/[^aeiouy]y$/.test(w) && w.length > 3) w = w.slice(0, -1); // family/families → famil
  if (w.endsWith('e') && w.length > 3 && !w.endsWith('ee')) w = w.slice(0, -1); // move/moving → mov
  return w;
}
