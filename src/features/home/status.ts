/**
 * "Where things stand" on the home page for a given day: the latest things that happened and
 * what is next. The browser works it out for the reader's day; the build (status-view.build.ts)
 * for the day the facts were checked.
 */
import { latest, upcoming, type NextUp } from '../../data/events';
import type { WikiEvent } from '../../data/types';

/** How many past events "Latest" lists. */
export const LATEST_COUNT = 3;

export interface StatusView {
  latest: WikiEvent[];
  upcoming: NextUp[];
}

export function buildStatus(events: readonly WikiEvent[], today: string): StatusView {
  return { latest: latest(events, today, LATEST_COUNT), upcoming: upcoming(events, today) };
}
