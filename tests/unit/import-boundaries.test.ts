/**
 * The tree's folders mean something (README "Map of the tree"), and these tests keep them honest:
 * - src/ never imports scripts/ (command-line tools) or tests/, and scripts/ never imports tests/;
 * - browser code (src/client/, the search page's script) and everything it imports never reaches
 *   server-only modules (astro:content, node:*, sharp, src/lib/server/), which would either break the
 *   browser bundle or ship build-time code to readers;
 * - src/lib/ (outside server/) holds only code that can run in both places.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

const src = join(repoRoot, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|mts|js|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** Every module a file names: static and dynamic imports, re-exports, and `<script src>` in .astro. */
function specifiers(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /<script\b[^>]*\bsrc=['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1]!);
  return [...found];
}

/** The file a specifier points to inside the repository, or undefined for packages and virtual modules. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('~/')) return join(src, specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  return undefined;
}

function withExtension(path: string): string {
  for (const candidate of [path, `${path}.ts`, `${path}.js`, join(path, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return path;
}

const rel = (path: string) => relative(repoRoot, path);
const serverOnly = (specifier: string, target: string | undefined) =>
  /^(astro:|node:|sharp$)/.test(specifier) || (target !== undefined && rel(target).startsWith('src/lib/server/'));

describe('import boundaries', () => {
  const sources = filesUnder(src);

  it('finds the imports it checks (the parser is not blind)', () => {
    expect(specifiers(`import a from './a.ts';\nexport { b } from "../b";\nawait import('node:fs');\nimport './c.css';`)).toEqual([
      './a.ts',
      '../b',
      './c.css',
      'node:fs',
    ]);
    expect(specifiers('<script src="~/client/compare.ts"></script>')).toEqual(['~/client/compare.ts']);
  });

  it('src/ never imports scripts/ or tests/', () => {
    const wrong = sources.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .map((s) => ({ s, target: resolveLocal(file, s) }))
        .filter(({ target }) => target && /^(scripts|tests)\//.test(rel(target)))
        .map(({ s }) => `${rel(file)} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('scripts/ never imports tests/ (a command-line tool must not depend on a test file)', () => {
    const wrong = filesUnder(join(repoRoot, 'scripts')).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .map((s) => ({ s, target: resolveLocal(file, s) }))
        .filter(({ target }) => target && rel(target).startsWith('tests/'))
        .map(({ s }) => `${rel(file)} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('browser code reaches no server-only module, directly or through what it imports', () => {
    const entries = [...filesUnder(join(src, 'client')), join(src, 'search/client.ts')];
    expect(entries.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    const wrong: string[] = [];
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const s of specifiers(readFileSync(file, 'utf8'))) {
        const target = resolveLocal(file, s);
        if (serverOnly(s, target)) wrong.push(`${[...chain, rel(file)].join(' → ')} imports ${s}`);
        else if (target && /\.(ts|js)$|\/[^.]+$/.test(target)) visit(withExtension(target), [...chain, rel(file)]);
      }
    };
    for (const entry of entries) visit(entry, []);
    expect(wrong).toEqual([]);
  });

  it('src/lib/ outside server/ imports nothing server-only (so browser code may use it)', () => {
    const shared = readdirSync(join(src, 'lib')).filter((name) => name.endsWith('.ts'));
    expect(shared.length).toBeGreaterThan(0);
    const wrong = shared.flatMap((name) => {
      const file = join(src, 'lib', name);
      return specifiers(readFileSync(file, 'utf8'))
        .filter((s) => serverOnly(s, resolveLocal(file, s)))
        .map((s) => `src/lib/${name} imports ${s}: move it to src/lib/server/`);
    });
    expect(wrong).toEqual([]);
  });
});
