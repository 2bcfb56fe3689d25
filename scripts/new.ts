/**
 * npm run new -- <story|faq|programme|guide> <args> [--content <dir>]
 *
 *   faq <id> <category>                          → content/faq/{lv,en,ru}/<id>.mdx
 *   story <slug> <municipality>                  → content/stories/{lv,en,ru}/<slug>.mdx
 *   guide <municipality> <topic>                 → content/guides/{lv,en,ru}/<municipality>/<topic>.mdx
 *   programme <slug> <scope> [<region|municipality>…]  → content/programmes/<slug>.yaml
 *
 * Scaffolds a new entry: the Latvian file with every required field filled with Latvian placeholder
 * text, and English/Russian files marked "[AWAITING TRANSLATION]" / "[ОЖИДАЕТ ПЕРЕВОДА]".
 * Every scaffold cites the fake source "999:1", which fails the content rule "source-exists", so
 * `npm run check:content` (and the build) refuse the entry until an editor has replaced the
 * placeholders with real text and real sources. Nothing unfinished can be published.
 *
 * The content folder is `--content <dir>`, else $RTL_CONTENT_DIR, else "content".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { guideTopics } from '../src/routing/sections.ts';
import type { SchemaContext } from '../src/schemas/context.ts';
import { faqCategories } from '../src/schemas/faq.ts';
import { programmeKinds, programmeSchema } from '../src/schemas/programme.ts';
import { awaitingMarker } from './lib/translation-status.ts';

export const kinds = ['story', 'faq', 'programme', 'guide'] as const;
export type Kind = (typeof kinds)[number];

/** The fake source every scaffold cites: document 999 does not exist, so check:content fails. */
export const placeholderSource = '999:1';

/** Scopes are read from the programme schema itself, so they never drift from it. */
export const programmeScopes: readonly string[] = (
  programmeSchema({ ref: () => z.string() } as unknown as SchemaContext).shape.scope as unknown as { options: readonly string[] }
).options;

const usage = `Usage: npm run new -- <kind> <args> [--content <dir>]
  npm run new -- faq <id> <category>
  npm run new -- story <slug> <municipality>
  npm run new -- guide <municipality> <topic>
  npm run new -- programme <slug> <scope> [<region|municipality> …]   (regional: region ids; municipal: municipality ids)`;

/** A wrong command-line argument: the message names the argument and says how to fix it. */
export class ScaffoldError extends Error {
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(message);
    this.name = 'ScaffoldError';
    this.argument = argument;
  }
}

export interface ScaffoldOptions {
  /** Content folder; defaults to $RTL_CONTENT_DIR or "content". */
  contentDir?: string;
  /** Date written as "reviewed"/"published", YYYY-MM-DD; defaults to today (local time). */
  today?: string;
}

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the content folder, e.g. faq/lv/my-id.mdx */
  rel: string;
  text: string;
}

export interface ScaffoldResult {
  kind: Kind;
  files: PlannedFile[];
  nextSteps: string[];
}

const translations = locales.filter((l) => l !== defaultLocale);
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** File names the FAQ routes use themselves (same list as the "reserved-name" rule in src/content-rules). */
const reservedFaqIds = ['category'];

