/**
 * What the results page shows of a search, and in what order: the first RESULT_PAGE of at most
 * RESULT_LIMIT hits, grouped by kind (the group with the best hit first, rank kept within each).
 * Pure, so the judged relevance set (tests/search/judged-queries.json) is measured in the order
 * a reader sees.
 */
import { groupByKind, type SearchKind } from './kinds';

/** The most results the page finds; the rest are a more precise query away. */
export const RESULT_LIMIT = 100;
/** Results shown at first, and added by each "Show more". */
export const RESULT_PAGE = 20;

/** The hits in the order the page lists them. */
export function shownOrder<H extends { record: { kind: SearchKind } }>(hits: readonly H[]): H[] {
  return groupByKind(hits).flatMap((group) => group.hits);
}
