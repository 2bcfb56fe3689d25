/** Lowercase and strip combining marks: ā→a, ķ→k, ё→е, й→и; for matching what readers type without diacritics. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
