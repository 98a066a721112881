/**
 * Arithmetic on days and months, for the pages that count them (the release page's verdicts and
 * countdowns, the home page's "Coming next") and for the build's steady-day sums. Kept apart from
 * dates.ts, whose wording every page loads, so that only those pages load this.
 */
import { isoDay, parseDate } from './dates';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Months since year 0, for month arithmetic: "2023-08" → 2023 * 12 + 7. Day is ignored. */
export function monthIndex(value: string): number {
  const { year, month = 1 } = parseDate(value);
  return year * 12 + (month - 1);
}

export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round(
    (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000,
  );
}

/** The day `n` days after (or, for a negative `n`, before) a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const d = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The latest day there is: "until further notice". */
export const LAST_DAY = '9999-12-31';

/**
 * The last day, from `start` on, through which `key(day)` keeps the value it has on `start`,
 * given the only days on which it can change (`turns`, in any order): the day before the first
 * turn that changes it, or LAST_DAY when none does. A page scored for `start` is the same page
 * on every day of that range, so a reader's browser need not score it again.
 */
export function steadyThrough(
  start: string,
  turns: readonly string[],
  key: (day: string) => string,
): string {
  const base = key(start);
  const later = [...new Set(turns)].filter((d) => d > start).sort();
  const changed = later.find((day) => key(day) !== base);
  return changed ? addDays(changed, -1) : LAST_DAY;
}

/** "about a month", "about two months", "about a year". */
export function aboutMonths(months: number): string {
  const n = Math.abs(months);
  if (n === 1) return 'about a month';
  if (n === 12) return 'about a year';
  return `about ${NUMBER_WORDS[n] ?? n} months`;
}

/** "a day", "12 days": for countdowns. */
export function dayCount(days: number): string {
  return days === 1 ? 'a day' : `${days} days`;
}
