/**
 * What the results page shows of a search: how many results, in rank order (the ranking is the
 * engine's, src/lib/search-engine.ts). What its status line says: result-status.ts; which results
 * and texts a reader's spoiler level allows: snippets.ts (both loaded with the search).
 */
import type { SearchHit } from '../../lib/search-engine';
import type { SearchDoc, Snippet } from './documents.build';

/** The most results the page finds; the rest are a more precise query away. */
export const RESULT_LIMIT = 100;
/** Results shown at first, and added by each "Show more". */
export const RESULT_PAGE = 20;

/**
 * What could not be downloaded: nothing of the index (`all`), or the descriptions only
 * (`text`: the names, which the service worker keeps for offline use, did load).
 */
export type SearchFailure = 'all' | 'text';

/** What the status line says when not even the names could be downloaded. */
export const SEARCH_FAILED = 'Search could not load. Check your connection and try again.';

/** A query's hits at the reader's level (run-search.ts). */
export interface Found {
  /** What could not be downloaded, if anything (`all` is the query's error). */
  failed?: 'text';
  /** Every hit, best first (records found by description may not be known yet). */
  hits: SearchHit<SearchDoc>[];
  closest: string[];
  /** The status line (result-status.ts). */
  status: string;
  /** Results found only in text past the reader's spoiler level: counted, not shown. */
  pastLevel: number;
}

/** What the hits shown need: their records and the text under each. */
export interface Shown {
  /** The first `count` hits, each with its record. */
  visible: SearchHit<SearchDoc>[];
  /** The text shown under each hit shown (snippets.ts). */
  snippets: Map<string, Snippet | undefined>;
}
