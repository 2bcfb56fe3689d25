/**
 * The Decap CMS configuration (served as /admin/config.yml), generated at build time from the zod
 * schemas (src/schemas/) and the content that exists: one source of truth for fields, required
 * fields, enum options and help texts. Latvian is the default locale, then English and Russian, each
 * language in its own folder (`multiple_folders`), exactly as content/README.md lays the files out.
 */
import { defaultLocale, locales } from '../i18n/locales.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { faqSchema } from '../schemas/faq.ts';
import { guideSchema } from '../schemas/guide.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { programmeSchema } from '../schemas/programme.ts';
import { storySchema } from '../schemas/story.ts';
import { cmsSchemaContext, objectFields, type CmsField, type RefOptions } from './fields.ts';

/** What the build knows about the content: ids and labels for references and for the source picker. */
export interface CmsContent {
  refs: RefOptions;
  /** Source documents: "001" and its title. */
  documents: { value: string; label: string }[];
  /** Official web pages: "web:<id>" and the page's title. */
  webSources: { value: string; label: string }[];
  /** Institutions for general-knowledge sources: "gk:<id>" and the name. */
  institutions: { value: string; label: string }[];
}

export interface CmsOptions {
  /** GitHub repository "owner/name" the web editor opens pull requests against. */
  repository: string;
  branch?: string;
  /** The public site, for "view live" links. */
  siteUrl?: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'mdx' | 'yaml';
  /**
   * src/cms/mdx-format.js and yaml-format.js: a save changes only the values the editor changed, and
   * keeps the files' # comments (their provenance notes).
   */
  format: 'mdx-frontmatter' | 'yaml-comments';
  create: boolean;
  delete?: boolean;
  slug?: string;
  path?: string;
  identifier_field?: string;
  summary?: string;
  i18n?: boolean;
  editor?: { preview: boolean };
  media_folder?: string;
  public_folder?: string;
  fields: CmsField[];
}

/** The MDX body: raw Markdown first (MDX is kept exactly as typed), with the <Cite> component. */
const bodyField: CmsField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  i18n: true,
  modes: ['raw', 'rich_text'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: ['cite'],
  hint: 'Markdown. Cite every fact right after it: <Cite src="001:5658" /> (or use the "Source" button in rich text), and list the same source under Sources.',
};

/**
 * Every field is written per language: each language's file must be complete on its own (the schema is
 * the same for all three), and Decap writes a language's file only when that language has data. A field
 * marked "duplicate" would make Decap write English and Russian files holding only the copied fields,
 * which the content rules refuse. Translators use "Fill in from another locale" to start from Latvian.
 */
const translated = (fields: CmsField[]): CmsField[] => fields.map((f) => ({ ...f, i18n: true }));

const pageCollection = (c: Omit<CmsCollection, 'extension' | 'format' | 'i18n'>): CmsCollection => ({
  ...c,
  extension: 'mdx',
  format: 'mdx-frontmatter',
  i18n: true,
});

/** The collections the web editor offers, each from its schema. */
export function cmsCollections(content: CmsContent): CmsCollection[] {
  const { refs } = content;
  const ctx = cmsSchemaContext as unknown as Parameters<typeof storySchema>[0];
  return [
    pageCollection({
      name: 'stories',
      label: 'Stories',
      label_singular: 'Story',
      description: 'Return stories retold from cases in the sources. No invented names, quotes or photos.',
      folder: 'content/stories',
      create: true,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}} ({{municipality}})',
      media_folder: '',
      public_folder: '',
      fields: [...translated(objectFields(storySchema(ctx), refs)), bodyField],
    }),
    pageCollection({
      name: 'faq',
      label: 'FAQ answers',
      label_singular: 'FAQ answer',
      description: 'Coordinator FAQ. The id is the permanent link, the same in every language; never reuse one.',
      folder: 'content/faq',
      create: true,
      slug: '{{id}}',
      identifier_field: 'title',
      summary: '{{title}} ({{id}})',
      fields: [...translated(objectFields(faqSchema(ctx), refs)), bodyField],
    }),
    pageCollection({
      name: 'guides',
      label: 'Municipality guides',
      label_singular: 'Guide page',
      description: 'One page per municipality and topic (overview, housing, schools, jobs, grants).',
      folder: 'content/guides',
      create: true,
      path: '{{municipality}}/{{topic}}',
      slug: '{{topic}}',
      identifier_field: 'title',
      summary: '{{municipality}} / {{topic}}: {{title}}',
      fields: [...translated(objectFields(guideSchema(ctx), refs)), bodyField],
    }),
    {
      name: 'programmes',
      label: 'Support programmes',
      label_singular: 'Programme',
      description:
        'Support and grant programmes: facts shared by all languages, texts in lv, en and ru. The status is worked out from the dates.',
      folder: 'content/programmes',
      extension: 'yaml',
      format: 'yaml-comments',
      create: true,
      slug: '{{fields.names.en}}',
      identifier_field: 'names.lv',
      summary: '{{names.lv}}',
      fields: objectFields(programmeSchema(ctx), refs),
    },
    {
      name: 'municipalities',
      label: 'Municipality data',
      label_singular: 'Municipality',
      description: 'Figures, contacts and official notes of the 42 municipalities (one file each; none added or removed here).',
      folder: 'content/municipalities',
      extension: 'yaml',
      format: 'yaml-comments',
      create: false,
      delete: false,
      identifier_field: 'officialName',
      summary: '{{officialName}}',
      fields: objectFields(municipalitySchema(ctx), refs),
    },
  ];
}

/** The whole config.yml as an object. */
export function cmsConfig(content: CmsContent, options: CmsOptions) {
  return {
    backend: {
      name: 'github',
      repo: options.repository,
      branch: options.branch ?? 'main',
      open_authoring: true,
      commit_messages: {
        create: 'Add {{collection}} "{{slug}}" (web editor)',
        update: 'Update {{collection}} "{{slug}}" (web editor)',
        delete: 'Delete {{collection}} "{{slug}}" (web editor)',
        uploadMedia: 'Upload "{{path}}" (web editor)',
        deleteMedia: 'Delete "{{path}}" (web editor)',
        openAuthoring: '{{message}}',
      },
    },
    /** `npm run cms` runs decap-server on this machine; the CMS uses it only when opened on localhost. */
    local_backend: true,
    publish_mode: 'editorial_workflow',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: 'content/stories/media',
    public_folder: '../media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: cmsCollections(content),
  };
}

/** Labels for references: an entry's Latvian name, or its official name, else its id. */
export function refLabel(id: string, data: Record<string, unknown>): string {
  const names = data.names as Record<string, string> | undefined;
  const title = data.title as Record<string, string> | string | undefined;
  return (
    names?.[defaultLocale] ??
    (data.officialName as string | undefined) ??
    (typeof title === 'string' ? title : title?.[defaultLocale]) ??
    id
  );
}

export const referencedCollections: CollectionName[] = ['municipalities', 'programmes', 'regions', 'institutions'];
