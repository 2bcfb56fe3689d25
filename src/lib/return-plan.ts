/**
 * The personal return plan: which checklist items apply to a household, and when. Pure functions,
 * used by the page script and unit-tested with several households.
 */
export type Phase = 'before' | 'week' | 'month' | 'year';
export interface PlanItem { id: string; phase: Phase; order: number; audience: string[] }
export interface Household { from: 'from-eu' | 'from-uk' | 'from-elsewhere'; needs: string[] }

const phaseOrder: Phase[] = ['before', 'week', 'month', 'year'];

/** Items for everyone plus those whose audience matches the household (country of origin or a need). */
export function selectItems<T extends PlanItem>(items: T[], h: Household): T[] {
  const tags = new Set(['everyone', h.from, ...h.needs]);
  return items
    .filter((i) => i.audience.some((a) => tags.has(a)))
    .sort((a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase) || a.order - b.order);
}

/** Due date of a phase for a move in `month` ("2027-03"): a month before, the first week, month and year. */
export function dueDate(phase: Phase, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = (year: number, mon: number, day: number) => new Date(Date.UTC(year, mon - 1, day)).toISOString().slice(0, 10);
  switch (phase) {
    case 'before': return d(y, m - 1, 1);
    case 'week': return d(y, m, 7);
    case 'month': return d(y, m + 1, 1);
    case 'year': return d(y + 1, m, 1);
  }
}

/** An iCalendar file with one all-day event per item (RFC 5545, CRLF, folded lines, escaped text). */
export function toIcs(events: { id: string; date: string; title: string; description: string; url: string }[], stamp: Date): string {
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
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Return to Latvia//Return plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.id}-${ymd(e.date)}@return-to-latvia`, `DTSTAMP:${dtstamp}`, `DTSTART;VALUE=DATE:${ymd(e.date)}`, `DTEND;VALUE=DATE:${ymd(next(e.date))}`,
      `SUMMARY:${esc(e.title)}`, `DESCRIPTION:${esc(`${e.description}\n${e.url}`)}`, `URL:${e.url}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
