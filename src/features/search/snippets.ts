/**
 * Which of a record's texts the results page shows under it. Loaded with the results' details,
 * not with the page.
 */
import { foldWords } from '../../lib/fold';
import { highlightRanges } from '../../lib/highlight';
import type { SearchHit } from '../../lib/search-engine';
import { Tier } from '../../lib/search-tiers';
import type { Snippet } from './documents';

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
