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

/**
 * The topic pages of a municipality guide: /<lang>/municipalities/<slug>/<topic>/ ("overview" is the
 * municipality's own page). One list for the guide and FAQ schemas, the routes, the topic navigation,
 * the booklet, search's intent and the return plan; it lives here, free of zod, so browser code can
 * import it too.
 */
export const guideTopics = ['overview', 'housing', 'schools', 'jobs', 'grants'] as const;
export type GuideTopic = (typeof guideTopics)[number];
