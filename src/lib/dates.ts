/**
 * Dates in the data are ISO strings at year, month or day precision ("2026", "2023-12",
 * "2024-10-03"). These helpers parse, compare and word them without Intl, so the text is the
 * same at build time (prerendering) and in every browser.
 */

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

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

export function parseDate(value: string): DateParts {
  const [y, m, d] = value.split('-').map(Number);
  return { year: y ?? NaN, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "22 April 2022", "April 2022" or "2022". */
export function formatDate(value: string): string {
  const { year, month, day } = parseDate(value);
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthName(month)} ${year}`;
  return `${day} ${monthName(month)} ${year}`;
}

/** "April to June 2021", "September 2022 to March 2023". */
export function formatRange(start: string, end: string): string {
  const a = parseDate(start);
  const b = parseDate(end);
  if (
    a.year === b.year &&
    a.month !== undefined &&
    b.month !== undefined &&
    a.day === undefined &&
    b.day === undefined
  ) {
    return `${monthName(a.month)} to ${monthName(b.month)} ${a.year}`;
  }
  return `${formatDate(start)} to ${formatDate(end)}`;
}

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function firstDay(value: string): string {
  const { year, month = 1, day = 1 } = parseDate(value);
  return isoDay(year, month, day);
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function lastDay(value: string): string {
  const { year, month, day } = parseDate(value);
  if (month === undefined) return isoDay(year, 12, 31);
  if (day === undefined) return isoDay(year, month, daysInMonth(year, month));
  return isoDay(year, month, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Months since year 0, for month arithmetic: "2023-08" → 2023 * 12 + 7. Day is ignored. */
export function monthIndex(value: string): number {
  const { year, month = 1 } = parseDate(value);
  return year * 12 + (month - 1);
}

/** Sorts by the first day a date can mean, then the more precise first. */
export function compareDates(a: string, b: string): number {
  const byStart = firstDay(a).localeCompare(firstDay(b));
  return byStart !== 0 ? byStart : b.length - a.length;
}

/**
 * The reader's calendar day at an instant, as YYYY-MM-DD, in their own time zone: a release
 * morning in Auckland or an evening in Los Angeles is that day there, whatever the day in UTC.
 */
export function toIsoDay(instant: Date): string {
  return isoDay(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
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

/** True once every day the date can mean has passed (a year-only date is not past until it ends). */
export function isPast(value: string, today: string): boolean {
  return lastDay(value) < today;
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
