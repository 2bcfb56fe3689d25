import { describe, expect, it } from 'vitest';
import { programmeStatus } from '../../src/lib/programme-status.ts';

const now = new Date('2026-11-22T12:00:00Z');

describe('programme status is derived from dates, never typed', () => {
  it('a programme whose period has ended is closed', () => {
    expect(programmeStatus({ proposal: false, period: { start: '2018', end: '2019' } }, now)).toBe('closed');
    expect(programmeStatus({ proposal: false, period: { end: '2026-10' } }, now)).toBe('closed');
  });

  it('a period ending this month is still running until its last day, when an official page says it runs', () => {
    expect(programmeStatus({ proposal: false, runningPer: 'web:x', period: { start: '2024', end: '2026-11' } }, now)).toBe('open');
  });

  it('dates alone never make a programme "running": without an official page saying so it is unknown', () => {
    expect(programmeStatus({ proposal: false, period: { start: '2024', end: '2026-12' } }, now)).toBe('unknown');
  });

  it('a plan measure within its dates is planned, and closed after them', () => {
    expect(programmeStatus({ proposal: false, plan: true, period: { start: '2024', end: '2026-12-31' } }, now)).toBe('planned');
    expect(programmeStatus({ proposal: false, plan: true, period: { start: '2024', end: '2026-10-31' } }, now)).toBe('closed');
    expect(programmeStatus({ proposal: false, plan: true, runningPer: 'web:x', period: { start: '2024', end: '2026-12-31' } }, now)).toBe(
      'open',
    );
  });

  it('an official page saying it runs makes an open-ended programme running, but not one whose end has passed', () => {
    expect(programmeStatus({ proposal: false, runningPer: 'web:x', period: { start: '2018' } }, now)).toBe('open');
    expect(programmeStatus({ proposal: false, runningPer: 'web:x', period: { start: '2024', end: '2026-08-31' } }, now)).toBe('closed');
  });

  it('a study proposal is a proposal whatever its dates', () => {
    expect(programmeStatus({ proposal: true, period: {} }, now)).toBe('proposal');
  });

  it('undated or open-ended programmes are unknown', () => {
    expect(programmeStatus({ proposal: false, period: {} }, now)).toBe('unknown');
    expect(programmeStatus({ proposal: false, period: { start: '2021' } }, now)).toBe('unknown');
  });

  it('a plan measure the sources do not confirm is unknown even within its dates, and closed after them', () => {
    expect(programmeStatus({ proposal: false, confirmed: false, period: { start: '2024', end: '2026' } }, now)).toBe('unknown');
    expect(programmeStatus({ proposal: false, confirmed: false, period: { start: '2021', end: '2023' } }, now)).toBe('closed');
  });

  it('a programme that has not started yet is not shown as open', () => {
    expect(programmeStatus({ proposal: false, period: { start: '2027', end: '2028' } }, now)).toBe('unknown');
    expect(programmeStatus({ proposal: false, runningPer: 'web:x', period: { start: '2027', end: '2028' } }, now)).toBe('unknown');
  });
});
