/** Rule "faq-duplicate-id": no two answers in one language share an id. */
import { locales } from '../../i18n/locales.ts';
import type { ContentRule } from '../types.ts';

export const faqUniqueIdRule: ContentRule = {
  id: 'faq-duplicate-id',
  description: 'every FAQ id is used once per language (ids are permanent links and are never reused)',
  run({ entries }, report) {
    for (const lang of locales) {
      const seen = new Map<string, string>();
      for (const e of entries.filter((x) => x.collection === 'faq' && x.id.startsWith(`${lang}/`))) {
        const id = String(e.data.id ?? '');
        if (!id) continue;
        const other = seen.get(id);
        if (other)
          report(
            e.file,
            'faq-duplicate-id',
            `FAQ id "${id}" is already used by ${other}; every answer needs its own id (and ids are never reused).`,
          );
        else seen.set(id, `content/${e.file}`);
      }
    }
  },
};
