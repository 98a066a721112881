/**
 * A search query as the engine reads it (src/lib/search-engine.ts): its words, small words
 * dropped, or the episode code it names. No index code here.
 */
import { episodeCodeKey, parseEpisodeCode } from './episode-code';
import { foldWords } from './fold';

/** Longest query the index will look at; longer input is cut here. */
export const MAX_QUERY_WORDS = 12;

/** Small words a query may hold that need not match; "s" is what is left of a possessive's. */
export const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  's',
]);

/** A query as the engine reads it. */
export interface ParsedQuery {
  /** Folded words to match, small words dropped (unless the query is nothing else). */
  words: string[];
  /** The words joined, compared with whole names. */
  phrase: string;
  /** The query is an episode code, in its one indexed form ("s2e4"): matched whole only. */
  code: boolean;
}

/** The words of a name or query that count: small words dropped, unless that leaves none. */
export function meaningful(words: readonly string[]): string[] {
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : [...words];
}

export function parseQuery(query: string): ParsedQuery {
  const episode = parseEpisodeCode(query);
  if (episode) {
    const key = episodeCodeKey(episode);
    return { words: [key], phrase: key, code: true };
  }
  const words = meaningful(foldWords(query).slice(0, MAX_QUERY_WORDS));
  return { words, phrase: words.join(' '), code: false };
}

/** The folded words of a query, as the engine matches them. */
export function queryWords(query: string): string[] {
  return parseQuery(query).words;
}
