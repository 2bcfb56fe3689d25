/** One real URL of every page template, read from the content so the list follows the site. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const content = resolve(import.meta.dirname, '../../content');
const first = (dir: string, ext: string) =>
  readdirSync(resolve(content, dir))
    .filter((f) => f.endsWith(ext))
    .sort()[0]!
    .replace(ext, '');
const municipality = readdirSync(resolve(content, 'guides/lv')).sort()[0]!;
const topic = readdirSync(resolve(content, 'guides/lv', municipality))
  .filter((f) => !f.startsWith('overview'))
  .sort()[0]!
  .replace('.mdx', '');

export const templates: Record<string, (lang: string) => string> = {
  home: (l) => `/${l}/`,
  municipalities: (l) => `/${l}/municipalities/`,
  municipality: (l) => `/${l}/municipalities/${municipality}/`,
  topic: (l) => `/${l}/municipalities/${municipality}/${topic}/`,
  schools: (l) => `/${l}/municipalities/${municipality}/schools/`,
  region: (l) => `/${l}/regions/${first('regions', '.yaml')}/`,
  faqIndex: (l) => `/${l}/faq/`,
  faqAnswer: (l) => `/${l}/faq/${first('faq/lv', '.mdx')}/`,
  faqCategory: (l) => `/${l}/faq/category/residence/`,
  coordinators: (l) => `/${l}/coordinators/`,
  grantCheck: (l) => `/${l}/grant-check/`,
  openData: (l) => `/${l}/data/`,
  compare: (l) => `/${l}/compare/`,
  compareRegion: (l) => `/${l}/compare/${first('regions', '.yaml')}/`,
  plan: (l) => `/${l}/plan/`,
  booklet: (l) => `/${l}/municipalities/${municipality}/booklet/`,
  forPartners: (l) => `/${l}/for-partners/`,
  stories: (l) => `/${l}/stories/`,
  story: (l) => `/${l}/stories/${first('stories/lv', '.mdx')}/`,
  support: (l) => `/${l}/support/`,
  programme: (l) => `/${l}/support/${first('programmes', '.yaml')}/`,
  firstSteps: (l) => `/${l}/first-steps/`,
  firstStepsPhase: (l) => `/${l}/first-steps/before/`,
  search: (l) => `/${l}/search/`,
  sources: (l) => `/${l}/sources/`,
  webSources: (l) => `/${l}/sources/web/national/`,
  about: (l) => `/${l}/about/`,
  accessibility: (l) => `/${l}/accessibility/`,
  notFound: (l) => `/${l}/404/`,
};

export const languages = ['lv', 'en', 'ru'] as const;
