/**
 * Full-text search over named records, on MiniSearch (docs/decisions/010, 026, 036). Generic: the
 * wiki's features decide what the records are; this module decides how matching and ranking work.
 *
 * Matching folds case and accents, lets small words go ("the", "and", "of", a possessive's "s")
 * unless the query is nothing else, and takes a plural for its singular. A record's names (its
 * title and aliases) match a word exactly, by its beginning (from two letters, while the reader
 * types) or with a typo; its text matches a word exactly, or the last word by its beginning
 * (from three letters). The ranking rules, in order, each with its own unit test:
 *
 * 1. **An exact full name, title or code wins.** A query that is a record's whole name, title or
 *    alias comes first, a title before another record's alias; so does the episode a code names
 *    (`S2E4`, `2x04`, "season 2 episode 4"), and a code matches nothing else. When exact
 *    matches exist, typo-only matches of the same words are left out (rule 2).
 * 2. **A typo match needs every word, and counts only when nothing matches as typed.** Typos are
 *    forgiven in proportion to a word's length (none up to 3 letters, one up to 7, two from 8;
 *    none in a word with digits; a swap of two letters is one), so "louvre" never becomes
 *    "love".
 * 3. **Exact before begun.** Records matching every word as typed come first: all in the names,
 *    then some in the names and the rest in the text, then all in the text. Records that need a
 *    word's beginning (it may still be being typed) follow.
 * 4. **All the words before some.** Records matching only some of the words show only when no
 *    record matches them all, most words first. A number qualifies the word before it: it
 *    counts only in a name that holds another query word, and never in descriptions ("volume
 *    3" is not Volume 4 adapted in "season 3").
 * 5. **A page before a list entry.** Among equals, a record with its own page ranks above an
 *    entry of a list page (an `anchor`), such as an award naming the person found.
 * 6. Then, among records found by their names, the fuller page first (`size`: "spring" means
 *    Charlie before his sister and parents); among records found by their text, relevance
 *    (MiniSearch's BM25 score, where the record's words about itself, its `lead`, count double).
 *
 * The work done is only what the page needs: the text by a word's beginning only when exact
 * matches do not fill it, typos only when nothing matches as typed.
 *
 * The names and the text are separate indexes, so that the build can serialise them and split
 * them into shards by a word's first letters (docs/decisions/026): a `NameIndex` over names and
 * aliases, and a `TextIndex` over descriptions. `rankSearch` ranks what either holds;
 * `createSearchIndex` joins both for a list in memory (`buildSearchIndex` in slices).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { foldWords } from './fold';
import { withinEdits } from './fuzzy';
import { meaningful, parseQuery, type ParsedQuery } from './search-query';
import { Tier } from './search-tiers';

export { MAX_QUERY_WORDS, parseQuery, queryWords, type ParsedQuery } from './search-query';
export { Tier } from './search-tiers';

export interface SearchRecord {
  id: string;
  /** The record's name. */
  title: string;
  /** Other names it is known by: a surname alone, a full first name, a common misspelling. */
  aliases: readonly string[];
  /** Descriptive text, which counts for less than the names. */
  text: string;
  /** Its text about itself (a summary), indexed again beside `text`, where it counts for more. */
  lead?: string;
  /** An entry on a list page rather than a page of its own: ranks below pages among equals. */
  anchor?: boolean;
  /**
   * How much the record has to say (say, the log2 of its words of text, coarse so that an edit
   * seldom changes it): the fuller page first among records found by the same name.
   */
  size?: number;
}

/** What a name index holds of a record. */
export type NamedRecord = Pick<SearchRecord, 'id' | 'title' | 'aliases' | 'anchor' | 'size'>;

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

const isNumber = (word: string) => /^\d+$/.test(word);

