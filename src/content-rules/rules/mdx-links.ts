/**
 * Rule "mdx-links": internal links written in MDX point to pages that exist, in the page's own language,
 * with the trailing slash the site uses. (linkinator checks the built site as well; this one names the source file.)
 */
import { defaultLocale, locales } from '../../i18n/locales.ts';
import { sections } from '../../routing/sections.ts';
import type { CheckContext, ContentRule } from '../types.ts';

/** Every internal path the content implies, without the language prefix. */
function knownPaths({ ids }: CheckContext): Set<string> {
  // The language's home page and the fixed sections.
  const paths = new Set<string>(['', ...sections]);
  const strip = (id: string) => id.slice(defaultLocale.length + 1);
  for (const m of ids.get('municipalities') ?? []) {
    paths.add(`municipalities/${m}`);
    paths.add(`municipalities/${m}/booklet`);
  }
  for (const g of [...(ids.get('guides') ?? [])].filter((id) => id.startsWith(`${defaultLocale}/`))) {
    const [m, topic] = strip(g).split('/');
    if (topic && topic !== 'overview') paths.add(`municipalities/${m}/${topic}`);
  }
  for (const r of ids.get('regions') ?? []) {
    paths.add(`regions/${r}`);
    paths.add(`compare/${r}`);
  }
  for (const p of ids.get('programmes') ?? []) paths.add(`support/${p}`);
  for (const f of [...(ids.get('faq') ?? [])].filter((id) => id.startsWith(`${defaultLocale}/`))) paths.add(`faq/${strip(f)}`);
  for (const s of [...(ids.get('stories') ?? [])].filter((id) => id.startsWith(`${defaultLocale}/`))) paths.add(`stories/${strip(s)}`);
  for (const p of [...(ids.get('pages') ?? [])].filter((id) => id.startsWith(`${defaultLocale}/`))) paths.add(strip(p));
  return paths;
}

export const mdxLinksRule: ContentRule = {
  id: 'mdx-links',
  description: 'internal links in MDX lead to existing pages in the same language, written /<lang>/…/',
  run(ctx, report) {
    const paths = knownPaths(ctx);
    for (const e of ctx.entries.filter((x) => x.body)) {
      const lang = e.id.split('/')[0];
      for (const m of e.body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
        const href = (m[1] ?? m[2])!;
        const [path] = href.split('#') as [string];
        const parts = path.split('/').filter(Boolean);
        if (!(locales as readonly string[]).includes(parts[0] ?? '')) {
          report(e.file, 'mdx-links', `Link "${href}" must start with a language: /${lang}/…/.`);
          continue;
        }
        if (parts[0] !== lang)
          report(
            e.file,
            'mdx-links',
            `Link "${href}" leads to another language; use /${lang}/${parts.slice(1).join('/')}/ so readers stay in ${lang}.`,
          );
        if (!path.endsWith('/')) report(e.file, 'mdx-links', `Link "${href}" needs a trailing slash: ${path}/.`);
        if (!paths.has(parts.slice(1).join('/')))
          report(
            e.file,
            'mdx-links',
            `Link "${href}" leads to no page of the site; check the address (pages are listed in content/README.md).`,
          );
      }
    }
  },
};
