import { describe, expect, it } from 'vitest';
import {
  compareDates,
  firstDay,
  formatDate,
  formatRange,
  lastDay,
  toIsoDay,
} from '../../src/lib/dates';
import { aboutMonths, daysBetween, monthIndex } from '../../src/lib/durations';

describe('dates at year, month and day precision', () => {
  it('words each precision', () => {
    expect(formatDate('2022-04-22')).toBe('22 April 2022');
    expect(formatDate('2023-12')).toBe('December 2023');
    expect(formatDate('2026')).toBe('2026');
  });

  it('words ranges within a year compactly', () => {
    expect(formatRange('2021-04', '2021-06')).toBe('April to June 2021');
    expect(formatRange('2022-09', '2023-03')).toBe('September 2022 to March 2023');
  });

  it('knows the first and last day a date can mean', () => {
    expect(firstDay('2026')).toBe('2026-01-01');
    expect(lastDay('2026')).toBe('2026-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2024-10-03')).toBe('2024-10-03');
  });

  it('counts months and days', () => {
    expect(monthIndex('2023-08') - monthIndex('2023-09')).toBe(-1);
    expect(daysBetween('2026-11-25', '2026-12-25')).toBe(30);
  });

  it('sorts by start, more precise first', () => {
    expect(['2026', '2025-07-27', '2025-07', '2026-01-01'].sort(compareDates)).toEqual([
      '2025-07',
      '2025-07-27',
      '2026-01-01',
      '2026',
    ]);
  });

  it('says "about a month" and "about two months"', () => {
    expect(aboutMonths(1)).toBe('about a month');
    expect(aboutMonths(-2)).toBe('about two months');
    expect(aboutMonths(12)).toBe('about a year');
  });
});

describe("the reader's day", () => {
  it('is the calendar day where the reader is, not in UTC', () => {
    // Half past midnight on 2 July, local time: already the 2nd for the reader, whatever UTC says.
    expect(toIsoDay(new Date(2026, 6, 2, 0, 30))).toBe('2026-07-02');
    // Half past eleven at night on 1 July: still the 1st, even where UTC has moved on.
    expect(toIsoDay(new Date(2026, 6, 1, 23, 30))).toBe('2026-07-01');
  });
});
