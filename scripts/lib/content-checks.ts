/**
 * Every content rule in one pass, reporting all problems at once (Astro stops at the first one).
 * Used by `npm run check:content` and by the build (src/integrations/content-gate.ts).
 * Each problem names the file, the field or rule, and how to fix it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import type { CollectionName, SchemaContext } from '../../src/schemas/context.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { institutionSchema } from '../../src/schemas/institution.ts';
import { municipalitySchema } from '../../src/schemas/municipality.ts';
import { programmeSchema } from '../../src/schemas/programme.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { stepSchema } from '../../src/schemas/step.ts';
import { pageSchema } from '../../src/schemas/page.ts';

export interface Problem {
  level: 'error' | 'warning';
  file: string;
  rule: string;
  message: string;
}

interface Entry {
  collection: CollectionName;
  /** Path relative to the content folder, e.g. guides/en/riga/housing.mdx */
  file: string;
  /** Collection id as Astro makes it: path without extension, e.g. en/riga/housing */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

const dataCollections: CollectionName[] = ['documents', 'institutions', 'regions', 'municipalities', 'programmes', 'steps'];
const pageCollections: CollectionName[] = ['guides', 'faq', 'stories', 'pages'];

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

/** Friendlier wording for zod's generic issues. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove them or fix the spelling (the allowed fields are documented in src/schemas/).`;
  }
  return issue.message;
}

const fieldOf = (path: PropertyKey[]) =>
  path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : '(whole entry)';

export async function checkContent(contentDir: string): Promise<Problem[]> {
  const root = resolve(contentDir);
  const problems: Problem[] = [];
  const add = (file: string, rule: string, message: string, level: Problem['level'] = 'error') =>
    problems.push({ level, file: `content/${file}`, rule, message });

  // 1. Read every file.
  const entries: Entry[] = [];
  for (const collection of [...dataCollections, ...pageCollections]) {
    const base = join(root, collection);
    for (const abs of walk(base)) {
      const file = relative(root, abs);
      const rel = relative(base, abs);
      const isPage = pageCollections.includes(collection);
      if (isPage && !abs.endsWith('.mdx')) {
        if (!/\.(png|jpe?g|webp|avif|svg)$/i.test(abs)) add(file, 'file-type', 'Only .mdx files (and images) belong here; rename the file to .mdx or move it.');
        continue;
      }
      if (!isPage && !abs.endsWith('.yaml')) {
        add(file, 'file-type', 'Only .yaml files belong here; rename the file to .yaml or move it.');
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      const id = rel.replace(/\.(mdx|yaml)$/, '').split('\\').join('/');
      try {
        if (isPage) {
          const fm = splitFrontmatter(text);
          if (!fm) {
            add(file, 'frontmatter', 'The file must start with a frontmatter block between two "---" lines.');
            continue;
          }
          entries.push({ collection, file, id, data: (parseYaml(fm.front) ?? {}) as Record<string, unknown>, body: fm.body });
        } else {
          entries.push({ collection, file, id, data: (parseYaml(text) ?? {}) as Record<string, unknown>, body: '' });
        }
      } catch (e) {
        add(file, 'yaml', `The YAML cannot be read: ${(e as Error).message.split('\n')[0]}. Check indentation and quotes.`);
      }
    }
  }

  const ids = new Map<CollectionName, Set<string>>();
  for (const c of [...dataCollections, ...pageCollections]) ids.set(c, new Set(entries.filter((e) => e.collection === c).map((e) => e.id)));

  // 2. Schemas, with references and images checked against what exists.
  const schemaFor = (entry: Entry) => {
    const ctx = {
      ref: (collection: CollectionName) =>
        z.string({ error: `Expected the id of an entry in content/${collection}/.` }).superRefine((value, c) => {
          if (!ids.get(collection)?.has(value)) {
            const known = [...(ids.get(collection) ?? [])].slice(0, 6).join(', ');
            c.addIssue({ code: 'custom', message: `"${value}" is not an entry in content/${collection}/ (known ids include: ${known}…). Fix the spelling or add the file.` });
          }
        }),
      image: () =>
        z.string({ error: 'Give the image path relative to this file, e.g. ./images/cover.jpg.' }).superRefine((value, c) => {
          if (!existsSync(resolve(dirname(join(root, entry.file)), value))) c.addIssue({ code: 'custom', message: `Image "${value}" not found next to this file. Put the image there or fix the path.` });
        }),
    } as unknown as Required<SchemaContext>;
    switch (entry.collection) {
      case 'documents': return documentSchema();
      case 'institutions': return institutionSchema();
      case 'municipalities': return municipalitySchema(ctx);
      case 'regions': return regionSchema(ctx);
      case 'programmes': return programmeSchema(ctx);
      case 'guides': return guideSchema(ctx);
      case 'faq': return faqSchema(ctx);
      case 'stories': return storySchema(ctx);
      case 'steps': return stepSchema(ctx);
      case 'pages': return pageSchema();
    }
  };
  const valid = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    const result = schemaFor(entry).safeParse(entry.data);
    if (result.success) valid.set(entry.file, result.data as Record<string, unknown>);
    else for (const issue of result.error.issues) add(entry.file, `schema:${fieldOf(issue.path)}`, describe(issue));
  }

  // 3. Page collections: language folders, Latvian twins, path/frontmatter agreement.
  for (const entry of entries.filter((e) => pageCollections.includes(e.collection))) {
    const [lang, ...rest] = entry.id.split('/');
    const slug = rest.join('/');
    if (!(locales as readonly string[]).includes(lang ?? '')) {
      add(entry.file, 'language-folder', `The first folder must be a language (${locales.join(', ')}); move the file into content/${entry.collection}/${defaultLocale}/… or a translation folder.`);
      continue;
    }
    if (lang !== defaultLocale && !ids.get(entry.collection)?.has(`${defaultLocale}/${slug}`)) {
      add(entry.file, 'latvian-twin', `There is no Latvian original content/${entry.collection}/${defaultLocale}/${slug}.mdx. Latvian is the source language: add the Latvian file first, or fix this file's name to match it.`);
    }
    const data = entry.data;
    if (entry.collection === 'guides') {
      const [municipality, topic, ...extra] = rest;
      if (extra.length || !municipality || !topic) add(entry.file, 'guide-path', 'Guides live at guides/<lang>/<municipality>/<topic>.mdx; move the file.');
      else {
        if (data.municipality !== municipality) add(entry.file, 'guide-path', `The folder says municipality "${municipality}" but the frontmatter says "${String(data.municipality)}"; make them agree.`);
        if (data.topic !== topic) add(entry.file, 'guide-path', `The file name says topic "${topic}" but the frontmatter says "${String(data.topic)}"; make them agree.`);
      }
    }
    const reserved: Record<string, string[]> = { faq: ['category'], pages: ['municipalities', 'regions', 'faq', 'stories', 'support', 'first-steps', 'search', 'sources', 'about', 'accessibility', 'coordinators', 'data', 'grant-check', 'compare', 'plan', 'booklet', '404'] };
    if (reserved[entry.collection]?.includes(slug)) add(entry.file, 'reserved-name', `"${slug}" is used by another page of the site; choose another file name.`);
    if (entry.collection === 'faq' && data.id !== slug) {
      add(entry.file, 'faq-id', `The FAQ id "${String(data.id)}" must equal the file name "${slug}"; rename the file or fix the id (ids never change once published).`);
    }
  }

  // 4. FAQ ids unique per language.
  for (const lang of locales) {
    const seen = new Map<string, string>();
    for (const e of entries.filter((x) => x.collection === 'faq' && x.id.startsWith(`${lang}/`))) {
      const id = String(e.data.id ?? '');
      if (!id) continue;
      const other = seen.get(id);
      if (other) add(e.file, 'faq-duplicate-id', `FAQ id "${id}" is already used by ${other}; every answer needs its own id (and ids are never reused).`);
      else seen.set(id, `content/${e.file}`);
    }
  }

  // 5. Region membership agrees both ways.
  const municipalities = entries.filter((e) => e.collection === 'municipalities');
  const regions = entries.filter((e) => e.collection === 'regions');
  for (const r of regions) {
    const members = Array.isArray(r.data.members) ? (r.data.members as unknown[]).map(String) : [];
    for (const m of members) {
      const mun = municipalities.find((x) => x.id === m);
      if (mun && mun.data.region !== r.id) add(r.file, 'region-members', `"${m}" is listed here but its file says region "${String(mun.data.region)}"; make content/municipalities/${m}.yaml and this list agree.`);
    }
    for (const mun of municipalities.filter((x) => x.data.region === r.id)) {
      if (!members.includes(mun.id)) add(r.file, 'region-members', `content/municipalities/${mun.id}.yaml says it belongs to "${r.id}" but "members" does not list it; add it.`);
    }
  }

  // 6. Sources: every reference resolves; every <Cite> is listed in the frontmatter.
  const docIds = ids.get('documents')!;
  const instIds = ids.get('institutions')!;
  const checkRef = (file: string, ref: string, where: string) => {
    const doc = /^(\d{3}):/.exec(ref);
    const gk = /^gk:(.+)$/.exec(ref);
    if (doc && !docIds.has(doc[1]!)) add(file, 'source-exists', `${where} cites document "${doc[1]}", which is not in content/documents/; use one of: ${[...docIds].join(', ')}.`);
    if (gk && !instIds.has(gk[1]!)) add(file, 'source-exists', `${where} cites institution "${gk[1]}", which is not in content/institutions/; add it there or fix the id.`);
  };
  for (const e of entries) {
    const refs: string[] = [];
    const d = e.data as Record<string, unknown>;
    if (Array.isArray(d.sources)) refs.push(...(d.sources as unknown[]).map(String));
    if (Array.isArray(d.facts)) for (const f of d.facts as Record<string, unknown>[]) if (f && f.source) refs.push(String(f.source));
    const coord = d.coordinator as Record<string, unknown> | undefined;
    if (coord && Array.isArray(coord.sources)) refs.push(...(coord.sources as unknown[]).map(String));
    for (const r of refs) checkRef(e.file, r, 'The frontmatter');
    if (e.body) {
      const listed = new Set(Array.isArray(d.sources) ? (d.sources as unknown[]).map(String) : []);
      for (const m of e.body.matchAll(/<Cite\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)) {
        const ref = m[1]!;
        checkRef(e.file, ref, 'A <Cite> in the text');
        if (!/^(?:\d{3}:\d+(?:-\d+)?|gk:[a-z0-9-]+)$/.test(ref)) add(e.file, 'cite-format', `<Cite src="${ref}"> is malformed: write "001:5658", "001:5658-5662" or "gk:<institution>".`);
        else if (!listed.has(ref)) add(e.file, 'cite-listed', `<Cite src="${ref}"> is used in the text but "${ref}" is missing from "sources" in the frontmatter; add it there.`);
      }
    }
  }

  // 6b. Checklist items link to FAQ answers that exist.
  const faqIds = new Set([...(ids.get('faq') ?? [])].filter((id) => id.startsWith(`${defaultLocale}/`)).map((id) => id.slice(defaultLocale.length + 1)));
  for (const e of entries.filter((x) => x.collection === 'steps')) {
    for (const id of Array.isArray(e.data.faq) ? (e.data.faq as unknown[]).map(String) : []) {
      if (!faqIds.has(id)) add(e.file, 'faq-exists', `"faq" lists "${id}", but there is no content/faq/${defaultLocale}/${id}.mdx; fix the id or write the answer first.`);
    }
  }

  // 7. Unsafe markup in MDX: content may not run code or embed other sites.
  for (const e of entries.filter((x) => x.body)) {
    const rules: [RegExp, string][] = [
      [/^\s*(import|export)\s/m, 'MDX "import"/"export" lines are not allowed; the components Cite and Term are available without import.'],
      [/<\s*script\b/i, '<script> is not allowed in content; ask a developer to add a component instead.'],
      [/<\s*iframe\b/i, '<iframe> is not allowed in content: embedding other sites would break the privacy promise (no third-party requests).'],
      [/\son[a-z]+\s*=/i, 'Event-handler attributes (onclick=…) are not allowed in content.'],
      [/javascript:/i, '"javascript:" links are not allowed in content.'],
    ];
    for (const [re, message] of rules) if (re.test(e.body)) add(e.file, 'mdx-safety', message);
  }

  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.rule}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.level === 'error' ? '✗' : '!'} ${p.file}\n    ${p.rule}: ${p.message}`).join('\n');
}
