/**
 * A programme's status is derived, never typed: proposals are proposals; a programme whose period
 * has ended is closed; a programme is open ("running") only when an official page dated 2024 or later
 * says so (`runningPer`, checked by the content rule "programme-running") and its end, if known, is
 * still ahead; a measure whose dates come only from a plan (`plan: true`) is planned until its end;
 * anything else is unknown. `now` is a parameter so tests can fix the clock.
 */
/** Every status, in the order the finder offers them. */
export const programmeStatuses = ['open', 'planned', 'unknown', 'closed', 'proposal'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** The last day a period value covers: "2021" → 2021-12-31, "2021-06" → 2021-06-30. */
export function endOf(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  if (d) return new Date(Date.UTC(y!, m! - 1, d, 23, 59, 59));
  if (m) return new Date(Date.UTC(y!, m!, 0, 23, 59, 59));
  return new Date(Date.UTC(y!, 11, 31, 23, 59, 59));
}

function startOf(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

export interface StatusInput {
  proposal: boolean;
  confirmed?: boolean;
  /** The dates come from a plan, not from a provider saying the programme runs. */
  plan?: boolean;
  /** `web:<id>` of an official page dated 2024 or later saying the programme runs or takes applications. */
  runningPer?: string;
  period: { start?: string; end?: string };
}

export function programmeStatus(p: StatusInput, now: Date): ProgrammeStatus {
  if (p.proposal) return 'proposal';
  if (p.period.end && endOf(p.period.end) < now) return 'closed';
  if (p.confirmed === false) return 'unknown';
  const started = !p.period.start || startOf(p.period.start) <= now;
  if (p.runningPer && started) return 'open';
  if (p.plan && p.period.end) return 'planned';
  return 'unknown';
}
