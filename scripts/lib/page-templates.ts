/** One real URL of every page template, read from the content so the list follows the site (used by the e2e specs and npm run weight). */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { sections } from '../../src/routing/sections.ts';

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

/** Template names of sections whose name would not say which page it is. */
const sectionTemplate: Partial<Record<(typeof sections)[number], string>> = { faq: 'faqIndex', data: 'openData' };
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * Keyed by template. Every top-level section of src/routing/sections.ts is a template (/<lang>/<section>/,
 * named in camelCase: first-steps → firstSteps), so a new section is tested without editing this file;
 * the rest are one real entity page of each kind.
 */
export const templates: Record<string, (lang: string) => string> = {
  home: (l) => `/${l}/`,
  ...Object.fromEntries(sections.map((s) => [sectionTemplate[s] ?? camel(s), (l: string) => `/${l}/${s}/`])),
  municipality: (l) => `/${l}/municipalities/${municipality}/`,
  topic: (l) => `/${l}/municipalities/${municipality}/${topic}/`,
  booklet: (l) => `/${l}/municipalities/${municipality}/booklet/`,
  schools: (l) => `/${l}/municipalities/${municipality}/schools/`,
  jobs: (l) => `/${l}/municipalities/${municipality}/jobs/`,
  region: (l) => `/${l}/regions/${first('regions', '.yaml')}/`,
  faqAnswer: (l) => `/${l}/faq/${first('faq/lv', '.mdx')}/`,
  faqCategory: (l) => `/${l}/faq/category/residence/`,
  compareRegion: (l) => `/${l}/compare/${first('regions', '.yaml')}/`,
  forPartners: (l) => `/${l}/for-partners/`,
  story: (l) => `/${l}/stories/${first('stories/lv', '.mdx')}/`,
  programme: (l) => `/${l}/support/${first('programmes', '.yaml')}/`,
  firstStepsPhase: (l) => `/${l}/first-steps/before/`,
  webSources: (l) => `/${l}/sources/web/national/`,
  notFound: (l) => `/${l}/404/`,
};

export const languages = locales;
