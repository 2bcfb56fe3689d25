/** Reads every content file once: YAML data files and MDX frontmatter plus body. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dataCollections, pageCollections, type Entry, type Report } from './types.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function splitFrontmatter(text: string): { front: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { front: m[1]!, body: m[2]! } : null;
}

export function loadEntries(root: string, report: Report): Entry[] {
  const entries: Entry[] = [];
  for (const collection of [...dataCollections, ...pageCollections]) {
    const base = join(root, collection);
    const isPage = pageCollections.includes(collection);
    for (const abs of walk(base)) {
      const file = relative(root, abs);
      if (isPage && !abs.endsWith('.mdx')) {
        if (!/\.(png|jpe?g|webp|avif|svg)$/i.test(abs)) report(file, 'file-type', 'Only .mdx files (and images) belong here; rename the file to .mdx or move it.');
        continue;
      }
      if (!isPage && !abs.endsWith('.yaml')) {
        report(file, 'file-type', 'Only .yaml files belong here; rename the file to .yaml or move it.');
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      const id = relative(base, abs).replace(/\.(mdx|yaml)$/, '').split('\\').join('/');
      try {
        if (isPage) {
          const fm = splitFrontmatter(text);
          if (!fm) { report(file, 'frontmatter', 'The file must start with a frontmatter block between two "---" lines.'); continue; }
          entries.push({ collection, file, id, data: (parseYaml(fm.front) ?? {}) as Record<string, unknown>, body: fm.body });
        } else {
          entries.push({ collection, file, id, data: (parseYaml(text) ?? {}) as Record<string, unknown>, body: '' });
        }
      } catch (e) {
        report(file, 'yaml', `The YAML cannot be read: ${(e as Error).message.split('\n')[0]}. Check indentation and quotes.`);
      }
    }
  }
  return entries;
}
