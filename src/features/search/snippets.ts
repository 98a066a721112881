/**
 * Which results and which of their texts the results page shows, for the reader's spoiler
 * level. Loaded with the search, not with the page.
 */
import { foldWords } from '../../lib/fold';
import { highlightRanges } from '../../lib/highlight';
import { isRevealed, type Progress } from '../../lib/reveal';
import type { SearchHit } from '../../lib/search-engine';
import { Tier } from '../../lib/search-tiers';
import type { SearchDetail, SearchDoc, Snippet } from './documents.build';

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

/** A record's texts that the reader's level allows: all of them for a reader who sees everything. */
export function snippetsWithin(
  snippets: readonly Snippet[],
  level: Progress | null,
): readonly Snippet[] {
  return level ? snippets.filter((s) => isRevealed(s.reveal, level)) : snippets;
}

/**
 * The hits a reader at `level` may see: a record found by its name always; one found by its
 * text only where a text the reader has reached holds a word searched for. The others are
 * counted, never shown: text past the reader's level neither matches nor shows as a snippet.
 */
export function withinLevel<H extends Pick<SearchHit<SearchDoc>, 'tier' | 'matched' | 'record'>>(
  hits: readonly H[],
  details: ReadonlyMap<string, SearchDetail>,
  query: string,
  level: Progress,
): { hits: H[]; pastLevel: number } {
  const words = foldWords(query);
  const kept = hits.filter(
    (hit) =>
      BY_NAME.has(hit.tier) ||
      snippetsWithin(details.get(hit.record.id)?.snippets ?? [], level).some(
        (s) => highlightRanges(s.text, words, hit.matched).length > 0,
      ),
  );
  return { hits: kept, pastLevel: hits.length - kept.length };
}

/** The records a level check needs the texts of: those found by their text. */
export const foundByText = <H extends Pick<SearchHit<unknown>, 'tier'>>(hits: readonly H[]) =>
  hits.filter((h) => !BY_NAME.has(h.tier));
