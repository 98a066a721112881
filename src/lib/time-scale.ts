/**
 * A linear time scale for charts, in months: a partial ISO date ("2026", "2023-12", "2024-10-03")
 * becomes a position in months since year 0, with the day as a fraction, and positions map to
 * x coordinates. Pure, so the charts' geometry is unit-tested.
 */
import { daysInMonth, parseDate } from './dates';

/**
 * Where a date sits, in months. A partial date covers a span: its `start` is its first instant,
 * its `end` the end of its last day, and its `mid` the middle of that span.
 */
export function datePosition(value: string, at: 'start' | 'end' | 'mid' = 'start'): number {
  const { year, month, day } = parseDate(value);
  if (month === undefined) {
    const start = year * 12;
    return at === 'start' ? start : at === 'end' ? start + 12 : start + 6;
  }
  const start = year * 12 + (month - 1);
  if (day === undefined) return at === 'start' ? start : at === 'end' ? start + 1 : start + 0.5;
  const days = daysInMonth(year, month);
  const dayStart = start + (day - 1) / days;
  return at === 'start' ? dayStart : at === 'end' ? dayStart + 1 / days : dayStart + 0.5 / days;
}

export interface TimeScale {
  /** First and last month shown (positions). */
  from: number;
  to: number;
  /** Maps a position in months to x. */
  x(position: number): number;
  /** January of every year in range, with its x. */
  years: { year: number; x: number }[];
}

/**
 * A scale covering every date given, widened to whole years, over [left, right] pixels. With no
 * dates (a filter that matched nothing) it is an empty scale: no years, every position at `left`.
 */
export function timeScale(dates: readonly string[], left: number, right: number): TimeScale {
  if (dates.length === 0) return { from: 0, to: 0, x: () => left, years: [] };
  const starts = dates.map((d) => datePosition(d, 'start'));
  const ends = dates.map((d) => datePosition(d, 'end'));
  const from = Math.floor(Math.min(...starts) / 12) * 12;
  const to = Math.ceil(Math.max(...ends) / 12) * 12;
  const span = Math.max(1, to - from);
  const x = (position: number) => left + ((position - from) / span) * (right - left);
  const years: { year: number; x: number }[] = [];
  for (let m = from; m <= to; m += 12) years.push({ year: m / 12, x: x(m) });
  return { from, to, x, years };
}

/**
 * Puts spans on as few lanes as possible, in order, so that no two on one lane come closer than
 * `gap`: returns each span's lane (0 first).
 */
export function assignLanes(spans: readonly { x1: number; x2: number }[], gap: number): number[] {
  const laneEnds: number[] = [];
  return spans.map(({ x1, x2 }) => {
    let lane = laneEnds.findIndex((end) => x1 - end >= gap);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x2);
    } else {
      laneEnds[lane] = x2;
    }
    return lane;
  });
}
