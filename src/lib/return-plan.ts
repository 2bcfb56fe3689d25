/**
 * The personal return plan: which checklist items apply to a household, and when. Pure functions,
 * used by the page script and unit-tested with several households.
 */

/**
 * The lists the plan is made of, defined once here (the step schema, the checklist page, the plan's
 * form and its script all import them): the checklist's phases in order, where a household returns
 * from (one, a radio choice), what it may need (any, checkboxes), and so who a checklist item is for.
 */
export const phases = ['before', 'week', 'month', 'year'] as const;
export type Phase = (typeof phases)[number];
export const origins = ['from-eu', 'from-uk', 'from-elsewhere'] as const;
export const needs = ['children', 'preschool', 'partner-non-citizen', 'pensioner', 'business', 'driver'] as const;
/** "everyone" items appear in every plan. */
export const audiences = ['everyone', ...needs, ...origins] as const;

/** `start: 'asap'`: the item's source says to do it as soon as you know where you will live (queues go by date). */
export interface PlanItem {
  id: string;
  phase: Phase;
  order: number;
  audience: string[];
  start?: 'asap';
}
export interface Household {
  from: (typeof origins)[number];
  needs: string[];
}

/** Items for everyone plus those whose audience matches the household (country of origin or a need). */
export function selectItems<T extends PlanItem>(items: T[], h: Household): T[] {
  const tags = new Set(['everyone', h.from, ...h.needs]);
  return items
    .filter((i) => i.audience.some((a) => tags.has(a)))
    .sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase) || a.order - b.order);
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Each phase as a window of days around the move (the 1st of the moving month). */
const windows: Record<Phase, [number, number]> = { before: [-91, -7], week: [0, 6], month: [10, 31], year: [45, 365] };

/**
 * A date for every item: items of a phase are spread over its window in their order (so a family
 * does not get a dozen tasks on one day); "as soon as possible" items come first, dated today; and
 * no item is dated before the day the plan is made.
 */
export function schedule<T extends PlanItem>(items: T[], month: string, today: string): { item: T; date: string }[] {
  const move = Date.parse(`${month}-01T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  const out: { item: T; date: string }[] = [];
  for (const phase of phases) {
    const inPhase = items
      .filter((i) => i.phase === phase)
      .sort((a, b) => Number(b.start === 'asap') - Number(a.start === 'asap') || a.order - b.order);
    const [from, to] = windows[phase];
    inPhase.forEach((item, i) => {
      const offset = item.start === 'asap' ? -365 : from + Math.round((i * (to - from)) / Math.max(inPhase.length - 1, 1));
      out.push({ item, date: iso(Math.max(move + offset * DAY, now)) });
    });
  }
  return out;
}

/** An iCalendar file with one all-day event per item, each with a reminder (RFC 5545, CRLF, folded lines, escaped text). */
export function toIcs(
  events: { id: string; date: string; title: string; description: string; url: string }[],
  stamp: Date,
  reminder = 'Reminder',
): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const fold = (line: string) => {
    const out: string[] = [];
    let rest = line;
    while (new TextEncoder().encode(rest).length > 75) {
      let cut = 74;
      while (new TextEncoder().encode(rest.slice(0, cut)).length > 74) cut--;
      out.push(rest.slice(0, cut));
      rest = ` ${rest.slice(cut)}`;
    }
    out.push(rest);
    return out.join('\r\n');
  };
  const ymd = (iso: string) => iso.replace(/-/g, '');
  const next = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Return to Latvia//Return plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-${ymd(e.date)}@return-to-latvia`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${ymd(e.date)}`,
      `DTEND;VALUE=DATE:${ymd(next(e.date))}`,
      `SUMMARY:${esc(e.title)}`,
      `DESCRIPTION:${esc(`${e.description}\n${e.url}`)}`,
      `URL:${e.url}`,
      // A reminder three days ahead (RFC 5545 VALARM), so the plan reaches the reader, not only the calendar.
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      `DESCRIPTION:${esc(`${reminder}: ${e.title}`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
