/**
 * Full-text search over named records, on MiniSearch (docs/decisions/010). Generic: the wiki's
 * features decide what the records are; this module decides how matching and ranking work.
 *
 * Matching folds case and accents. Names (and aliases) match any word by its beginning while the
 * reader types, and forgive typos in proportion to a word's length. Ranking puts whole-name hits
 * first, then names matched word for word, then by word beginnings, then loosely, then part of a
 * name; MiniSearch's relevance score orders records within each of those tiers. Below all name
 * hits come records whose description holds every word (the last may be half typed): matching
 * descriptions exactly keeps a common word from flooding the list and keeps large indexes fast.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { foldWords } from './fold';
import { editDistance } from './fuzzy';

export interface SearchRecord {
  id: string;
  /** The record's name. */
  title: string;
  /** Other names it is known by: a surname alone, a full first name, a common misspelling. */
  aliases: readonly string[];
  /** Descriptive text, which counts for less than the names. */
  text: string;
}

/** Lower is better: the order of the tiers described above. */
export const Tier = {
  wholeName: 0,
  exactWords: 1,
  prefixWords: 2,
  looseName: 3,
  partName: 4,
  text: 5,
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export interface SearchHit<R extends SearchRecord> {
  record: R;
  tier: Tier;
  score: number;
  /** Folded words of the record that matched, typos included, for highlighting. */
  matched: string[];
}

export interface SearchIndex<R extends SearchRecord> {
  search(query: string, options?: { limit?: number }): SearchHit<R>[];
  readonly size: number;
}

/** Longest query the index will look at; longer input is cut here. */
export const MAX_QUERY_WORDS = 12;

/** Typos allowed in a query word: none up to 3 letters, one up to 5, two from 6. */
export function typosAllowed(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 5) return 1;
  return 2;
}

const NAME_FIELDS = ['title', 'aliases'];

export function queryWords(query: string): string[] {
  return foldWords(query).slice(0, MAX_QUERY_WORDS);
}

/** The `count` best results by score, best first, without sorting them all. */
function topByScore(results: SearchResult[], count: number): SearchResult[] {
  if (!Number.isFinite(count) || results.length <= count * 4) {
    return results.sort((a, b) => b.score - a.score).slice(0, count);
  }
  const top: SearchResult[] = [];
  for (const result of results) {
    if (top.length === count && result.score <= top[count - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < result.score) at--;
    top.splice(at, 0, result);
    if (top.length > count) top.pop();
  }
  return top;
}

export function createSearchIndex<R extends SearchRecord>(records: readonly R[]): SearchIndex<R> {
  const byId = new Map<string, R>();
  const names = new Map<string, Set<string>>();
  const mini = new MiniSearch<R>({
    fields: ['title', 'aliases', 'text'],
    storeFields: [],
    tokenize: (text) => foldWords(text),
    processTerm: (term) => term || null,
    extractField: (record, field) => {
      const value = (record as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' | ') : String(value ?? '');
    },
    searchOptions: {
      boost: { title: 4, aliases: 3, text: 1 },
      prefix: true,
      fuzzy: (term) => typosAllowed(term),
      weights: { prefix: 0.5, fuzzy: 0.3 },
    },
  });
  for (const record of records) {
    byId.set(record.id, record);
    names.set(
      record.id,
      new Set([record.title, ...record.aliases].map((n) => foldWords(n).join(' '))),
    );
  }
  mini.addAll(records as R[]);

  function tierOf(result: SearchResult, words: readonly string[]): Tier {
    if (names.get(result.id as string)?.has(words.join(' '))) return Tier.wholeName;
    const nameTerms = Object.entries(result.match)
      .filter(([, fields]) => fields.some((f) => NAME_FIELDS.includes(f)))
      .map(([term]) => term);
    if (nameTerms.length === 0) return Tier.text;
    let worst: Tier = Tier.exactWords;
    for (const word of words) {
      if (nameTerms.includes(word)) continue;
      if (nameTerms.some((t) => t.startsWith(word))) {
        worst = Math.max(worst, Tier.prefixWords) as Tier;
      } else if (nameTerms.some((t) => editDistance(word, t) <= typosAllowed(word))) {
        worst = Math.max(worst, Tier.looseName) as Tier;
      } else {
        return Tier.partName;
      }
    }
    return worst;
  }

  return {
    get size() {
      return byId.size;
    },
    search(query, { limit = Infinity } = {}) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const text = words.join(' ');
      // Names: every word by its beginning or with typos. Ranked in tiers.
      const named = mini.search(text, { fields: NAME_FIELDS });
      const seen = new Set<string>();
      const hits: SearchHit<R>[] = named.map((result) => {
        seen.add(result.id as string);
        return {
          record: byId.get(result.id as string)!,
          tier: tierOf(result, words),
          score: result.score,
          matched: result.terms,
        };
      });
      hits.sort((a, b) => a.tier - b.tier || b.score - a.score);
      if (hits.length >= limit) return hits.slice(0, limit);
      // Descriptions: every word, exactly (the last may be half typed). Below every name hit.
      const described = mini.search(text, {
        fields: ['text'],
        fuzzy: false,
        prefix: (_term, i, terms) => i === terms.length - 1,
        combineWith: 'AND',
      });
      const rest = topByScore(
        described.filter((result) => !seen.has(result.id as string)),
        limit - hits.length,
      );
      for (const result of rest) {
        hits.push({
          record: byId.get(result.id as string)!,
          tier: Tier.text,
          score: result.score,
          matched: result.terms,
        });
      }
      return hits;
    },
  };
}
