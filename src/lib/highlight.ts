/**
 * Which parts of a text to highlight for a search: each word of the text that a query word
 * matches exactly or as a prefix gets that many letters marked; a word the search matched
 * loosely (a typo) is marked whole. Ranges index the original text, accents and all.
 */
import { foldWithOffsets } from './fold';

export type Range = readonly [start: number, end: number];

export function highlightRanges(
  text: string,
  queryWords: readonly string[],
  /** Folded words of this text the search engine matched, typos included. */
  matchedWords: readonly string[] = [],
): Range[] {
  const queries = queryWords.filter((q) => q.length > 0);
  if (queries.length === 0) return [];
  const matched = new Set(matchedWords);
  const { text: folded, starts, ends } = foldWithOffsets(text);
  const ranges: Range[] = [];
  const wordPattern = /[^ ]+/g;
  for (let m = wordPattern.exec(folded); m; m = wordPattern.exec(folded)) {
    const word = m[0];
    let length = 0;
    for (const q of queries) if (word.startsWith(q)) length = Math.max(length, q.length);
    if (length === 0 && matched.has(word)) length = word.length;
    if (length === 0) continue;
    ranges.push([starts[m.index]!, ends[m.index + length - 1]!]);
  }
  return ranges;
}

/** Splits a text into plain and highlighted pieces, in order. */
export function splitByRanges(
  text: string,
  ranges: readonly Range[],
): { text: string; hit: boolean }[] {
  const pieces: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false });
    pieces.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
