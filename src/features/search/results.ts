/**
 * What the results page shows of a search, pure: how many results, in rank order (the ranking is
 * the engine's, src/lib/search-engine.ts), and which of a record's texts is shown under it.
 */
import { foldWords } from '../../lib/fold';
import { highlightRanges } from '../../lib/highlight';
import type { SearchHit } from '../../lib/search-engine';
import { Tier } from '../../lib/search-tiers';
import type { Snippet } from './documents';

/** The most results the page finds; the rest are a more precise query away. */
export const RESULT_LIMIT = 100;
/** Results shown at first, and added by each "Show more". */
export const RESULT_PAGE = 20;

/** Tiers of records found by their names alone. */
const BY_NAME = new Set<Tier>([Tier.wholeName, Tier.exactName, Tier.prefixName, Tier.loose]);

/**
 * The text shown under a result, taken from the record's own texts. A record found by its name
 * shows its text about itself, the first (a summary, a synopsis's start); one found by its text
 * shows the text that holds most of the words searched for, the earlier on a tie. The words
 * matched are marked where it is shown (components/highlight.tsx).
 */
export function snippetFor(
  hit: Pick<SearchHit<unknown>, 'tier' | 'matched'>,
  snippets: readonly Snippet[],
  query: string,
): Snippet | undefined {
  if (BY_NAME.has(hit.tier)) return snippets[0];
  const words = foldWords(query);
  let best = snippets[0];
  let most = 0;
  for (const snippet of snippets) {
    const count = highlightRanges(snippet.text, words, hit.matched).length;
    if (count > most) {
      best = snippet;
      most = count;
    }
  }
  return best;
}

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
