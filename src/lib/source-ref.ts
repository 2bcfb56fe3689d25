/**
 * The one definition of a source reference, used by the schemas, the content rules, the citation
 * rendering and the web editor's <Cite> picker (through the generated /admin/sources.js):
 * - `001:5658` or `001:5658-5662`: seed document 001, line(s) as printed by `sed -n`;
 * - `web:<id>`: an official web page described in content/web-sources/<id>.yaml;
 * - `gk:<institution>` (e.g. `gk:pmlp`): general knowledge about that institution's role.
 */
const parts = {
  document: String.raw`(\d{3}):(\d{1,5})(?:-(\d{1,5}))?`,
  gk: String.raw`gk:([a-z0-9-]+)`,
  web: String.raw`web:([a-z0-9-]+)`,
};

/** Any source reference. Groups: 1 document, 2 first line, 3 last line, 4 institution, 5 web source. */
export const sourceRefPattern = new RegExp(`^(?:${parts.document}|${parts.gk}|${parts.web})$`);

/** A web source reference only (`web:<id>`), for fields that must point at an official page. */
export const webRefPattern = new RegExp(`^${parts.web}$`);

export type ParsedRef =
  { kind: 'doc'; doc: string; from: number; to?: number } | { kind: 'gk'; institution: string } | { kind: 'web'; id: string };

/** The parts of a source reference, or null when it is malformed. */
export function parseSourceRef(ref: string): ParsedRef | null {
  const m = sourceRefPattern.exec(ref);
  if (!m) return null;
  const [, doc, from, to, institution, web] = m;
  if (doc) return { kind: 'doc', doc, from: Number(from), ...(to ? { to: Number(to) } : {}) };
  if (institution) return { kind: 'gk', institution };
  return { kind: 'web', id: web! };
}

/** How to write one, for error messages. */
export const sourceRefHelp = 'write "001:5658", "001:5658-5662", "web:<id>" or "gk:<institution>"';
