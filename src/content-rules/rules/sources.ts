/** Rule "sources": every source reference resolves, and every <Cite> in a text is listed under "sources". */
import type { ContentRule } from '../types.ts';

export const sourcesRule: ContentRule = {
  id: 'sources',
  description: 'every source reference names a known document, web source or institution, and every <Cite> is listed in the frontmatter',
  run({ entries, ids }, report) {
    const docIds = ids.get('documents')!;
    const instIds = ids.get('institutions')!;
    const webIds = ids.get('web-sources') ?? new Set<string>();
    const lines = new Map(entries.filter((e) => e.collection === 'documents').map((e) => [e.id, Number(e.data.lines)]));
    const checkRef = (file: string, ref: string, where: string) => {
      const doc = /^(\d{3}):/.exec(ref);
      const gk = /^gk:(.+)$/.exec(ref);
      const web = /^web:(.+)$/.exec(ref);
      if (web && !webIds.has(web[1]!))
        report(
          file,
          'source-exists',
          `${where} cites web source "${web[1]}", which is not in content/web-sources/; add content/web-sources/${web[1]}.yaml (url, publisher, title, language, pageDate or noDateShown, seen) or fix the id.`,
        );
      if (doc && !docIds.has(doc[1]!))
        report(
          file,
          'source-exists',
          `${where} cites document "${doc[1]}", which is not in content/documents/; use one of: ${[...docIds].join(', ')}.`,
        );
      const range = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref);
      if (range && docIds.has(range[1]!)) {
        const [start, end] = [Number(range[2]), Number(range[3] ?? range[2])];
        const max = lines.get(range[1]!);
        if (start < 1 || end < start)
          report(
            file,
            'source-range',
            `${where} cites "${ref}": a line range runs from the first line to a later one, e.g. "${range[1]}:${start}-${start + 3}".`,
          );
        else if (max && end > max)
          report(
            file,
            'source-range',
            `${where} cites "${ref}", but document ${range[1]} has only ${max} lines; check the line number in the document.`,
          );
      }
      if (gk && !instIds.has(gk[1]!))
        report(
          file,
          'source-exists',
          `${where} cites institution "${gk[1]}", which is not in content/institutions/; add it there or fix the id.`,
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
      ] as Record<string, unknown>[]) {
        if (Array.isArray(c?.sources)) refs.push(...(c.sources as unknown[]).map(String));
      }
      for (const r of refs) checkRef(e.file, r, 'The frontmatter');
      if (!e.body) continue;
      const listed = new Set(Array.isArray(d.sources) ? (d.sources as unknown[]).map(String) : []);
      for (const m of e.body.matchAll(/<Cite\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)) {
        const ref = m[1]!;
        checkRef(e.file, ref, 'A <Cite> in the text');
        if (!/^(?:\d{3}:\d+(?:-\d+)?|gk:[a-z0-9-]+|web:[a-z0-9-]+)$/.test(ref))
          report(
            e.file,
            'cite-format',
            `<Cite src="${ref}"> is malformed: write "001:5658", "001:5658-5662", "web:<id>" or "gk:<institution>".`,
          );
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
