/** Rule "region-members": a region's member list and its municipalities' "region" fields agree. */
import type { ContentRule } from '../types.ts';

export const regionMembersRule: ContentRule = {
  id: 'region-members',
  description: "a planning region's members and each municipality's region field agree both ways",
  run({ entries }, report) {
    const municipalities = entries.filter((e) => e.collection === 'municipalities');
    for (const r of entries.filter((e) => e.collection === 'regions')) {
      const members = Array.isArray(r.data.members) ? (r.data.members as unknown[]).map(String) : [];
      for (const m of members) {
        const mun = municipalities.find((x) => x.id === m);
        if (mun && mun.data.region !== r.id)
          report(
            r.file,
            'region-members',
            `"${m}" is listed here but its file says region "${String(mun.data.region)}"; make content/municipalities/${m}.yaml and this list agree.`,
          );
      }
      for (const mun of municipalities.filter((x) => x.data.region === r.id)) {
        if (!members.includes(mun.id))
          report(
            r.file,
            'region-members',
            `content/municipalities/${mun.id}.yaml says it belongs to "${r.id}" but "members" does not list it; add it.`,
          );
      }
    }
  },
};
