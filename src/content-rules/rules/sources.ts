/** Rule "sources": every source reference resolves, and every <Cite> in a text is listed under "sources". */
import { parseSourceRef, sourceRefHelp, sourceRefPattern } from '../../lib/source-ref.ts';
import type { ContentRule } from '../types.ts';

export const sourcesRule: ContentRule = {
  id: 'sources',
  description: 'every source reference names a known document, web source or institution, and every <Cite> is listed in the frontmatter',
  run({ entries, ids }, report) {
    const docIds = ids.get('documents')!;
    const instIds = ids.get('institutions')!;
    const webIds = ids.get('web-sources') ?? new Set<string>();
    const lines = new Map(entries.filter((e) => e.collection === 'documents').map((e) => [e.id, Number(e.data.lines)]));
    /** A malformed reference is reported by the schema (frontmatter) or as cite-format (text), not here. */
    const checkRef = (file: string, ref: string, where: string) => {
      const parsed = parseSourceRef(ref);
      if (parsed?.kind === 'web' && !webIds.has(parsed.id))
        report(
          file,
          'source-exists',
          `${where} cites web source "${parsed.id}", which is not in content/web-sources/; add content/web-sources/${parsed.id}.yaml (url, publisher, title, language, pageDate or noDateShown, seen) or fix the id.`,
        );
      if (parsed?.kind === 'doc' && !docIds.has(parsed.doc))
        report(
          file,
          'source-exists',
          `${where} cites document "${parsed.doc}", which is not in content/documents/; use one of: ${[...docIds].join(', ')}.`,
        );
      if (parsed?.kind === 'doc' && docIds.has(parsed.doc)) {
        const [start, end] = [parsed.from, parsed.to ?? parsed.from];
        const max = lines.get(parsed.doc);
        if (start < 1 || end < start)
          report(
            file,
            'source-range',
            `${where} cites "${ref}": a line range runs from the first line to a later one, e.g. "${parsed.doc}:${start}-${start + 3}".`,
          );
        else if (max && end > max)
          report(
            file,
            'source-range',
            `${where} cites "${ref}", but document ${parsed.doc} has only ${max} lines; check the line number in the document.`,
          );
      }
      if (parsed?.kind === 'gk' && !instIds.has(parsed.institution))
        report(
          file,
          'source-exists',
          `${where} cites institution "${parsed.institution}", which is not in content/institutions/; add it there or fix the id.`,
        );
    };
    for (const e of entries) {
      const d = e.data;
      const refs: string[] = [];
      if (Array.isArray(d.sources)) refs.push(...(d.sources as unknown[]).map(String));
      if (Array.isArray(d.facts)) for (const f of d.facts as Record<string, unknown>[]) if (f?.source) refs.push(String(f.source));
      const coord = d.coordinator as Record<string, unknown> | undefined;
      if (coord && Array.isArray(coord.sources)) refs.push(...(coord.sources as unknown[]).map(String));
      for (const c of [
        ...(Array.isArray(d.contacts) ? d.contacts : []),
        ...(Array.isArray(d.official) ? d.official : []),
        ...(coord && Array.isArray(coord.contacts) ? coord.contacts : []),
        ...(Array.isArray(d.services) ? d.services : []),
      ] as Record<string, unknown>[]) {
        if (Array.isArray(c?.sources)) refs.push(...(c.sources as unknown[]).map(String));
      }
      for (const r of refs) checkRef(e.file, r, 'The frontmatter');
      if (!e.body) continue;
      const listed = new Set(Array.isArray(d.sources) ? (d.sources as unknown[]).map(String) : []);
      for (const m of e.body.matchAll(/<Cite\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)) {
        const ref = m[1]!;
        checkRef(e.file, ref, 'A <Cite> in the text');
        if (!sourceRefPattern.test(ref)) report(e.file, 'cite-format', `<Cite src="${ref}"> is malformed: ${sourceRefHelp}.`);
        else if (!listed.has(ref))
          report(
            e.file,
            'cite-listed',
            `<Cite src="${ref}"> is used in the text but "${ref}" is missing from "sources" in the frontmatter; add it there.`,
          );
      }
    }
  },
};
