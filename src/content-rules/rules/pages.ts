/** Rule "pages": language folders, Latvian originals, guide paths, FAQ ids, reserved names (slug parity). */
import { defaultLocale, locales } from '../../i18n/locales.ts';
import { sections } from '../../routing/sections.ts';
import { pageCollections } from '../../schemas/collections.ts';
import type { ContentRule } from '../types.ts';

/** File names that would clash with a page of the site. */
const reserved: Record<string, string[]> = {
  faq: ['category'],
  pages: [...sections, 'regions', 'booklet', '404'],
};

export const pagesRule: ContentRule = {
  id: 'pages',
  description: 'every page sits in a language folder, has a Latvian original at the same path, and its path agrees with its frontmatter',
  run({ entries, ids }, report) {
    for (const entry of entries.filter((e) => pageCollections.includes(e.collection))) {
      const [lang, ...rest] = entry.id.split('/');
      const slug = rest.join('/');
      if (!(locales as readonly string[]).includes(lang ?? '')) {
        report(
          entry.file,
          'language-folder',
          `The first folder must be a language (${locales.join(', ')}); move the file into content/${entry.collection}/${defaultLocale}/… or a translation folder.`,
        );
        continue;
      }
      if (lang !== defaultLocale && !ids.get(entry.collection)?.has(`${defaultLocale}/${slug}`)) {
        report(
          entry.file,
          'latvian-twin',
          `There is no Latvian original content/${entry.collection}/${defaultLocale}/${slug}.mdx. Latvian is the source language: add the Latvian file first, or fix this file's name to match it.`,
        );
      }
      const data = entry.data;
      if (entry.collection === 'guides') {
        const [municipality, topic, ...extra] = rest;
        if (extra.length || !municipality || !topic)
          report(entry.file, 'guide-path', 'Guides live at guides/<lang>/<municipality>/<topic>.mdx; move the file.');
        else {
          if (data.municipality !== municipality)
            report(
              entry.file,
              'guide-path',
              `The folder says municipality "${municipality}" but the frontmatter says "${String(data.municipality)}"; make them agree.`,
            );
          if (data.topic !== topic)
            report(
              entry.file,
              'guide-path',
              `The file name says topic "${topic}" but the frontmatter says "${String(data.topic)}"; make them agree.`,
            );
        }
      }
      if (reserved[entry.collection]?.includes(slug))
        report(entry.file, 'reserved-name', `"${slug}" is used by another page of the site; choose another file name.`);
      if (entry.collection === 'faq' && data.id !== slug) {
        report(
          entry.file,
          'faq-id',
          `The FAQ id "${String(data.id)}" must equal the file name "${slug}"; rename the file or fix the id (ids never change once published).`,
        );
      }
    }
  },
};
