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
 *
 * The two halves are separate indexes, so that the build can serialise them and split them into
 * shards by a word's first letters (docs/decisions/026): a `NameIndex` over names and aliases,
 * and a `TextIndex` over descriptions. `createSearchIndex` joins both for a list in memory.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
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

/** What a name index holds of a record. */
export type NamedRecord = Pick<SearchRecord, 'id' | 'title' | 'aliases'>;

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

export interface SearchHit<R> {
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
export function topByScore<T extends { score: number }>(results: T[], count: number): T[] {
  if (!Number.isFinite(count) || results.length <= count * 4) {
    return results.sort((a, b) => b.score - a.score).slice(0, count);
  }
  const top: T[] = [];
  for (const result of results) {
    if (top.length === count && result.score <= top[count - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < result.score) at--;
    top.splice(at, 0, result);
    if (top.length > count) top.pop();
  }
  return top;
}

const extractField = (record: unknown, field: string) => {
  const value = (record as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.join(' | ') : String(value ?? '');
};

const nameOptions: Options = {
  fields: NAME_FIELDS,
  storeFields: [],
  tokenize: (text) => foldWords(text),
  processTerm: (term) => term || null,
  extractField,
  searchOptions: {
    boost: { title: 4, aliases: 3 },
    prefix: true,
    fuzzy: (term) => typosAllowed(term),
    weights: { prefix: 0.5, fuzzy: 0.3 },
  },
};

/** Names and aliases, ranked in tiers. */
export interface NameIndex<R extends NamedRecord> {
  search(query: string): SearchHit<R>[];
  get(id: string): R | undefined;
  records(): readonly R[];
  toJSON(): AsPlainObject;
}

function nameIndex<R extends NamedRecord>(records: readonly R[], mini: MiniSearch): NameIndex<R> {
  const byId = new Map<string, R>();
  const names = new Map<string, Set<string>>();
  for (const record of records) {
    byId.set(record.id, record);
    names.set(
      record.id,
      new Set([record.title, ...record.aliases].map((n) => foldWords(n).join(' '))),
    );
  }

  function tierOf(result: SearchResult, words: readonly string[]): Tier {
    if (names.get(result.id as string)?.has(words.join(' '))) return Tier.wholeName;
    const nameTerms = Object.keys(result.match);
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
    search(query) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      return mini
        .search(words.join(' '))
        .flatMap((result) => {
          const record = byId.get(result.id as string);
          return record
            ? [{ record, tier: tierOf(result, words), score: result.score, matched: result.terms }]
            : [];
        })
        .sort((a, b) => a.tier - b.tier || b.score - a.score);
    },
    get: (id) => byId.get(id),
    records: () => records,
    toJSON: () => mini.toJSON(),
  };
}

export function createNameIndex<R extends NamedRecord>(records: readonly R[]): NameIndex<R> {
  const mini = new MiniSearch(nameOptions);
  mini.addAll(records.map((r) => ({ id: r.id, title: r.title, aliases: r.aliases })));
  return nameIndex(records, mini);
}

/** A name index serialised at build time: no indexing in the browser. */
export function loadNameIndex<R extends NamedRecord>(
  records: readonly R[],
  json: AsPlainObject,
): NameIndex<R> {
  return nameIndex(records, MiniSearch.loadJS(json, nameOptions));
}

/** Descriptions: which records hold a word, exactly or (for the word being typed) by its start. */
export interface TextIndex {
  /** Scores by record id for one folded word. */
  match(word: string, prefix: boolean): Map<string, { score: number; terms: string[] }>;
  toJSON(): AsPlainObject;
}

const textOptions = (keep: (word: string) => boolean): Options => ({
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => foldWords(text).filter(keep),
  processTerm: (term) => term || null,
  searchOptions: { fuzzy: false },
});

function textIndex(mini: MiniSearch): TextIndex {
  return {
    match(word, prefix) {
      const out = new Map<string, { score: number; terms: string[] }>();
      for (const r of mini.search(word, { prefix, fuzzy: false }))
        out.set(r.id as string, { score: r.score, terms: r.terms });
      return out;
    },
    toJSON: () => mini.toJSON(),
  };
}

/** `keep` limits the words indexed: a shard keeps the words filed under its letters. */
export function createTextIndex(
  records: readonly Pick<SearchRecord, 'id' | 'text'>[],
  keep: (word: string) => boolean = () => true,
): TextIndex {
  const mini = new MiniSearch(textOptions(keep));
  mini.addAll(records.filter((r) => r.text).map((r) => ({ id: r.id, text: r.text })));
  return textIndex(mini);
}

export function loadTextIndex(json: AsPlainObject): TextIndex {
  return textIndex(
    MiniSearch.loadJS(
      json,
      textOptions(() => true),
    ),
  );
}

/**
 * Records whose descriptions hold every query word (the last may be half typed), best first:
 * each word is looked up in the text index that files it, and the records in all are kept.
 */
export function matchText(
  words: readonly string[],
  indexFor: (word: string) => TextIndex | undefined,
): { id: string; score: number; matched: string[] }[] {
  let found: Map<string, { score: number; matched: string[] }> | undefined;
  words.forEach((word, i) => {
    const hits = indexFor(word)?.match(word, i === words.length - 1) ?? new Map();
    const next = new Map<string, { score: number; matched: string[] }>();
    for (const [id, hit] of hits) {
      const before = found ? found.get(id) : { score: 0, matched: [] };
      if (before)
        next.set(id, {
          score: before.score + hit.score,
          matched: [...before.matched, ...hit.terms],
        });
    }
    found = next;
  });
  return [...(found ?? new Map())].map(([id, hit]) => ({ id, ...hit }));
}

/** Name hits in tiers, then description hits: one ranking over both. */
export function combineHits<R>(
  named: readonly SearchHit<R>[],
  described: readonly { id: string; score: number; matched: string[] }[],
  recordOf: (id: string) => R | undefined,
  idOf: (record: R) => string,
  limit = Infinity,
): SearchHit<R>[] {
  const hits = named.slice(0, limit);
  if (hits.length >= limit) return hits;
  const seen = new Set(hits.map((h) => idOf(h.record)));
  const rest = topByScore(
    described.filter((d) => !seen.has(d.id)),
    limit - hits.length,
  );
  for (const d of rest) {
    const record = recordOf(d.id);
    if (record) hits.push({ record, tier: Tier.text, score: d.score, matched: d.matched });
  }
  return hits;
}

/** Both indexes over records held in memory: lists search their own rows with this. */
export function createSearchIndex<R extends SearchRecord>(records: readonly R[]): SearchIndex<R> {
  const names = createNameIndex(records);
  const text = createTextIndex(records);
  return {
    get size() {
      return records.length;
    },
    search(query, { limit = Infinity } = {}) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const named = names.search(query);
      if (named.length >= limit) return named.slice(0, limit);
      return combineHits(
        named,
        matchText(words, () => text),
        names.get,
        (r) => r.id,
        limit,
      );
    },
  };
}