/** The singular of an English plural ("drums" → "drum", "stories" → "story"), if it looks like one. */
export function singularOf(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A query word and the forms that count as the same word: itself and its singular. */
const formsOf = (word: string) => {
  const one = singularOf(word);
  return one ? [word, one] : [word];
};

/**
 * Names match a word by its beginning from two letters (one letter would match a tenth of the
 * wiki on every keystroke), the text from three. A short list (the cast) can afford one letter:
 * see `IndexOptions`.
 */
const NAME_PREFIX_MIN = 2;
/** See NAME_PREFIX_MIN. */
const TEXT_PREFIX_MIN = 3;

export interface IndexOptions {
  /** The fewest letters a word matches names by its beginning with: 2 unless given. */
  prefixFrom?: number;
}

/** Typos allowed in a query word: none up to 3 letters, one up to 7, two from 8; none with digits. */
export function typosAllowed(word: string): number {
  if (word.length <= 3 || /\d/.test(word)) return 0;
  if (word.length <= 7) return 1;
  return 2;
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
  fields: ['title', 'aliases'],
  storeFields: [],
  tokenize: (text) => foldWords(text),
  processTerm: (term) => term || null,
  extractField,
  searchOptions: { boost: { title: 4, aliases: 3 }, weights: { prefix: 0.5, fuzzy: 0.3 } },
};

/** How a record's names matched each query word. */
export type WordMatch = 'exact' | 'prefix' | 'typo';

export interface NameMatch<R> {
  record: R;
  /** The whole query is the record's title, or else one of its aliases. */
  whole?: 'title' | 'alias';
  /** For each query word, how the names matched it, if they did. */
  words: (WordMatch | undefined)[];
  score: number;
  terms: string[];
}

/** Names and aliases. */
export interface NameIndex<R extends NamedRecord> {
  /**
   * Records whose names match a word of the query as typed (exactly or by its beginning), or,
   * with `fuzzy`, those whose names hold a typo of a word that allows one.
   */
  match(query: ParsedQuery, fuzzy: boolean): Map<string, NameMatch<R>>;
  /** Name hits alone, ranked (see `rankSearch`). */
  search(query: string): SearchHit<R>[];
  get(id: string): R | undefined;
  records(): readonly R[];
  toJSON(): AsPlainObject;
}

/** One query word as the names are searched for it. */
interface WordSpec {
  word: string;
  /** Whether it matches a name word by its beginning. */
  prefix: boolean;
  /** Itself and its singular. */
  forms: string[];
  typos: number;
}

const specsOf = (query: ParsedQuery, prefixFrom: number): WordSpec[] =>
  query.words.map((word) => ({
    word,
    prefix: !query.code && word.length >= prefixFrom,
    forms: formsOf(word),
    typos: query.code ? 0 : typosAllowed(word),
  }));

/** How one name's words match a query word: exactly, by its beginning, or with a typo. */
function matchWord(
  spec: WordSpec,
  terms: readonly string[],
  code: boolean,
  fuzzy: boolean,
): WordMatch | undefined {
  const { forms } = spec;
  for (const f of forms) if (terms.includes(f)) return 'exact';
  if (code) return undefined;
  if (spec.prefix)
    for (const t of terms) for (const f of forms) if (t.startsWith(f)) return 'prefix';
  if (fuzzy && spec.typos > 0)
    for (const t of terms) if (withinEdits(spec.word, t, spec.typos)) return 'typo';
  return undefined;
}

/**
 * How the record's names matched each query word. A number qualifies the word before it
 * ("volume 3", "glaad 2024"): it counts only in a name that also matches another word of the
 * query and, where that word is itself followed by a number in the name ("season 1 episode 2"),
 * only if it is this one. Unless the query is nothing but numbers.
 */
function wordMatches(
  terms: readonly string[],
  specs: readonly WordSpec[],
  code: boolean,
  fuzzy: boolean,
  names: readonly string[][],
): NameMatch<never>['words'] {
  const words = specs.map((spec) => matchWord(spec, terms, code, fuzzy));
  const others = specs.filter((s) => !isNumber(s.word));
  if (others.length === 0 || others.length === specs.length) return words;
  const follows = (name: readonly string[], before: WordSpec, number: string) =>
    name.every(
      (w, j) =>
        matchWord(before, [w], code, fuzzy) === undefined ||
        !isNumber(name[j + 1] ?? '') ||
        name[j + 1] === number,
    );
  return specs.map((spec, i) => {
    if (!isNumber(spec.word) || words[i] === undefined) return words[i];
    const before = i > 0 && !isNumber(specs[i - 1]!.word) ? specs[i - 1] : undefined;
    const together = names.some(
      (name) =>
        name.includes(spec.word) &&
        others.some((other) => matchWord(other, name, code, fuzzy) !== undefined) &&
        (!before || follows(name, before, spec.word)),
    );
    return together ? words[i] : undefined;
  });
}

/** A word with two neighbouring letters swapped, each way: found exactly, a swap is one typo. */
function swapsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1])
      out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/**
 * What a name index keeps of each record beside MiniSearch's terms: filled with `records`, and a
 * record at a time after.
 */
