/**
 * A programme's status is derived, never typed: proposals are proposals; a programme whose period
 * has ended is closed; one with a known start and an end still ahead is open; anything else is unknown.
 * `now` is a parameter so tests can fix the clock.
 */
export type ProgrammeStatus = 'open' | 'closed' | 'proposal' | 'unknown';

/** The last day a period value covers: "2021" → 2021-12-31, "2021-06" → 2021-06-30. */
export function endOf(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  if (d) return new Date(Date.UTC(y!, m! - 1, d, 23, 59, 59));
  if (m) return new Date(Date.UTC(y!, m!, 0, 23, 59, 59));
  return new Date(Date.UTC(y!, 11, 31, 23, 59, 59));
}

export function startOf(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

export function programmeStatus(p: { proposal: boolean; confirmed?: boolean; period: { start?: string; end?: string } }, now: Date): ProgrammeStatus {
  if (p.proposal) return 'proposal';
  if (p.period.end && endOf(p.period.end) < now) return 'closed';
  if (p.confirmed === false) return 'unknown';
  if (p.period.start && p.period.end && startOf(p.period.start) <= now) return 'open';
  return 'unknown';
}
