/** Edit distance for "did you mean": how many letters to add, drop, change or swap. Pure. */
import { foldWords } from './fold';

/** Optimal-string-alignment distance (a swap of neighbours counts as one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether two words are at most `max` edits apart (a swap of neighbours counting as one),
 * without the whole table: words whose lengths differ by more, or whose best row passes `max`,
 * stop early. The search calls this for every name word a query word may be a typo of.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]! <= max;
}

/**
 * How far a query is from a name: each query word against its nearest word of the name
 * (a prefix of a name word counts as a hit), summed, relative to the query's length.
 */
function distanceToName(queryWords: readonly string[], name: string): number {
  const nameWords = foldWords(name);
  if (nameWords.length === 0) return Infinity;
  let total = 0;
  for (const q of queryWords) {
    let best = Infinity;
    for (const w of nameWords) {
      best = Math.min(best, w.startsWith(q) ? 0 : editDistance(q, w.slice(0, q.length + 2)));
    }
    total += best;
  }
  return total / Math.max(1, queryWords.join('').length);
}

/**
 * The names closest to what was typed, best first, for an empty result's "did you mean".
 * Each candidate may have several spellings (a name and its aliases); it is offered under its
 * name. Only reasonably close names are offered: at most about half the letters wrong.
 */
export function closestNames(
  query: string,
  candidates: readonly { name: string; aliases?: readonly string[] }[],
  limit = 3,
): string[] {
  const words = foldWords(query);
  if (words.length === 0) return [];
  return candidates
    .map((c) => ({
      name: c.name,
      distance: Math.min(...[c.name, ...(c.aliases ?? [])].map((n) => distanceToName(words, n))),
    }))
    .filter((c) => c.distance <= 0.5)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit)
    .map((c) => c.name);
}