interface NameTables<R> {
  byId: Map<string, R>;
  /** Each record's title and aliases as the phrase a query is compared with whole. */
  titles: Map<string, string>;
  aliases: Map<string, Set<string>>;
  /** The folded words of each name, for the records whose names hold a number. */
  numbered: Map<string, string[][]>;
  add(record: R): void;
}

function nameTables<R extends NamedRecord>(records: readonly R[] = []): NameTables<R> {
  const phrase = (name: string) => meaningful(foldWords(name)).join(' ');
  const hasNumber = (r: R) => [r.title, ...r.aliases].some((n) => /\d/.test(n));
  const tables: NameTables<R> = {
    byId: new Map(),
    titles: new Map(),
    aliases: new Map(),
    numbered: new Map(),
    add(record) {
      tables.byId.set(record.id, record);
      if (hasNumber(record))
        tables.numbered.set(
          record.id,
          [record.title, ...record.aliases].map((n) => foldWords(n)),
        );
      tables.titles.set(record.id, phrase(record.title));
      tables.aliases.set(record.id, new Set(record.aliases.map(phrase)));
    },
  };
  for (const record of records) tables.add(record);
  return tables;
}

const nameDocument = (r: NamedRecord) => ({ id: r.id, title: r.title, aliases: r.aliases });

function nameIndex<R extends NamedRecord>(
  records: readonly R[],
  mini: MiniSearch,
  { byId, titles, aliases, numbered }: NameTables<R>,
  { prefixFrom = NAME_PREFIX_MIN }: IndexOptions = {},
): NameIndex<R> {
  const whole = (id: string, query: ParsedQuery): NameMatch<R>['whole'] =>
    titles.get(id) === query.phrase
      ? 'title'
      : aliases.get(id)?.has(query.phrase)
        ? 'alias'
        : undefined;

  const index: NameIndex<R> = {
    match(query, fuzzy) {
      const out = new Map<string, NameMatch<R>>();
      if (query.words.length === 0) return out;
      const specs = specsOf(query, prefixFrom);
      const prefixed = new Set(specs.filter((s) => s.prefix).flatMap((s) => s.forms));
      // Typed: each word and its singular, by its beginning too. Typos: only the words that
      // allow one, and not by their beginning (the typed pass has that); MiniSearch counts a
      // swap of two letters as two edits, so the swaps are looked up exactly instead.
      const asked = fuzzy
        ? specs.flatMap((s) => (s.typos > 0 ? [...s.forms, ...swapsOf(s.word)] : []))
        : specs.flatMap((s) => s.forms);
      if (asked.length === 0) return out;
      const typos = new Map(specs.map((s) => [s.word, s.typos]));
      const results = mini.search([...new Set(asked)].join(' '), {
        prefix: (term) => !fuzzy && prefixed.has(term),
        fuzzy: (term) => (fuzzy && typos.get(term)) || false,
      });
      for (const result of results) {
        const record = byId.get(result.id as string);
        if (!record) continue;
        const words = wordMatches(
          result.terms,
          specs,
          query.code,
          fuzzy,
          numbered.get(record.id) ?? [],
        );
        if (words.every((w) => w === undefined)) continue;
        out.set(record.id, {
          record,
          whole: whole(record.id, query),
          words,
          score: result.score,
          terms: result.terms,
        });
      }
      return out;
    },
    search(query) {
      return rankSearch(parseQuery(query), {
        names: (q, fuzzy) => index.match(q, fuzzy),
        record: index.get,
      });
    },
    get: (id) => byId.get(id),
    records: () => records,
    toJSON: () => mini.toJSON(),
  };
  return index;
}

