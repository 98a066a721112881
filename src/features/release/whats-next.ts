/** "What's next": the next event on record that has not happened, and how long there is to wait. */
import { hasHappened, sortEvents } from '../../data/derive';
import type { WikiEvent } from '../../data/types';
import { dayCount, daysBetween, formatDate, lastDay, parseDate } from '../../lib/dates';

export interface NextUp {
  event: WikiEvent;
  /** Days to go when the exact day is on record. */
  daysToGo?: number;
  /** "in 12 days, on 2 July 2026", "today", or "2026, date not announced". */
  when: string;
}

export function nextUp(events: readonly WikiEvent[], today: string): NextUp | undefined {
  // An event known only as "2026" may come any day that year, so one with a known day before
  // the year ends is next: order by the latest day each can fall on.
  const event = sortEvents(events)
    .filter((e) => e.kind !== 'speculation' && !hasHappened(e, today))
    .sort((a, b) => lastDay(a.date).localeCompare(lastDay(b.date)))[0];
  if (!event) return undefined;
  const { month, day } = parseDate(event.date);
  if (day === undefined) {
    const precision = month === undefined ? 'date' : 'day';
    return { event, when: `${formatDate(event.date)}, ${precision} not announced` };
  }
  const daysToGo = Math.max(0, daysBetween(today, event.date));
  const when =
    daysToGo === 0
      ? `today, ${formatDate(event.date)}`
      : `in ${dayCount(daysToGo)}, on ${formatDate(event.date)}`;
  return { event, daysToGo, when };
}
