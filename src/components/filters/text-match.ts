/**
 * Matches a list against search text with the same engine as the site search, best first. A
 * module of its own (the engine is the largest part of filtering), loaded once the reader turns
 * to the list's search field.
 */
import { buildSearchIndex, type Pause, type SearchRecord } from '../../lib/search-engine';

export interface TextMatcher {
  /** Record id → rank (0 best), for the items that match. */
  rank: (query: string) => Map<string, number>;
}

/**
 * Gives the browser its turn: `scheduler.yield()` where there is one (the rest of the build goes
 * ahead of other tasks, but after waiting input), else a new task.
 */
const yieldToBrowser: Pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield
    ? scheduler.yield()
    : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/**
 * Indexes the list a slice at a time (a long list took one long task, in which the first letter
 * typed waited), then answers every query at once.
 */
export async function textMatcher<T>(
  items: readonly T[],
  toRecord: (item: T) => SearchRecord,
  pause: Pause = yieldToBrowser,
): Promise<TextMatcher> {
  // A list is short enough for one letter to narrow it by the beginnings of names.
  const index = await buildSearchIndex(items.map(toRecord), pause, { prefixFrom: 1 });
  return {
    rank: (query) => new Map(index.search(query).map((hit, rank) => [hit.record.id, rank])),
  };
}
