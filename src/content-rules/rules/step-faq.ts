/** Rule "faq-exists": first-steps items link only to FAQ answers that exist. */
import { defaultLocale } from '../../i18n/locales.ts';
import type { ContentRule } from '../types.ts';

export const stepFaqRule: ContentRule = {
  id: 'faq-exists',
  description: 'checklist items (content/steps/) link only to FAQ answers that exist',
  run({ entries, ids }, report) {
    const faqIds = new Set(
      [...(ids.get('faq') ?? [])].filter((id) => id.startsWith(`${defaultLocale}/`)).map((id) => id.slice(defaultLocale.length + 1)),
    );
    for (const e of entries.filter((x) => x.collection === 'steps')) {
      for (const id of Array.isArray(e.data.faq) ? (e.data.faq as unknown[]).map(String) : []) {
        if (!faqIds.has(id))
          report(
            e.file,
            'faq-exists',
            `"faq" lists "${id}", but there is no content/faq/${defaultLocale}/${id}.mdx; fix the id or write the answer first.`,
          );
      }
    }
  },
};