export function createNameIndex<R extends NamedRecord>(
  records: readonly R[],
  options?: IndexOptions,
): NameIndex<R> {
  const mini = new MiniSearch(nameOptions);
  mini.addAll(records.map(nameDocument));
  return nameIndex(records, mini, nameTables(records), options);
}

/** A name index serialised at build time: no indexing in the browser. */
export function loadNameIndex<R extends NamedRecord>(
  records: readonly R[],
  json: AsPlainObject,
): NameIndex<R> {
  return nameIndex(records, MiniSearch.loadJS(json, nameOptions), nameTables(records));
}

/** Which records' text holds a word. */
export type TextMatches = Map<string, { score: number; terms: string[] }>;

/** Descriptions: which records hold a word, exactly or (for the word being typed) by its start. */
export interface TextIndex {
  /** Scores by record id for one folded word: kept for the next keystrokes, not to be changed. */
  match(word: string, prefix: boolean): TextMatches;
  toJSON(): AsPlainObject;
}

/** A record's text, as a text index holds it: all of it, and its lead again. */
export interface TextRecord {
  id: string;
  text: string;
  lead?: string;
}

const textOptions = (keep: (word: string) => boolean): Options => ({
  fields: ['lead', 'text'],
  storeFields: [],
  tokenize: (text) => foldWords(text).filter(keep),
  processTerm: (term) => term || null,
  searchOptions: {
    fuzzy: false,
    boost: { lead: 2, text: 1 },
    // Pages run from one line to thousands of words, and a long page that keeps coming back to
    // a word is about it: length counts for little (b 0.1, BM25's usual is 0.7) and mentions keep
    // adding up (k 3, usually 1.2). Chosen on the judged query set (docs/decisions/036).
    bm25: { k: 3, b: 0.1, d: 0.5 },
  },
});

/** Text lookups kept per index: each keystroke of a query looks up its earlier words again. */
const TEXT_LOOKUPS_KEPT = 8;

function textIndex(mini: MiniSearch): TextIndex {
  const kept = new Map<string, TextMatches>();
  return {
    match(word, prefix) {
      const key = `${prefix ? '>' : '='}${word}`;
      let out = kept.get(key);
      if (out) {
        kept.delete(key);
      } else {
        out = new Map();
        for (const r of mini.search(word, { prefix, fuzzy: false }))
          out.set(r.id as string, { score: r.score, terms: r.terms });
      }
      kept.set(key, out);
      if (kept.size > TEXT_LOOKUPS_KEPT) kept.delete(kept.keys().next().value!);
      return out;
    },
    toJSON: () => mini.toJSON(),
  };
}

/** `keep` limits the words indexed: a shard keeps the words filed under its letters. */
export function createTextIndex(
  records: readonly TextRecord[],
  keep: (word: string) => boolean = () => true,
): TextIndex {
  const mini = new MiniSearch(textOptions(keep));
  mini.addAll(textDocuments(records));
  return textIndex(mini);
}

const textDocuments = (records: readonly TextRecord[]) =>
  records
    .filter((r) => r.text || r.lead)
    .map((r) => ({ id: r.id, lead: r.lead ?? '', text: r.text }));

export function loadTextIndex(json: AsPlainObject): TextIndex {
  return textIndex(
    MiniSearch.loadJS(
      json,
      textOptions(() => true),
    ),
  );
}

/** What `rankSearch` reads: the names, the text if it is at hand, and records by id. */
export interface MatchSource<R extends NamedRecord> {
  /** As `NameIndex.match`: the words as typed, or with `fuzzy` their typos. */
  names(query: ParsedQuery, fuzzy: boolean): Map<string, NameMatch<R>>;
  /** Records whose text holds `word` (by its beginning if `prefix`); absent: names only. */
  text?(word: string, prefix: boolean): TextMatches;
  /** A record found by its text alone. */
  record(id: string): R | undefined;
  /** Whether the record of an id is an entry of a list page, for one found by its text alone. */
  anchor?(id: string): boolean;
}

