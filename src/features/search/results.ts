/**
 * What the results page shows of a search, pure: how many results, in rank order (the ranking is
 * the engine's, src/lib/search-engine.ts), and which of a record's texts is shown under it.
 */
import { highlightRanges } from '../../lib/highlight';
import { queryWords, Tier, type SearchHit } from '../../lib/search-engine';
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
  const words = queryWords(query);
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
