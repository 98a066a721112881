/**
 * What the results page's status line says. Loaded with the search, not with the page.
 */
import { RESULT_LIMIT, SEARCH_FAILED, type SearchFailure } from './results';

/**
 * The status line above the results. A search whose index did not download says so, never
 * that nothing matched; one that could search only the names says that too; and results found
 * only in text past the reader's spoiler level are counted, never shown.
 */
export function resultStatus(
  query: string,
  found: number,
  failed?: SearchFailure,
  pastLevel = 0,
): string {
  const status = statusOf(query, found, failed);
  if (pastLevel === 0 || failed === 'all') return status;
  const more = pastLevel === 1 ? '1 more result is' : `${pastLevel} more results are`;
  return `${status} ${more} past your spoiler level.`;
}

function statusOf(query: string, found: number, failed?: SearchFailure): string {
  const results = found === 1 ? '1 result' : `${found} results`;
  if (failed === 'all') return SEARCH_FAILED;
  if (failed === 'text')
    return found === 0
      ? `No names match “${query}”, and the descriptions could not load: try again to search them.`
      : `${results} for “${query}”, from the names only: the descriptions could not load.`;
  if (found === 0) return `No results for “${query}”.`;
  if (found >= RESULT_LIMIT)
    return `The best ${RESULT_LIMIT} results for “${query}”: add a word to narrow them.`;
  return `${results} for “${query}”.`;
}