/** How a record holds one query word, best first. */
const Found = { nameExact: 0, textExact: 1, namePrefix: 2, textPrefix: 3, typo: 4 } as const;
type Found = (typeof Found)[keyof typeof Found];
const NONE = 9;

interface Candidate<R> {
  id: string;
  name?: NameMatch<R>;
  /** For each query word, how the record holds it (NONE if it does not). */
  found: number[];
  /** The text's hit for each word, if any. */
  text: ({ score: number; terms: string[] } | undefined)[];
  anchor: boolean;
  score: number;
  tier: Tier;
  /** How many words it holds. */
  covered: number;
  /** Its size if it was found by its names alone (the fuller page first), else 0. */
  size: number;
}

function tierOf(c: Candidate<unknown>): Tier {
  if (c.name?.whole) return Tier.wholeName;
  let names = 0;
  let worst = 0;
  for (const f of c.found) {
    if (f === NONE) return Tier.partial;
    if (f === Found.nameExact || f === Found.namePrefix || f === Found.typo) names++;
    if (f > worst) worst = f;
  }
  if (worst === Found.typo) return Tier.loose;
  const all = names === c.found.length;
  if (worst <= Found.textExact)
    return all ? Tier.exactName : names > 0 ? Tier.exactMixed : Tier.exactText;
  return all ? Tier.prefixName : Tier.prefixMixed;
}

const NAME_FOUND: Record<WordMatch, Found> = {
  exact: Found.nameExact,
  prefix: Found.namePrefix,
  typo: Found.typo,
};

/** Candidates from the names, and from the text of each word so far fetched. */
function gather<R extends NamedRecord>(
  words: number,
  names: Map<string, NameMatch<R>>,
  texts: readonly (TextMatches | undefined)[],
  exactIn: (i: number, terms: readonly string[]) => boolean,
  /** Only the records that hold every word (or their whole name): no partial matches. */
  complete = false,
  anchorOf: (id: string) => boolean = () => false,
): Map<string, Candidate<R>> {
  const out = new Map<string, Candidate<R>>();
  const holds = (id: string, i: number) =>
    names.get(id)?.words[i] !== undefined || texts[i]?.has(id) === true;
  const wanted = (id: string) => {
    if (!complete || names.get(id)?.whole) return true;
    for (let i = 0; i < words; i++) if (!holds(id, i)) return false;
    return true;
  };
  const blank = (id: string): Candidate<R> => ({
    id,
    found: new Array<number>(words).fill(NONE),
    text: new Array(words),
    anchor: false,
    score: 0,
    tier: Tier.partial,
    covered: 0,
    size: 0,
  });
  for (const [id, name] of names) {
    if (!wanted(id)) continue;
    const c = blank(id);
    c.name = name;
    c.anchor = name.record.anchor === true;
    c.score = name.score;
    name.words.forEach((w, i) => {
      if (w) c.found[i] = NAME_FOUND[w];
    });
    out.set(id, c);
  }
  texts.forEach((matches, i) => {
    if (!matches) return;
    for (const [id, hit] of matches) {
      let c = out.get(id);
      if (!c) {
        if (!wanted(id)) continue;
        c = blank(id);
        c.anchor = anchorOf(id);
        out.set(id, c);
      }
      c.score += hit.score;
      c.text[i] = hit;
      const f = exactIn(i, hit.terms) ? Found.textExact : Found.textPrefix;
      if (f < c.found[i]!) c.found[i] = f;
    }
  });
  for (const c of out.values()) {
    c.tier = tierOf(c);
    c.covered = c.found.filter((f) => f !== NONE).length;
    const byName = c.found.every(
      (f) => f === Found.nameExact || f === Found.namePrefix || f === Found.typo,
    );
    c.size = byName ? (c.name?.record.size ?? 0) : 0;
  }
  return out;
}

