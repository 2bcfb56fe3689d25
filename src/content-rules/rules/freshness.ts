/**
 * Warnings (they do not stop the build): facts whose "as of" date is more than 24 months old, and
 * programmes whose period has ended — both need an editor to look again.
 */
import { endOf } from '../../lib/programme-status.ts';
import type { ContentRule } from '../types.ts';

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());

export const staleFactsRule: ContentRule = {
  id: 'stale-facts',
  description: 'warning: municipality figures and programmes whose "as of" date is more than 24 months old',
  run({ entries, now }, report) {
    for (const e of entries.filter((x) => x.collection === 'municipalities' || x.collection === 'programmes')) {
      const dates =
        e.collection === 'municipalities'
          ? (Array.isArray(e.data.facts) ? (e.data.facts as Record<string, unknown>[]) : []).map((f) => String(f.asOf ?? ''))
          : [String(e.data.asOf ?? '')];
      const old = dates.filter((d) => /^\d{4}/.test(d) && monthsBetween(endOf(d.slice(0, 10)), now) > 24);
      if (old.length)
        report(
          e.file,
          'stale-facts',
          `${old.length} figure(s) are more than 24 months old (as of ${[...new Set(old)].sort().join(', ')}); check for newer figures and update value, asOf and source.`,
          'warning',
        );
    }
  },
};

export const programmeEndedRule: ContentRule = {
  id: 'programme-ended',
  description: 'warning: programmes whose period has ended (shown as closed; check whether a new round exists)',
  run({ entries, now }, report) {
    for (const e of entries.filter((x) => x.collection === 'programmes')) {
      const end = (e.data.period as Record<string, unknown> | undefined)?.end;
      if (end !== undefined && /^\d{4}/.test(String(end)) && endOf(String(end)) < now && !e.data.proposal) {
        report(
          e.file,
          'programme-ended',
          `The period ended (${String(end)}); the site shows it as closed. If a new round exists, add it with its dates and sources.`,
          'warning',
        );
      }
    }
  },
};
