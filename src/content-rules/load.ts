/** Reads every content file once: YAML data files and MDX frontmatter plus body. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, parseDocument, visit } from 'yaml';
import { collectionNames, pageCollections } from '../schemas/collections.ts';
import type { Entry, Report } from './types.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function splitFrontmatter(text: string): { front: string; body: string; bodyLine: number } | null {
  const m = /^(---\r?\n([\s\S]*?)\r?\n---\r?\n?)([\s\S]*)$/.exec(text);
  return m ? { front: m[2]!, body: m[3]!, bodyLine: m[1]!.split('\n').length } : null;
}

/** Largest content file accepted; a page this size is already far longer than any reader needs. */
const maxFileBytes = 200 * 1024;

/** File and folder names: the same rule as ids (ASCII lower-case slugs), so URLs are predictable. */
const slugPart = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.(?:mdx|yaml))?$/;
const lookAlike = /[\u0400-\u04ff\u0370-\u03ff]/;

/** YAML read strictly: duplicate keys, aliases and custom tags are refused, not silently merged. */
export function readYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, merge: false, customTags: [] });
  if (doc.errors.length) throw doc.errors[0];
  let problem: string | null = null;
  visit(doc, {
    Alias() {
      problem = 'YAML aliases (*name) are not allowed; write the value out in full';
      return visit.BREAK;
    },
    Node(_key, node) {
      if (
        isNode(node) &&
        node.tag &&
        ![
          'tag:yaml.org,2002:str',
          'tag:yaml.org,2002:int',
          'tag:yaml.org,2002:float',
          'tag:yaml.org,2002:bool',
          'tag:yaml.org,2002:null',
          'tag:yaml.org,2002:map',
          'tag:yaml.org,2002:seq',
        ].includes(node.tag)
      ) {
        problem = `YAML tags (${node.tag}) are not allowed; remove the "!" tag`;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (problem) throw new Error(problem);
  return doc.toJS({ maxAliasCount: 0 });
}

export function loadEntries(root: string, report: Report): Entry[] {
  const entries: Entry[] = [];
  for (const collection of collectionNames) {
    const base = join(root, collection);
    const isPage = pageCollections.includes(collection);
    for (const abs of walk(base)) {
      const file = relative(root, abs);
      if (isPage && !abs.endsWith('.mdx')) {
        if (/\.svg$/i.test(abs))
          report(file, 'file-type', 'SVG files are not accepted in content: an SVG can carry scripts. Export the picture as PNG or JPEG.');
        else if (!/\.(png|jpe?g|webp|avif)$/i.test(abs))
          report(file, 'file-type', 'Only .mdx files (and images) belong here; rename the file to .mdx or move it.');
        continue;
      }
      if (!isPage && !abs.endsWith('.yaml')) {
        report(file, 'file-type', 'Only .yaml files belong here; rename the file to .yaml or move it.');
        continue;
      }
      const parts = relative(base, abs).split(/[\\/]/);
      const bad = parts.find((part) => !slugPart.test(part));
      if (bad !== undefined) {
        const hint = lookAlike.test(bad) ? ' It contains a Cyrillic or Greek letter that looks like a Latin one.' : '';
        report(
          file,
          'file-name',
          `"${bad}" is not a valid file or folder name.${hint} Use only a–z, 0–9 and single hyphens (e.g. "kuldigas-novads.yaml"); the name becomes the page's address.`,
        );
        continue;
      }
      const bytes = readFileSync(abs);
      if (bytes.length > maxFileBytes) {
        report(
          file,
          'file-size',
          `The file is ${Math.round(bytes.length / 1024)} KB; the limit is ${maxFileBytes / 1024} KB. Split it into several pages or shorten it.`,
        );
        continue;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        report(file, 'encoding', 'The file is not valid UTF-8 text. Save it as UTF-8 in your editor ("Save with encoding → UTF-8").');
        continue;
      }
      const id = relative(base, abs)
        .replace(/\.(mdx|yaml)$/, '')
        .split('\\')
        .join('/');
      try {
        if (isPage) {
          const fm = splitFrontmatter(text);
          if (!fm) {
            report(file, 'frontmatter', 'The file must start with a frontmatter block between two "---" lines.');
            continue;
          }
          entries.push({
            collection,
            file,
            id,
            data: (readYaml(fm.front) ?? {}) as Record<string, unknown>,
            body: fm.body,
            bodyLine: fm.bodyLine,
          });
        } else {
          entries.push({ collection, file, id, data: (readYaml(text) ?? {}) as Record<string, unknown>, body: '', bodyLine: 1 });
        }
      } catch (e) {
        const err = e as Error & { code?: string; linePos?: { line: number }[] };
        const line = err.linePos?.[0]?.line;
        const at = line ? ` (line ${line})` : '';
        if (err.code === 'DUPLICATE_KEY')
          report(
            file,
            'yaml',
            `A field name appears twice${at}; the second would silently replace the first. Keep only one of them.`,
            'error',
            line,
          );
        else if (!err.code) report(file, 'yaml', `${err.message}.`);
        else
          report(
            file,
            'yaml',
            `The YAML cannot be read${at}: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Check indentation and quotes.`,
            'error',
            line,
          );
      }
    }
  }
  return entries;
}
