/**
 * What the results page shows of a search, pure: how many results, in rank order (the ranking is
 * the engine's, src/lib/search-engine.ts), and what its status line says. Which text is shown
 * under a result: snippets.ts.
 */

/** The most results the page finds; the rest are a more precise query away. */
export const RESULT_LIMIT = 100;
/** Results shown at first, and added by each "Show more". */
export const RESULT_PAGE = 20;

/**
 * What could not be downloaded: nothing of the index (`all`), or the descriptions only
 * (`text`: the names, which the service worker keeps for offline use, did load).
 */
export type SearchFailure = 'all' | 'text';

/**
 * The status line above the results. A search whose index did not download says so, never
 * that nothing matched; one that could search only the names says that too.
 */
export function resultStatus(query: string, found: number, failed?: SearchFailure): string {
  const results = found === 1 ? '1 result' : `${found} results`;
  if (failed === 'all') return 'Search could not load. Check your connection and try again.';
  if (failed === 'text')
    return found === 0
      ? `No names match “${query}”, and the descriptions could not load: try again to search them.`
      : `${results} for “${query}”, from the names only: the descriptions could not load.`;
  if (found === 0) return `No results for “${query}”.`;
  if (found >= RESULT_LIMIT)
    return `The best ${RESULT_LIMIT} results for “${query}”: add a word to narrow them.`;
  return `${results} for “${query}”.`;
}
