import { describe, expect, it } from 'vitest';
import { dueDate, selectItems, toIcs, type PlanItem } from '../../src/lib/return-plan.ts';

const items: PlanItem[] = [
  { id: 'declare', phase: 'week', order: 10, audience: ['everyone'] },
  { id: 'school', phase: 'before', order: 80, audience: ['children'] },
  { id: 'kindergarten', phase: 'before', order: 90, audience: ['preschool'] },
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
    expect(ids(selectItems(items, { from: 'from-eu', needs: ['children', 'preschool', 'partner-non-citizen'] }))).toEqual(['coordinator', 'eu-benefits', 'school', 'kindergarten', 'declare', 'partner']);
  });
  it('a pensioner couple from elsewhere starting a business', () => {
    expect(ids(selectItems(items, { from: 'from-elsewhere', needs: ['pensioner', 'business'] }))).toEqual(['coordinator', 'pension', 'declare', 'business']);
  });
});

describe('return plan dates', () => {
  it('puts each phase at a date relative to the moving month', () => {
    expect(['before', 'week', 'month', 'year'].map((p) => dueDate(p as 'before', '2027-03'))).toEqual(['2027-02-01', '2027-03-07', '2027-04-01', '2028-03-01']);
  });
  it('crosses year ends correctly', () => {
    expect(dueDate('before', '2027-01')).toBe('2026-12-01');
    expect(dueDate('month', '2027-12')).toBe('2028-01-01');
  });
});

describe('.ics export', () => {
  const ics = toIcs([{ id: 'declare', date: '2027-03-07', title: 'Deklarējiet dzīvesvietu; tūlīt', description: 'Teksts, ar komatu', url: 'https://example.lv/lv/faq/declare-residence/' }], new Date('2026-11-22T10:00:00Z'));
  it('is a calendar with one all-day event, escaped and CRLF-terminated', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270307\r\nDTEND;VALUE=DATE:20270308');
    expect(ics).toContain('SUMMARY:Deklarējiet dzīvesvietu\\; tūlīt');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
  it('folds lines longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
