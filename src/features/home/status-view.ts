/** "Where things stand": the latest things that happened and what is next, as of a given day. */
import { hasHappened, sortEvents } from '../../data/derive';
import type { WikiEvent } from '../../data/types';
import { daysBetween, firstDay, parseDate } from '../../lib/dates';

export interface Upcoming {
  event: WikiEvent;
  /** Days to go when the day is known; undefined for "2026" or an expected release without a date. */
  daysToGo?: number;
}

export interface StatusView {
  latest: WikiEvent[];
  upcoming: Upcoming[];
}

export function buildStatus(
  events: readonly WikiEvent[],
  today: string,
  latestCount = 3,
): StatusView {
  const sorted = sortEvents(events);
  const past = sorted.filter((e) => hasHappened(e, today) && e.kind !== 'speculation');
  const future = sorted.filter((e) => !hasHappened(e, today));
  return {
    latest: past.slice(-latestCount).reverse(),
    upcoming: future.map((event) => {
      const exact = parseDate(event.date).day !== undefined && !event.expected;
      return exact ? { event, daysToGo: daysBetween(today, firstDay(event.date)) } : { event };
    }),
  };
}