/**
 * Ranks what a query finds by the rules in this module's comment, best first: records matching
 * every word as typed; failing those, every word with typos; failing those, some of the words.
 * It does no more than the page needs: the text is read by a word's beginning only when the
 * exact matches do not fill `limit`, and the names with typos only when nothing else matches.
 */
export function rankSearch<R extends NamedRecord>(
  query: ParsedQuery,
  source: MatchSource<R>,
  limit = Infinity,
): SearchHit<R>[] {
  const { words } = query;
  const n = words.length;
  if (n === 0) return [];
  const last = n - 1;
  // A number in a description (a date, an age, a count) qualifies nothing the query named.
  const onlyNumbers = words.every(isNumber);
  const readsText = (i: number) =>
    source.text !== undefined && !query.code && (onlyNumbers || !isNumber(words[i]!));
  const forms = words.map(formsOf);
  const exactIn = (i: number, terms: readonly string[]) => forms[i]!.some((f) => terms.includes(f));
  const lookup = (i: number, prefix: boolean): TextMatches => {
    const [word, singular] = forms[i]!;
    const found = source.text!(word!, prefix);
    if (!singular) return found;
    const both = new Map(found);
    for (const [id, hit] of source.text!(singular, prefix)) if (!both.has(id)) both.set(id, hit);
    return both;
  };
  const exactTexts: (TextMatches | undefined)[] = new Array(n);
  const exactText = (i: number) => (exactTexts[i] ??= readsText(i) ? lookup(i, false) : new Map());

  const names = source.names(query, false);
  const anchorOf = source.anchor ?? ((id: string) => source.record(id)?.anchor === true);
  const pick = (pool: Iterable<Candidate<R>>, keep: (c: Candidate<R>) => boolean) =>
    select(pool, keep, limit, source);

  /** The page filled by exact matches (names alone first), or undefined if they fall short. */
  function fillByExact(): SearchHit<R>[] | undefined {
    // Names alone that fill the page with every word exact leave the text nothing to add.
    const byName = [...gather(n, names, [], exactIn, true).values()];
    if (byName.filter((c) => c.tier <= Tier.exactName).length >= limit)
      return pick(byName, (c) => c.tier <= Tier.exactName);

    // Every word as typed: only if each word is somewhere exactly, in a name or a text (the last
    // word first, the one most likely to be still half typed).
    const inNames = (i: number) => {
      for (const m of names.values()) if (m.words[i] === 'exact') return true;
      return false;
    };
    const typedExactly = words
      .map((_, i) => last - i)
      .every((i) => inNames(i) || exactText(i).size > 0);
    const pool = typedExactly
      ? [
          ...gather(
            n,
            names,
            words.map((_, i) => exactText(i)),
            exactIn,
            true,
            anchorOf,
          ).values(),
        ]
      : byName;
    const exact = pool.filter((c) => c.tier <= Tier.exactText);
    const named = pool.filter((c) => c.tier === Tier.prefixName);
    if (exact.length + named.length >= limit) return pick([...exact, ...named], () => true);
    return undefined;
  }

  // With a page to fill, what matches exactly may fill it, and the rest need not be read.
  const filled = Number.isFinite(limit) ? fillByExact() : undefined;
  if (filled) return filled;

  // Words begun: the last word by its beginning in the text too.
  const begun = words.length > 0 && readsText(last) && words[last]!.length >= TEXT_PREFIX_MIN;
  const texts = words.map((_, i) => (i === last && begun ? lookup(i, true) : exactText(i)));
  const typed = [...gather(n, names, texts, exactIn, true, anchorOf).values()].filter(
    (c) => c.tier < Tier.loose,
  );
  if (typed.length > 0) return pick(typed, () => true);

  // Typos, only when nothing matches every word as typed; each word must still match.
  if (!query.code) {
    const loose = gather(
      n,
      withTypos(names, source.names(query, true)),
      texts,
      exactIn,
      true,
      anchorOf,
    );
    const found = [...loose.values()].filter((c) => c.tier === Tier.loose);
    if (found.length > 0) return pick(found, () => true);
  }
  return pick(
    gather(n, names, texts, exactIn, false, anchorOf).values(),
    (c) => c.tier === Tier.partial,
  );
}

