/**
 * Tests whose result depends on the reader's day fix their own: the fake clock replaces only
 * `Date`, so promises, timers and Testing Library's waiting work as usual. setup.ts puts the real
 * clock back after every test.
 */
import { vi } from 'vitest';

/** Makes "now" noon on `day` (YYYY-MM-DD) in the test's time zone. */
export function setToday(day: string): void {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, m - 1, d, 12));
}
