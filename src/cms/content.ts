/** What the CMS config needs from the content: reference ids with labels, and the citable sources. */
import { loadEntries } from '../content-rules/load.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { referencedCollections, refLabel, type CmsContent } from './config.ts';

export function readCmsContent(root: string): CmsContent {
  const entries = loadEntries(root, () => {});
  const of = (collection: string) => entries.filter((e) => e.collection === collection).sort((a, b) => a.id.localeCompare(b.id));
  const refs: CmsContent['refs'] = {};
  for (const c of referencedCollections) refs[c] = of(c).map((e) => ({ value: e.id, label: `${refLabel(e.id, e.data)} (${e.id})` }));
  return {
    refs,
    documents: of('documents').map((e) => ({ value: e.id, label: `${e.id}: ${refLabel(e.id, e.data)}` })),
    webSources: of('web-sources').map((e) => ({ value: `web:${e.id}`, label: `${String(e.data.title ?? e.id)} (web:${e.id})` })),
    institutions: of('institutions').map((e) => ({
      value: `gk:${e.id}`,
      label: `${(e.data.names as Record<string, string> | undefined)?.[defaultLocale] ?? e.id} (gk:${e.id})`,
    })),
  };
}
