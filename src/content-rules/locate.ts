/**
 * Finds the line a problem is about, for rules that know the field or value but not the line, so a
 * pull request shows each problem as an annotation on that line (and `check:content` prints file:line).
 * Schema and plain-text problems are located through the YAML syntax tree (the field's own line);
 * the others by the value the message quotes (a source id, a link, a host), and a contact by the first
 * e-mail address or phone number in the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { showsContact } from './rules/web-sources.ts';
import type { Problem } from './types.ts';

/** "facts[3].value" → ["facts", 3, "value"] (the field names schema problems carry in their rule id). */
function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

interface Source {
  lines: string[];
  /** 1-based line where the YAML (frontmatter or data file) starts. */ yamlStart: number;
  yaml: string;
}

function readSource(absFile: string): Source | null {
  let text: string;
  try {
    text = readFileSync(absFile, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  if (/\.mdx?$/.test(absFile)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    return { lines, yamlStart: 2, yaml: m ? m[1]! : '' };
  }
  return { lines, yamlStart: 1, yaml: text };
}

/** Line of the deepest existing node on `path` in the YAML; a missing field points at its parent. */
function yamlLine(src: Source, path: (string | number)[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(src.yaml, { lineCounter: counter });
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      // A key's value that is a nested map/list starts on the next line; point at the key instead.
      const key = typeof path[n - 1] === 'string' ? keyLine(counter, doc, path.slice(0, n)) : undefined;
      return (key ?? counter.linePos(node.range[0]).line) + src.yamlStart - 1;
    }
  }
  return undefined;
}

function keyLine(counter: LineCounter, doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const items = (parent as { items?: { key?: unknown }[] } | null)?.items;
  const pair = items?.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[path.length - 1]);
  const key = pair?.key;
  return isNode(key) && key.range ? counter.linePos(key.range[0]).line : undefined;
}

/** Adds a line to every problem that has none and whose field or value can be found in its file. */
/** `contentRoot` is the content folder; problems name their files as content/… whatever its real path. */
export function locateProblems(problems: Problem[], contentRoot: string): Problem[] {
  const cache = new Map<string, Source | null>();
  const source = (file: string) => {
    if (!cache.has(file)) cache.set(file, readSource(join(contentRoot, file.replace(/^content\//, ''))));
    return cache.get(file)!;
  };
  return problems.map((p) => {
    if (p.line) return p;
    const src = source(p.file);
    if (!src) return p;
    let line: number | undefined;
    const field = /^(?:schema|plain-text):(.+)$/.exec(p.rule)?.[1];
    if (field && field !== '(whole entry)') line = yamlLine(src, parseFieldPath(field));
    else if (p.rule === 'contact-source') line = findLine(src.lines, showsContact);
    else {
      const quoted = /"([^"\s]{2,})"/.exec(p.message)?.[1];
      // Most specific first: the value as an attribute (<Cite src="…">), as a quoted value, anywhere.
      if (quoted)
        line =
          findLine(src.lines, (l) => l.includes(`="${quoted}"`)) ??
          findLine(src.lines, (l) => l.includes(`"${quoted}"`) || l.includes(`'${quoted}'`)) ??
          findLine(src.lines, (l) => l.includes(quoted));
    }
    return line ? { ...p, line } : p;
  });
}

function findLine(lines: string[], test: (line: string) => boolean): number | undefined {
  const i = lines.findIndex(test);
  return i >= 0 ? i + 1 : undefined;
}
