import { describe, expect, it } from 'vitest';
import { schedule, selectItems, toIcs, type PlanItem } from '../../src/lib/return-plan.ts';

const items: PlanItem[] = [
  { id: 'declare', phase: 'week', order: 10, audience: ['everyone'] },
  { id: 'school', phase: 'before', order: 80, audience: ['children'] },
  { id: 'kindergarten', phase: 'before', order: 90, audience: ['preschool'], start: 'asap' },
  { id: 'uk-benefits', phase: 'before', order: 40, audience: ['from-uk'] },
  { id: 'eu-benefits', phase: 'before', order: 30, audience: ['from-eu'] },
  { id: 'partner', phase: 'month', order: 40, audience: ['partner-non-citizen'] },
  { id: 'pension', phase: 'before', order: 160, audience: ['pensioner'] },
  { id: 'business', phase: 'year', order: 30, audience: ['business'] },
  { id: 'coordinator', phase: 'before', order: 10, audience: ['everyone'] },
];
const ids = (xs: PlanItem[]) => xs.map((x) => x.id);

describe('return plan: which items a household gets', () => {
  it('a single person from the UK: everyone items plus UK ones, in phase order', () => {
    expect(ids(selectItems(items, { from: 'from-uk', needs: [] }))).toEqual(['coordinator', 'uk-benefits', 'declare']);
  });
  it('a family from the EU with a school child, a toddler and a non-citizen partner', () => {
    expect(ids(selectItems(items, { from: 'from-eu', needs: ['children', 'preschool', 'partner-non-citizen'] }))).toEqual([
      'coordinator',
      'eu-benefits',
      'school',
      'kindergarten',
      'declare',
      'partner',
    ]);
  });
  it('a pensioner couple from elsewhere starting a business', () => {
    expect(ids(selectItems(items, { from: 'from-elsewhere', needs: ['pensioner', 'business'] }))).toEqual([
      'coordinator',
      'pension',
      'declare',
      'business',
    ]);
  });
});

describe('return plan dates', () => {
  const family = selectItems(items, { from: 'from-eu', needs: ['children', 'preschool', 'partner-non-citizen', 'pensioner', 'business'] });
  const dates = (plan: { item: PlanItem; date: string }[]) => Object.fromEntries(plan.map((p) => [p.item.id, p.date]));

  it('spreads the tasks before the move over weeks instead of one day, all before the move', () => {
    const plan = schedule(family, '2027-06', '2026-12-04');
    const before = plan.filter((p) => p.item.phase === 'before' && p.item.start !== 'asap').map((p) => p.date);
    expect(new Set(before).size).toBe(before.length);
    for (const d of before) expect(d < '2027-06-01').toBe(true);
    expect(before[0]! < '2027-04-01').toBe(true);
  });

  it('dates a kindergarten queue today, because queues go by the date of the application', () => {
    expect(dates(schedule(family, '2027-06', '2026-12-04')).kindergarten).toBe('2026-12-04');
  });

  it('puts the first-week tasks in the first week and the first-year tasks within the year after the move', () => {
    const d = dates(schedule(family, '2027-03', '2026-12-04'));
    expect(d.declare! >= '2027-03-01' && d.declare! <= '2027-03-07').toBe(true);
    expect(d.business! > '2027-04-01' && d.business! <= '2028-03-01').toBe(true);
  });

  it('never dates a task in the past when the plan is made late', () => {
    const plan = schedule(family, '2027-01', '2026-12-20');
    for (const p of plan) expect(p.date >= '2026-12-20').toBe(true);
  });

  it('crosses year ends correctly', () => {
    expect(dates(schedule(items, '2027-01', '2026-01-01')).declare).toBe('2027-01-01');
  });
});

describe('.ics export', () => {
  const ics = toIcs(
    [
      {
        id: 'declare',
        date: '2027-03-07',
        title: 'Deklarējiet dzīvesvietu; tūlīt',
        description: 'Teksts, ar komatu',
        url: 'https://example.lv/lv/faq/declare-residence/',
      },
    ],
    new Date('2026-11-22T10:00:00Z'),
  );
  it('is a calendar with one all-day event, escaped and CRLF-terminated', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270307\r\nDTEND;VALUE=DATE:20270308');
    expect(ics).toContain('SUMMARY:Deklarējiet dzīvesvietu\\; tūlīt');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
  it('reminds the reader three days ahead of each task', () => {
    expect(ics).toMatch(
      /BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P3D\r\nDESCRIPTION:[^\r]*Deklarējiet[^\r]*\r\nEND:VALARM\r\nEND:VEVENT/,
    );
  });
  it('folds lines longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
