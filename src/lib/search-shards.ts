/**
 * How the search index is split into files (docs/decisions/026). Names and descriptions are
 * filed by each word's first two letters; runs of neighbouring prefixes make up a shard of about
 * a target size, and the manifest lists each shard with the first and last prefix it holds. A
 * query downloads the shards its words' prefixes fall in. Result details (links, snippets) sit
 * in buckets by a hash of the record's id. The build writes these; the browser fetches only
 * what a query needs.
 */

/** One shard: the prefixes `from`…`to` (inclusive, in code-unit order) and its file's name. */
export type ShardRange = [from: string, to: string, name: string];

export interface SearchManifest {
  names: ShardRange[];
  text: ShardRange[];
  /** How many detail buckets there are. */
  buckets: number;
  /** Records in the whole index. */
  records: number;
  /**
   * The starts of the ids (before ":") of records that are entries of list pages, which rank
   * below pages of their own among equals: the text shards do not say it of each record.
   */
  anchors?: string[];
}

/** The prefix a folded word is filed under: its first two characters. */
export function prefixOf(word: string): string {
  return word.slice(0, 2);
}

/**
 * The shards that may hold words starting with `word`: one for a word of two letters or more;
 * every shard in the range for a single letter.
 */
export function shardsFor(ranges: readonly ShardRange[], word: string): string[] {
  if (!word) return [];
  const p = prefixOf(word);
  if (p.length >= 2) return ranges.filter(([from, to]) => from <= p && p <= to).map((r) => r[2]);
  const last = `${p}\uffff`;
  return ranges.filter(([from, to]) => to >= p && from <= last).map((r) => r[2]);
}

/** FNV-1a: a small, stable hash, the same at build time and in the browser. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function bucketOf(id: string, buckets: number): number {
  return buckets <= 1 ? 0 : hashString(id) % buckets;
}
