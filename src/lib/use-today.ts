import { useSyncExternalStore } from 'react';
import { toIsoDay } from './dates';

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
}

const today = () => toIsoDay(new Date());

/**
 * Today as YYYY-MM-DD. Prerendered HTML is made with the build's date, so during hydration this
 * returns that date and then moves to the visitor's real day.
 */
export function useToday(buildDate: string): string {
  return useSyncExternalStore(subscribe, today, () => buildDate);
}