export function localToday(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function resolveContentDir(opts: ScaffoldOptions = {}): string {
  return resolve(opts.contentDir ?? process.env.RTL_CONTENT_DIR ?? 'content');
}

// ---------------------------------------------------------------------------------------------
// Argument checks

function checkSlug(argument: string, value: string | undefined, example: string): string {
  if (!value) throw new ScaffoldError(argument, `${argument} is missing. ${usage}`);
  if (!kebab.test(value)) {
    const suggestion = value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    throw new ScaffoldError(
      argument,
      `${argument} "${value}" must be lowercase ascii kebab-case: letters a–z, digits and single hyphens, e.g. "${example}"${suggestion && kebab.test(suggestion) ? `; try "${suggestion}"` : ''}.`,
    );
  }
  return value;
}

function checkOneOf(argument: string, value: string | undefined, allowed: readonly string[], from: string): string {
  if (!value) throw new ScaffoldError(argument, `${argument} is missing: give one of ${allowed.join(', ')} (from ${from}).`);
  if (!allowed.includes(value))
    throw new ScaffoldError(argument, `${argument} "${value}" is not allowed: use one of ${allowed.join(', ')} (from ${from}).`);
  return value;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The known ids closest to `value` (substring matches first, then by edit distance). */
export function closest(value: string, known: readonly string[], n = 5): string[] {
  const v = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return [...known]
    .map((k) => ({ k, score: (k.includes(v) || v.includes(k) ? -100 : 0) + levenshtein(v, k) }))
    .sort((a, b) => a.score - b.score || a.k.localeCompare(b.k))
    .slice(0, n)
    .map((x) => x.k);
}

const idsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
        .sort()
    : [];

function checkRef(argument: string, value: string | undefined, root: string, collection: 'municipalities' | 'regions'): string {
  const known = idsIn(join(root, collection));
  if (!value)
    throw new ScaffoldError(
      argument,
      `${argument} is missing: give the file name (without .yaml) of an entry in content/${collection}/, e.g. ${known.slice(0, 3).join(', ')}.`,
    );
  if (!known.includes(value)) {
    throw new ScaffoldError(
      argument,
      `${argument} "${value}" is not an entry in content/${collection}/. Closest: ${closest(value, known).join(', ')}. Use the file name without .yaml.`,
    );
  }
  return value;
}

/** Latvian, English and Russian names of a municipality (falls back to the slug). */
function municipalityNames(root: string, slug: string): Record<Locale, string> {
  try {
    const data = parseYaml(readFileSync(join(root, 'municipalities', `${slug}.yaml`), 'utf8')) as {
      names?: Partial<Record<Locale, string>>;
    };
    return Object.fromEntries(locales.map((l) => [l, data.names?.[l] ?? slug])) as Record<Locale, string>;
  } catch {
    return Object.fromEntries(locales.map((l) => [l, slug])) as Record<Locale, string>;
  }
}

// ---------------------------------------------------------------------------------------------
// File texts

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar

/** Placeholder prose for a translation file, always starting with the language's marker. */
function pending(
  lang: Locale,
  what: 'title' | 'summary' | 'description' | 'text' | 'name' | 'eligibility' | 'provider' | 'basedOn',
  latvianFile: string,
): string {
  const marker = awaitingMarker(lang);
  if (lang === 'ru') {
    const ru = {
      title: 'Переведите заголовок латышской страницы',
      summary: 'Переведите латышское краткое описание, два-три предложения.',
      description: 'Переведите описание из латышского файла (одно-два предложения).',
      text: `Переведите текст из ${latvianFile}.`,
      name: 'Переведите латышское название',
      eligibility: 'Переведите, кто может участвовать.',
      provider: 'Переведите, кто проводит программу.',
      basedOn: 'Переведите, какой случай из источников пересказан.',
    } as const;
    return `${marker} ${ru[what]}`;
  }
  const en = {
    title: 'Translate the title of the Latvian page',
    summary: 'Translate the Latvian summary, two or three sentences.',
    description: 'Translate the description of the Latvian file (one or two sentences).',
    text: `Translate the text of ${latvianFile}.`,
    name: 'Translate the Latvian name',
    eligibility: 'Translate who can take part.',
    provider: 'Translate who runs the programme.',
    basedOn: 'Translate which case in the sources the story retells.',
  } as const;
  return `${marker} ${en[what]}`;
}

const lvBody = (what: string) =>
  `## APAKŠVIRSRAKSTS — aizstājiet\n\n${what} — aizstājiet ar savu tekstu. Aiz katra fakta ievietojiet atsauci, piemēram, <Cite src="${placeholderSource}" />, un to pašu atsauci ierakstiet laukā "sources". Dokuments 999 neeksistē: kamēr tas šeit ir, npm run check:content ziņo kļūdu un lapa netiek publicēta.\n`;

const frontmatterNote = (latvianFile: string, lang: Locale) =>
  lang === defaultLocale
    ? `# Jauns ieraksts (npm run new). Aizstājiet VISUS LIELO BURTU aizvietotājus un avotu "${placeholderSource}" ar īstiem avotiem.\n# Lauku skaidrojumi: src/schemas/. Pārbaude: npm run check:content.\n`
    : `# Translation of ${latvianFile}: translate every text, remove the marker "${awaitingMarker(lang)}" and copy the Latvian "sources".\n`;

const sourcesLine = (lang: Locale, lvHint = '') =>
  `sources: [${q(placeholderSource)}]  # ${lang === defaultLocale ? `AIZSTĀJIET ar īstiem avotiem${lvHint}` : 'replace with the sources of the Latvian file'}\n`;

const mdx = (front: string, body: string) => `---\n${front}---\n${body}`;

function faqFiles(root: string, id: string, category: string, today: string): PlannedFile[] {
  const lvRel = `faq/${defaultLocale}/${id}.mdx`;
  return locales.map((lang) => {
    const rel = `faq/${lang}/${id}.mdx`;
    const lv = lang === defaultLocale;
    const title = lv ? 'JAUTĀJUMS — aizstājiet ar jautājumu, kā to uzdotu lasītājs' : pending(lang, 'title', `content/${lvRel}`);
    const summary = lv
      ? 'ĪSĀ ATBILDE — aizstājiet ar atbildi divos vai trīs teikumos. Katram faktam jābūt avotam no saraksta "sources".'
      : pending(lang, 'summary', `content/${lvRel}`);
    const front =
      frontmatterNote(`content/${lvRel}`, lang) +
      `id: ${id}\n` +
      `title: ${q(title)}\n` +
      `summary: ${q(summary)}\n` +
      `category: ${category}\n` +
      `reviewed: ${today}\n` +
      sourcesLine(lang, ', piem. "001:5658" vai "gk:pmlp"') +
      `topics: []  # neobligāti: ${guideTopics.join(', ')}\n` +
      `municipalities: []\n` +
      `institutions: []\n`;
    const body = lv ? lvBody('ATBILDE') : `${pending(lang, 'text', `content/${lvRel}`)} <Cite src="${placeholderSource}" />\n`;
    return { path: join(root, rel), rel, text: mdx(front, body) };
  });
}

function storyFiles(root: string, slug: string, municipality: string, today: string): PlannedFile[] {
  const lvRel = `stories/${defaultLocale}/${slug}.mdx`;
  return locales.map((lang) => {
    const rel = `stories/${lang}/${slug}.mdx`;
    const lv = lang === defaultLocale;
    const front =
      frontmatterNote(`content/${lvRel}`, lang) +
      `title: ${q(lv ? 'STĀSTA VIRSRAKSTS — aizstājiet ar virsrakstu' : pending(lang, 'title', ''))}\n` +
      `summary: ${q(lv ? 'KOPSAVILKUMS — aizstājiet ar vienu vai diviem teikumiem par stāstu.' : pending(lang, 'summary', ''))}\n` +
      `municipality: ${municipality}\n` +
      `programmes: []  # neobligāti: content/programmes/ failu nosaukumi\n` +
      `published: ${today}\n` +
      `basedOn: ${q(lv ? 'AVOTA GADĪJUMS — aizstājiet: kuru gadījumu no avotiem stāsts atstāsta' : pending(lang, 'basedOn', ''))}\n` +
      sourcesLine(lang) +
      `# Nosaukta vai attēlota reāla persona tikai ar ierakstītu piekrišanu (consent), sk. content/README.md.\n` +
      `person: { named: false, pictured: false }\n`;
    const body = lv ? lvBody('STĀSTS') : `${pending(lang, 'text', `content/${lvRel}`)} <Cite src="${placeholderSource}" />\n`;
    return { path: join(root, rel), rel, text: mdx(front, body) };
  });
}

const topicLabelsLv: Record<string, string> = {
  overview: 'pārskats',
  housing: 'mājokļi',
  schools: 'skolas un bērnudārzi',
  jobs: 'darbs',
  grants: 'atbalsts un granti',
};

function guideFiles(root: string, municipality: string, topic: string, today: string): PlannedFile[] {
  const lvRel = `guides/${defaultLocale}/${municipality}/${topic}.mdx`;
  const names = municipalityNames(root, municipality);
  return locales.map((lang) => {
    const rel = `guides/${lang}/${municipality}/${topic}.mdx`;
    const lv = lang === defaultLocale;
    const title = lv ? `VIRSRAKSTS — aizstājiet, piem. „${names.lv}: ${topicLabelsLv[topic] ?? topic}”` : pending(lang, 'title', '');
    const front =
      frontmatterNote(`content/${lvRel}`, lang) +
      `title: ${q(title.length <= 90 ? title : 'VIRSRAKSTS — aizstājiet ar lapas virsrakstu')}\n` +
      `description: ${q(lv ? 'APRAKSTS — aizstājiet ar vienu vai diviem teikumiem meklēšanas rezultātiem.' : pending(lang, 'description', ''))}\n` +
      `municipality: ${municipality}\n` +
      `topic: ${topic}\n` +
      `reviewed: ${today}\n` +
      sourcesLine(lang) +
      `unknowns: []  # ko avoti nesaka un kas to zina, piem. "… — jautājiet pašvaldībai"\n`;
    const body = lv ? lvBody('TEKSTS') : `${pending(lang, 'text', `content/${lvRel}`)} <Cite src="${placeholderSource}" />\n`;
    return { path: join(root, rel), rel, text: mdx(front, body) };
  });
}

function programmeFile(
  root: string,
  slug: string,
  scope: string,
  refs: { regions: string[]; municipalities: string[] },
  today: string,
): PlannedFile {
  const rel = `programmes/${slug}.yaml`;
  const localized = (field: string, lvText: string, what: Parameters<typeof pending>[1]) =>
    `${field}:\n` + locales.map((l) => `  ${l}: ${q(l === defaultLocale ? lvText : pending(l, what, ''))}\n`).join('');
  const list = (xs: string[]) => `[${xs.join(', ')}]`;
  const text =
    `# Jauna programma (npm run new). Aizstājiet VISUS LIELO BURTU aizvietotājus un avotu "${placeholderSource}" ar īstiem avotiem;\n` +
    `# tulkojiet en/ru tekstus un izņemiet atzīmes ${translations.map((l) => `"${awaitingMarker(l)}"`).join(' / ')}.\n` +
    `# Lauku skaidrojumi: src/schemas/programme.ts. Pārbaude: npm run check:content.\n` +
    localized('names', 'NOSAUKUMS — aizstājiet ar programmas nosaukumu', 'name') +
    localized('summary', 'APRAKSTS — aizstājiet ar diviem vai trim teikumiem par programmu.', 'summary') +
    localized('eligibility', 'KAS VAR PIETEIKTIES — aizstājiet.', 'eligibility') +
    localized('provider', 'ĪSTENOTĀJS — aizstājiet ar iestādi, kas programmu īsteno.', 'provider') +
    `scope: ${scope}\n` +
    `regions: ${list(refs.regions)}\n` +
    `municipalities: ${list(refs.municipalities)}\n` +
    `kinds: [advice]  # AIZSTĀJIET: ${programmeKinds.join(', ')}\n` +
    `amounts: []  # piem. - { max: 10000, unit: per-person } — tikai ja avoti min summu\n` +
    `proposal: false  # true, ja to tikai ierosina pētījums\n` +
    `confirmed: false  # true tikai tad, ja avoti apstiprina, ka programma darbojas\n` +
    `period: {}  # { start: 2024, end: 2026 }, ja avoti dod datumus\n` +
    `asOf: ${today.slice(0, 4)}  # AIZSTĀJIET ar avota datumu\n` +
    `sources: [${q(placeholderSource)}]  # AIZSTĀJIET ar īstiem avotiem\n`;
  return { path: join(root, rel), rel, text };
}

// ---------------------------------------------------------------------------------------------
// Core

/** Validates the arguments and returns the files a scaffold would write, without writing anything. */
export function planScaffold(kind: string | undefined, args: string[], opts: ScaffoldOptions = {}): ScaffoldResult {
  const root = resolveContentDir(opts);
  const today = opts.today ?? localToday();
  if (!kind) throw new ScaffoldError('<kind>', `<kind> is missing: give one of ${kinds.join(', ')}.\n${usage}`);
  if (!(kinds as readonly string[]).includes(kind))
    throw new ScaffoldError('<kind>', `<kind> "${kind}" is unknown: use one of ${kinds.join(', ')}.\n${usage}`);
  if (!existsSync(join(root, 'municipalities'))) {
    throw new ScaffoldError(
      '--content',
      `--content "${root}" is not a content folder (it has no municipalities/). Run from the repository root or pass --content <dir>.`,
    );
  }
  const extra = (n: number) => {
    if (args.length > n)
      throw new ScaffoldError(
        '<extra argument>',
        `<extra argument> ${args
          .slice(n)
          .map((a) => `"${a}"`)
          .join(' ')}: "${kind}" takes ${n} arguments; remove the rest.\n${usage}`,
      );
  };

  let files: PlannedFile[];
  switch (kind as Kind) {
    case 'faq': {
      extra(2);
      const id = checkSlug('<id>', args[0], 'declare-residence');
      if (reservedFaqIds.includes(id))
        throw new ScaffoldError('<id>', `<id> "${id}" is used by the site's own FAQ pages; choose another id.`);
      const category = checkOneOf('<category>', args[1], faqCategories, 'src/schemas/faq.ts');
      files = faqFiles(root, id, category, today);
      break;
    }
    case 'story': {
      extra(2);
      const slug = checkSlug('<slug>', args[0], 'liepaja-return-plan');
      const municipality = checkRef('<municipality>', args[1], root, 'municipalities');
      files = storyFiles(root, slug, municipality, today);
      break;
    }
    case 'guide': {
      extra(2);
      const municipality = checkRef('<municipality>', args[0], root, 'municipalities');
      const topic = checkOneOf('<topic>', args[1], guideTopics, 'src/routing/sections.ts');
      files = guideFiles(root, municipality, topic, today);
      break;
    }
    case 'programme': {
      const slug = checkSlug('<slug>', args[0], 'valka-priority-flats-for-returnees');
      const scope = checkOneOf('<scope>', args[1], programmeScopes, 'src/schemas/programme.ts');
      const rest = args.slice(2);
      const refs = { regions: [] as string[], municipalities: [] as string[] };
      if (scope === 'regional') {
        if (!rest.length)
          throw new ScaffoldError(
            '<region>',
            `<region> is missing: a regional programme must name its region(s): npm run new -- programme ${slug} regional <region> (one of: ${idsIn(join(root, 'regions')).join(', ')}).`,
          );
        refs.regions = rest.map((r) => checkRef('<region>', r, root, 'regions'));
      } else if (scope === 'municipal') {
        if (!rest.length)
          throw new ScaffoldError(
            '<municipality>',
            `<municipality> is missing: a municipal programme must name its municipalities: npm run new -- programme ${slug} municipal <municipality> [<municipality> …].`,
          );
        refs.municipalities = rest.map((m) => checkRef('<municipality>', m, root, 'municipalities'));
      } else if (rest.length) {
        throw new ScaffoldError(
          '<scope>',
          `<scope> "${scope}" takes no region or municipality; remove ${rest.map((a) => `"${a}"`).join(' ')} or use scope regional/municipal.`,
        );
      }
      files = [programmeFile(root, slug, scope, refs, today)];
      break;
    }
  }

  const existing = files.filter((f) => existsSync(f.path));
  if (existing.length) {
    const what = kind === 'guide' ? '<municipality> <topic>' : kind === 'faq' ? '<id>' : '<slug>';
    throw new ScaffoldError(
      what,
      `refusing to overwrite: ${existing.map((f) => `content/${f.rel}`).join(', ')} already exist${existing.length === 1 ? 's' : ''}. Edit the existing file${existing.length === 1 ? '' : 's'}, or choose another ${what}.`,
    );
  }
  return { kind: kind as Kind, files, nextSteps: nextSteps(kind as Kind, files) };
}

function nextSteps(kind: Kind, files: PlannedFile[]): string[] {
  const show = (f: PlannedFile) => `content/${f.rel}`;
  const markers = translations.map((l) => `"${awaitingMarker(l)}"`).join(' / ');
  if (kind === 'programme') {
    return [
      `Edit ${show(files[0]!)}: replace every CAPITALISED placeholder, "kinds", "asOf" and the source "${placeholderSource}" with real references (content/README.md).`,
      `Translate the en and ru texts in the same file and remove the ${markers} markers.`,
      `Run npm run check:content. It reports "source-exists: document 999" until the placeholder source is replaced, so the programme cannot be published unfinished.`,
    ];
  }
  const [lv, ...others] = files;
  return [
    `Edit ${show(lv!)}: replace every CAPITALISED placeholder and the source "${placeholderSource}" (in "sources" and in <Cite>) with real references (content/README.md).`,
    `Translate ${others.map(show).join(' and ')} and remove the ${markers} markers, or delete them: the page is then shown in Latvian with a notice.`,
    `Run npm run check:content. It reports "source-exists: document 999" until every placeholder source is replaced, so the page cannot be published unfinished.`,
    `Run npm run check:translations to see which translations are still missing, outdated or awaiting.`,
  ];
}

/** Validates, then writes every file (or none). */
export function scaffold(kind: string | undefined, args: string[], opts: ScaffoldOptions = {}): ScaffoldResult {
  const result = planScaffold(kind, args, opts);
  for (const f of result.files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.text, { encoding: 'utf8', flag: 'wx' });
  }
  return result;
}

/** Splits `--content <dir>` / `--content=<dir>` from the positional arguments. */
export function parseArgs(argv: string[]): { kind?: string; args: string[]; contentDir?: string; help: boolean } {
  const positional: string[] = [];
  let contentDir: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--content') {
      contentDir = argv[++i];
      if (!contentDir) throw new ScaffoldError('--content', '--content needs a folder, e.g. --content content.');
    } else if (a.startsWith('--content=')) contentDir = a.slice('--content='.length);
    else if (a === '--help' || a === '-h') help = true;
    else if (a.startsWith('-')) throw new ScaffoldError(a, `unknown option ${a}; the only option is --content <dir>.`);
    else positional.push(a);
  }
  const [kind, ...args] = positional;
  return { kind, args, contentDir, help };
}

export function run(argv: string[], log: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  try {
    const { kind, args, contentDir, help } = parseArgs(argv);
    if (help) {
      log(usage);
      return 0;
    }
    const result = scaffold(kind, args, { contentDir });
    const shown = (p: string) => {
      const r = relative(process.cwd(), p);
      return r.startsWith('..') || isAbsolute(r) ? p : r;
    };
    log(`Created ${result.files.length === 1 ? 'file' : `${result.files.length} files`}:`);
    for (const f of result.files) log(`  ${shown(f.path)}`);
    log('Next steps:');
    result.nextSteps.forEach((s, i) => log(`  ${i + 1}. ${s}`));
    return 0;
  } catch (e) {
    if (e instanceof ScaffoldError) {
      err(`✗ ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (import.meta.main) process.exit(run(process.argv.slice(2)));
