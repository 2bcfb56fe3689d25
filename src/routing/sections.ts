/**
 * The site's fixed top-level sections under /<lang>/ (each has its page in src/pages/[locale]/).
 * One list for every place that needs it: the content rules use it for the links MDX may point to
 * and for the file names an editorial page may not take.
 */
export const sections = [
  'municipalities',
  'support',
  'faq',
  'stories',
  'first-steps',
  'search',
  'sources',
  'about',
  'accessibility',
  'coordinators',
  'data',
  'grant-check',
  'compare',
  'plan',
] as const;
