import { useSyncExternalStore } from 'react';
import { toIsoDay } from './dates';

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
}

const today = () => toIsoDay(new Date());

/**
 * The day a page is worked out for, as YYYY-MM-DD. Prerendered HTML is made for the build's day,
 * and stays the same through `steadyThrough` (worked out at build time), so on any day from
 * `buildDate` through `steadyThrough` this returns `buildDate` and the page is left as it was
 * made. On any other day it moves to the visitor's own day (after hydration).
 */
export function useToday(buildDate: string, steadyThrough: string = buildDate): string {
  const day = useSyncExternalStore(subscribe, today, () => buildDate);
  return day >= buildDate && day <= steadyThrough ? buildDate : day;
}
