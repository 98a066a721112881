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

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
