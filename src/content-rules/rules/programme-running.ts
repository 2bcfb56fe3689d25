/**
 * Rule "programme-running": a programme is shown as running only on the word of an official page dated
 * 2024 or later. `runningPer: web:<id>` must name an existing web source with a stated date from 2024 on,
 * listed under the programme's `sources`. A warning asks an editor to look again when that page is more
 * than 24 months old and the programme has no end date (nothing else would ever close it).
 */
import { endOf } from '../../lib/programme-status.ts';
import type { ContentRule } from '../types.ts';

const EARLIEST_RUNNING_EVIDENCE = 2024;

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());

export const programmeRunningRule: ContentRule = {
  id: 'programme-running',
  description: '"running" only on the word of an official page dated 2024 or later (runningPer: web:<id>, listed in sources)',
  run({ entries, now }, report) {
    const web = new Map(entries.filter((e) => e.collection === 'web-sources').map((e) => [e.id, e]));
    for (const e of entries.filter((x) => x.collection === 'programmes')) {
      const per = e.data.runningPer;
      if (typeof per !== 'string' || !per.startsWith('web:')) continue; // the schema names the fix
      const id = per.slice(4);
      const source = web.get(id);
      if (!source) {
        report(
          e.file,
          'programme-running',
          `"runningPer" names ${per}, but there is no content/web-sources/${id}.yaml. Add the official page that says the programme runs.`,
        );
        continue;
      }
      const sources = Array.isArray(e.data.sources) ? e.data.sources.map(String) : [];
      if (!sources.includes(per))
        report(e.file, 'programme-running', `"runningPer" is ${per}; list it under "sources" too, so readers see the page.`);
      const date =
        source.data.pageDate === undefined
          ? ''
          : String(source.data.pageDate instanceof Date ? source.data.pageDate.toISOString() : source.data.pageDate);
      const year = Number(date.slice(0, 4));
      if (!/^\d{4}/.test(date) || year < EARLIEST_RUNNING_EVIDENCE) {
        report(
          e.file,
          'programme-running',
          `${per} ${date ? `is dated ${date}` : 'shows no date'}; a programme is shown as running only when an official page dated ${EARLIEST_RUNNING_EVIDENCE} or later says so. Cite a newer page, or remove "runningPer" (the status is then derived from the dates alone).`,
        );
      } else if (!(e.data.period as Record<string, unknown> | undefined)?.end && monthsBetween(endOf(date.slice(0, 10)), now) > 24) {
        report(
          e.file,
          'programme-running',
          `The page saying the programme runs (${per}) is dated ${date}, more than 24 months ago, and no end date is known: check it still runs and cite a newer page.`,
          'warning',
        );
      }
    }
  },
};