/** The names as typed, with the typos found added to the words they left unmatched. */
function withTypos<R>(
  typed: Map<string, NameMatch<R>>,
  typos: Map<string, NameMatch<R>>,
): Map<string, NameMatch<R>> {
  const out = new Map(typed);
  for (const [id, loose] of typos) {
    const before = out.get(id);
    out.set(
      id,
      before
        ? {
            ...before,
            words: before.words.map((w, i) => w ?? loose.words[i]),
            score: Math.max(before.score, loose.score),
            terms: [...before.terms, ...loose.terms],
          }
        : loose,
    );
  }
  return out;
}

/** The `limit` best candidates in rank order, as hits; records found by text looked up last. */
function select<R extends NamedRecord>(
  pool: Iterable<Candidate<R>>,
  keep: (c: Candidate<R>) => boolean,
  limit: number,
  source: MatchSource<R>,
): SearchHit<R>[] {
  const better = (a: Candidate<R>, b: Candidate<R>) =>
    a.tier - b.tier ||
    b.covered - a.covered ||
    Number(a.name?.whole === 'alias') - Number(b.name?.whole === 'alias') ||
    Number(a.anchor) - Number(b.anchor) ||
    b.size - a.size ||
    b.score - a.score;
  const top: Candidate<R>[] = [];
  if (!Number.isFinite(limit)) {
    // Every result: sort them all.
    for (const c of pool) if (keep(c)) top.push(c);
    top.sort(better);
  } else {
    // The first `limit`: kept in order as they come, most rejected by one comparison.
    for (const c of pool) {
      if (!keep(c)) continue;
      if (top.length >= limit && better(c, top[top.length - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && better(c, top[at - 1]!) < 0) at--;
      top.splice(at, 0, c);
      if (top.length > limit) top.pop();
    }
  }
  return top.flatMap((c) => {
    const record = c.name?.record ?? source.record(c.id);
    if (!record) return [];
    const matched = new Set(c.name?.terms);
    for (const hit of c.text) for (const t of hit?.terms ?? []) matched.add(t);
    return [{ record, tier: c.tier, score: c.score, matched: [...matched] }];
  });
}

/** Both indexes over records held in memory: lists search their own rows with this. */
export function createSearchIndex<R extends SearchRecord>(
  records: readonly R[],
  options?: IndexOptions,
): SearchIndex<R> {
  return searchIndexOf(records, createNameIndex(records, options), createTextIndex(records));
}

/** Waits for the browser between two slices of work (see `buildSearchIndex`). */
export type Pause = () => Promise<void>;

/** Records indexed between two pauses: a few milliseconds of work on a slow phone. */
const SLICE = 200;

/**
 * The same index as `createSearchIndex`, built a slice of records at a time with a pause between
 * slices, so that a long list never holds the page for the whole build: a key pressed meanwhile
 * is answered at the next pause, not after every record is indexed.
 */
export async function buildSearchIndex<R extends SearchRecord>(
  records: readonly R[],
  pause: Pause,
  options?: IndexOptions,
  slice = SLICE,
): Promise<SearchIndex<R>> {
  const names = new MiniSearch(nameOptions);
  const tables = nameTables<R>();
  const text = new MiniSearch(textOptions(() => true));
  for (let start = 0; start < records.length; start += slice) {
    if (start > 0) await pause();
    const part = records.slice(start, start + slice);
    names.addAll(part.map(nameDocument));
    for (const record of part) tables.add(record);
    text.addAll(textDocuments(part));
  }
  return searchIndexOf(records, nameIndex(records, names, tables, options), textIndex(text));
}

function searchIndexOf<R extends SearchRecord>(
  records: readonly R[],
  names: NameIndex<R>,
  text: TextIndex,
): SearchIndex<R> {
  return {
    get size() {
      return records.length;
    },
    search(query, { limit = Infinity } = {}) {
      return rankSearch(
        parseQuery(query),
        {
          names: (q, fuzzy) => names.match(q, fuzzy),
          text: (word, prefix) => text.match(word, prefix),
          record: names.get,
        },
        limit,
      );
    },
  };
}
