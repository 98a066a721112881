/**
 * The calendar's rules: what has happened by a day, what comes next and when ("in 12 days"),
 * the latest news, and the days on which any of it can change. The one rule behind "What's next"
 * on the release page and "Coming next" on the home page; only those pages (and the build) load it.
 */
import type { WikiEvent } from './types';
import { compareDates, firstDay, formatDate, lastDay, parseDate } from '../lib/dates';
import { addDays, dayCount, daysBetween } from '../lib/durations';

/** Has this event taken place by `today`? Expected events and dates still to come have not. */
export function hasHappened(event: WikiEvent, today: string): boolean {
  return !event.expected && firstDay(event.date) <= today;
}

/** Events in date order (the more precise first where two start on the same day). */
export function sortEvents<T extends WikiEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}

export interface NextUp<T extends WikiEvent = WikiEvent> {
  event: T;
  /** Days to go when the exact day is on record. */
  daysToGo?: number;
  /** "in 12 days, on 2 July 2026", "today, 2 July 2026", or "2026, date not announced". */
  when: string;
}

/**
 * Everything still to come, soonest first: the one rule behind "What's next" on the release
 * page and "Coming next" on the home page. An event known only as "2026" may come any day that
 * year, so one with a known day before the year ends comes first: order by the latest day each
 * can fall on.
 */
export function upcoming<T extends WikiEvent>(events: readonly T[], today: string): NextUp<T>[] {
  return sortEvents(events)
    .filter((e) => e.kind !== 'speculation' && !hasHappened(e, today))
    .sort((a, b) => lastDay(a.date).localeCompare(lastDay(b.date)))
    .map((event) => {
      const { month, day } = parseDate(event.date);
      // Expected in a year, month or on a day that has now gone by without it.
      if (event.expected && lastDay(event.date) < today) {
        return { event, when: 'date not announced' };
      }
      if (day === undefined || event.expected) {
        const precision = day !== undefined || month === undefined ? 'date' : 'day';
        return { event, when: `${formatDate(event.date)}, ${precision} not announced` };
      }
      const daysToGo = Math.max(0, daysBetween(today, event.date));
      const when =
        daysToGo === 0
          ? `today, ${formatDate(event.date)}`
          : `in ${dayCount(daysToGo)}, on ${formatDate(event.date)}`;
      return { event, daysToGo, when };
    });
}

/**
 * The days on which anything worked out from these dates can change for a reader: the first day
 * each date can mean (it starts to have happened) and the day after its last (it has gone by),
 * and the day after `start`, when a countdown would tick. See steadyThrough in lib/dates.
 */
export function turningDays(start: string, dates: readonly string[]): string[] {
  return [
    addDays(start, 1),
    ...dates.flatMap((date) => [firstDay(date), addDays(lastDay(date), 1)]),
  ];
}

/** The next event on record that has not happened yet. */
export function nextUp<T extends WikiEvent>(events: readonly T[], today: string) {
  return upcoming(events, today)[0];
}

/** The latest events that have happened, newest first (speculation left out). */
export function latest<T extends WikiEvent>(events: readonly T[], today: string, count = 3): T[] {
  return sortEvents(events)
    .filter((e) => hasHappened(e, today) && e.kind !== 'speculation')
    .slice(-count)
    .reverse();
}

/** The release event of a season or the film (possibly only expected). */
export function releaseOf<T extends WikiEvent>(
  screen: number,
  events: readonly T[],
): T | undefined {
  return events.find((e) => e.kind === 'release' && e.screen === screen);
}
