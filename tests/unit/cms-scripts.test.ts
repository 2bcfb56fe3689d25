/**
 * The web editor's own browser code: the <Cite> component reads and writes exactly the tag the content
 * rules accept, a language nobody wrote is left out of what the editor saves, and YAML data files keep
 * their provenance comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as YAML from 'yaml';
import { registerCite } from '../../src/cms/cite-component.js';
import { skipEmptyLanguages } from '../../src/cms/empty-languages.js';
import { mdxFormat } from '../../src/cms/mdx-format.js';
import { SOURCE_TEXT, yamlFormat } from '../../src/cms/yaml-format.js';
import { sourceRefPattern } from '../../src/lib/source-ref.ts';
import { sourceRef } from '../../src/schemas/common.ts';
import { cmsCollections } from '../../src/cms/config.ts';
import { readCmsContent } from '../../src/cms/content.ts';
import { oneOrMany } from '../../src/cms/fields.ts';
import { repoRoot } from './helpers.ts';

interface Component {
  pattern: RegExp;
  fromBlock(m: RegExpExecArray): Record<string, string>;
  toBlock(d: Record<string, string>): string;
  toPreview(d: Record<string, string>): string;
}

function citeComponent(): Component {
  let registered: Component | undefined;
  registerCite(
    {
      registerEditorComponent: (c: Component) => {
        registered = c;
      },
    },
    { documents: [], pages: [], refPattern: sourceRefPattern.source },
  );
  return registered!;
}

describe('<Cite> in the web editor', () => {
  const cite = citeComponent();
  for (const src of ['001:5658', '001:5658-5662', 'web:cesu-novads-client-service', 'gk:pmlp']) {
    it(`reads and writes <Cite src="${src}" /> unchanged, and the result is a valid source`, () => {
      const tag = `<Cite src="${src}" />`;
      const match = cite.pattern.exec(`Fakts ${tag} un vēl.`)!;
      expect(match).not.toBeNull();
      const data = cite.fromBlock(match);
      expect(cite.toBlock(data)).toBe(tag);
      expect(sourceRef.safeParse(src).success).toBe(true);
      expect(cite.toPreview(data)).toBe(`[${src}]`);
    });
  }
  it('a document without a line is no source: the preview asks for one', () => {
    expect(cite.toPreview({ document: '001' })).toBe('[choose a source]');
  });
});

describe('languages nobody wrote are not saved', () => {
  function backendWith(files: { path: string; raw: string }[]) {
    const saved: string[] = [];
    const registry: Record<string, { init: () => unknown }> = {
      proxy: {
        init: () => ({
          persistEntry: (entry: { dataFiles: { path: string }[] }) => {
            saved.push(...entry.dataFiles.map((f) => f.path));
            return Promise.resolve();
          },
        }),
      },
    };
    skipEmptyLanguages({ getBackend: (name: string) => registry[name] }, ['proxy', 'github']);
    const backend = registry.proxy!.init() as { persistEntry(e: unknown, o: unknown): Promise<void> };
    return { save: () => backend.persistEntry({ dataFiles: files }, {}), saved };
  }

  it('a Latvian-only story writes only the Latvian file', async () => {
    const { save, saved } = backendWith([
      { path: 'content/stories/lv/a.mdx', raw: '---\ntitle: A\n---\nTeksts\n' },
      { path: 'content/stories/en/a.mdx', raw: '\n' },
      { path: 'content/stories/ru/a.mdx', raw: '' },
    ]);
    await save();
    expect(saved).toEqual(['content/stories/lv/a.mdx']);
  });

  it('a translated language is saved with it', async () => {
    const { save, saved } = backendWith([
      { path: 'content/stories/lv/a.mdx', raw: '---\ntitle: A\n---\n' },
      { path: 'content/stories/en/a.mdx', raw: '---\ntitle: A\n---\n' },
    ]);
    await save();
    expect(saved).toEqual(['content/stories/lv/a.mdx', 'content/stories/en/a.mdx']);
  });
});

describe('YAML data files keep their comments when saved in the web editor', () => {
  // The fields the schemas take as one value or a list, as the build finds them.
  cmsCollections(readCmsContent(join(repoRoot, 'content')));
  const format = yamlFormat(YAML, { oneOrMany: [...oneOrMany] });
  const dirs = ['content/municipalities', 'content/programmes'];
  // What the editor does: read the file, hold its data (as JSON-like values), write it back.
  const roundTrip = (text: string, change: (d: Record<string, unknown>) => void = () => {}) => {
    const data = JSON.parse(JSON.stringify(format.fromFile(text)));
    change(data);
    return format.toFile(data) as string;
  };

  it('a file saved without changes is byte for byte the same (every municipality and programme)', () => {
    for (const dir of dirs) {
      for (const name of readdirSync(join(repoRoot, dir))) {
        const text = readFileSync(join(repoRoot, dir, name), 'utf8');
        expect(roundTrip(text), `${dir}/${name}`).toBe(text);
      }
    }
  });

  it('a changed value changes only its own line; comments and other lines stay', () => {
    const text = readFileSync(join(repoRoot, 'content/municipalities/riga.yaml'), 'utf8');
    const out = roundTrip(text, (d) => {
      d.website = 'https://www.riga.lv/lv/';
    });
    const before = text.split('\n');
    const after = out.split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['website: https://www.riga.lv/lv/']);
    expect(after.filter((l) => l.includes('#'))).toEqual(before.filter((l) => l.includes('#')));
  });

  it('an added field keeps every comment, and the result is what the editor meant', () => {
    const text = readFileSync(join(repoRoot, 'content/municipalities/riga.yaml'), 'utf8');
    const out = roundTrip(text, (d) => {
      d.officialDomains = ['riga.lv'];
    });
    const comments = (t: string) =>
      t
        .split('\n')
        .filter((l) => l.includes('#'))
        .map((l) => l.slice(l.indexOf('#')));
    expect(comments(out)).toEqual(comments(text));
    expect(YAML.parse(out)).toEqual({ ...YAML.parse(text), officialDomains: ['riga.lv'] });
  });

  it('the editor never writes its own bookkeeping into a file', () => {
    const text = readFileSync(join(repoRoot, 'content/programmes/bauska-business-garden.yaml'), 'utf8');
    expect(
      roundTrip(text, (d) => {
        d.asOf = '2023';
      }),
    ).not.toContain(SOURCE_TEXT);
    expect(format.toFile({ names: { lv: 'a', en: 'b', ru: 'c' } })).not.toContain(SOURCE_TEXT);
  });
});

describe('MDX pages saved in the web editor change only what the editor changed', () => {
  cmsCollections(readCmsContent(join(repoRoot, 'content')));
  const format = mdxFormat(YAML, { oneOrMany: [...oneOrMany] });
  // Decap ends every file it writes with a newline.
  const saved = (data: unknown) => {
    const raw = format.toFile(data) as string;
    return raw.endsWith('\n') ? raw : `${raw}\n`;
  };
  const pages = ['stories', 'faq', 'guides'].flatMap((c) =>
    readdirSync(join(repoRoot, 'content', c), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
      .map((d) => join(d.parentPath, d.name)),
  );

  it('every story, FAQ answer and guide saved without changes is byte for byte the same', () => {
    expect(pages.length).toBeGreaterThan(500);
    for (const file of pages) {
      const text = readFileSync(file, 'utf8');
      expect(saved(JSON.parse(JSON.stringify(format.fromFile(text)))), file).toBe(text);
    }
  });

  it('a changed title changes only the title line', () => {
    const text = readFileSync(join(repoRoot, 'content/faq/lv/declare-residence.mdx'), 'utf8');
    const data = JSON.parse(JSON.stringify(format.fromFile(text)));
    data.title = `${data.title} (labots)`;
    const before = text.split('\n');
    const after = saved(data).split('\n');
    expect(after.filter((l, i) => l !== before[i])).toEqual([`title: ${data.title}`]);
  });

  it('a language nobody wrote gives no file; a new page is frontmatter, then the text', () => {
    expect(format.toFile({ body: '' })).toBe('');
    expect(format.toFile({ title: '', sources: [], body: '\n' })).toBe('');
    const page = saved({ title: 'Jauns stāsts', sources: ['001:5658'], body: 'Teksts <Cite src="001:5658" />' });
    expect(page.startsWith('---\n')).toBe(true);
    const [, front, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(page)!;
    expect(YAML.parse(front!)).toEqual({ title: 'Jauns stāsts', sources: ['001:5658'] });
    expect(body).toBe('Teksts <Cite src="001:5658" />\n');
  });
});
