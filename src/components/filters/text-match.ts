/**
 * Matches a list against search text with the same engine as the site search, best first. A
 * module of its own (the engine is the largest part of filtering), loaded only once there is
 * text to match.
 */
import { createSearchIndex, type SearchRecord } from '../../lib/search-engine';

export interface TextMatcher {
  /** Record id → rank (0 best), for the items that match. */
  rank: (query: string) => Map<string, number>;
}

export function textMatcher<T>(
  items: readonly T[],
  toRecord: (item: T) => SearchRecord,
): TextMatcher {
  // A list is short enough for one letter to narrow it by the beginnings of names.
  const index = createSearchIndex(items.map(toRecord), { prefixFrom: 1 });
  return {
    rank: (query) => new Map(index.search(query).map((hit, rank) => [hit.record.id, rank])),
  };
}
