/**
 * Build time: the search index, prebuilt and split (docs/decisions/026). Names and descriptions
 * are filed by each word's first letter and grouped into shards of about a target size, so a
 * query downloads the few shards its words need, however large the wiki grows; result details
 * (the snippets) go in buckets by a hash of the record's id. A manifest says where each is.
 */
import { dataKeys } from '../../src/data/data-keys.ts';
import type { WikiIndex } from '../../src/data/wiki-index.ts';
import {
  buildSearchRecords,
  type NameShard,
  type SearchDetail as Detail,
  type SearchDoc,
  type WikiRecord,
} from '../../src/features/search/documents.build.ts';
import { foldWords } from '../../src/lib/fold.ts';
import { createNameIndex, createTextIndex, type TextRecord } from '../../src/lib/search-engine.ts';
import {
  bucketOf,
  prefixOf,
  type SearchManifest,
  type ShardRange,
} from '../../src/lib/search-shards.ts';

/** Raw JSON bytes a shard aims at; gzip takes them to roughly a fifth. */
export const SHARD_TARGET = { names: 120_000, text: 200_000, bucket: 100_000 };

const doc = ({ id, kind, title, aliases, line, href, text }: WikiRecord): SearchDoc => ({
  id,
  kind,
  title,
  aliases,
  line,
  href,
  // An entry of a list page ranks below a page of its own among equals.
  ...(href.includes('#') ? { anchor: true } : {}),
  // Among records found by the same name, the fuller page first: the log2 of its words, coarse
  // so that editing a sentence seldom changes a name shard (which the service worker keeps).
  size: Math.round(Math.log2(1 + foldWords(text).length)),
});

/**
 * The record's words about itself, indexed again beside its whole text, where they count for
 * more: its line (who plays a character, whom an actor plays, which episode this is, a crew
 * member's job) and the first sentence of its first snippet (a summary, or a synopsis's start).
 */
export const leadOf = (r: Pick<WikiRecord, 'line' | 'snippets'>) =>
  `${r.line} ${(r.snippets[0]?.text ?? '').split(/(?<=[.!?])\s/)[0]}`;

/** Groups prefixes, in order, into runs whose sizes add up to about `target` each. */
export function packPrefixes(sizes: Map<string, number>, target: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const prefix of [...sizes.keys()].sort()) {
    const add = sizes.get(prefix)!;
    if (current.length > 0 && size + add > target) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(prefix);
    size += add;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const range = (prefixes: string[], name: string): ShardRange => [
  prefixes[0]!,
  prefixes[prefixes.length - 1]!,
  name,
];

const namePrefixes = (r: WikiRecord) =>
  new Set([r.title, ...r.aliases].flatMap((n) => foldWords(n)).map(prefixOf));

/** The records each group of prefixes holds, in the records' order: one pass over them. */
function membersOf(
  groups: string[][],
  records: readonly WikiRecord[],
  prefixes: (r: WikiRecord) => Iterable<string>,
): WikiRecord[][] {
  const groupOf = new Map(groups.flatMap((g, i) => g.map((p) => [p, i] as const)));
  const members = groups.map((): WikiRecord[] => []);
  for (const r of records) {
    const within = new Set<number>();
    for (const p of prefixes(r)) {
      const i = groupOf.get(p);
      if (i !== undefined) within.add(i);
    }
    for (const i of within) members[i]!.push(r);
  }
  return members;
}

export function buildSearchFiles(index: WikiIndex): Map<string, unknown> {
  const records = buildSearchRecords(index);
  const files = new Map<string, unknown>();
  const manifest: SearchManifest = {
    names: [],
    text: [],
    buckets: 1,
    records: records.length,
    // The kinds whose records are entries of list pages, by the start of their ids ("award").
    anchors: [
      ...new Set(records.filter((r) => r.href.includes('#')).map((r) => r.id.split(':')[0]!)),
    ].sort(),
  };

  // Names: a record sits in the shard of each prefix of its name's words.
  const nameSizes = new Map<string, number>();
  for (const r of records) {
    // The record, and its share of the serialised index, about as much again.
    const size = JSON.stringify(doc(r)).length * 2;
    for (const p of namePrefixes(r)) nameSizes.set(p, (nameSizes.get(p) ?? 0) + size);
  }
  const nameGroups = packPrefixes(nameSizes, SHARD_TARGET.names);
  const nameMembers = membersOf(nameGroups, records, (r) => namePrefixes(r));
  nameGroups.forEach((prefixes, i) => {
    const name = `names-${i + 1}`;
    const docs = nameMembers[i]!.map(doc);
    const shard: NameShard = { records: docs, index: createNameIndex(docs).toJSON() };
    files.set(dataKeys.searchShard(name), shard);
    manifest.names.push(range(prefixes, name));
  });

  // Descriptions: each shard indexes the words whose prefixes it holds. A record's words are
  // folded once and dealt to the shards that file them, so the build grows with the wiki, not
  // with its square; a shard holds only the records with a word in it. The lead (the record's
  // text about itself) is indexed again in a field of its own, where it counts for more.
  const wordsOf = records.map((r) => ({ text: foldWords(r.text), lead: foldWords(leadOf(r)) }));
  const textSizes = new Map<string, number>();
  for (const { text, lead } of wordsOf) {
    for (const w of [...text, ...lead]) {
      const p = prefixOf(w);
      textSizes.set(p, (textSizes.get(p) ?? 0) + w.length + 12);
    }
  }
  const textGroups = packPrefixes(textSizes, SHARD_TARGET.text);
  const groupOf = new Map(textGroups.flatMap((g, i) => g.map((p) => [p, i] as const)));
  const dealt = textGroups.map((): TextRecord[] => []);
  records.forEach((r, k) => {
    const mine = new Map<number, { text: string[]; lead: string[] }>();
    const deal = (w: string, field: 'text' | 'lead') => {
      const i = groupOf.get(prefixOf(w))!;
      let words = mine.get(i);
      if (!words) mine.set(i, (words = { text: [], lead: [] }));
      words[field].push(w);
    };
    for (const w of wordsOf[k]!.text) deal(w, 'text');
    for (const w of wordsOf[k]!.lead) deal(w, 'lead');
    for (const [i, { text, lead }] of mine)
      dealt[i]!.push({ id: r.id, text: text.join(' '), lead: lead.join(' ') });
  });
  textGroups.forEach((prefixes, i) => {
    const name = `text-${i + 1}`;
    files.set(dataKeys.searchShard(name), createTextIndex(dealt[i]!).toJSON());
    manifest.text.push(range(prefixes, name));
  });

  // Details: every record's link, line and snippets, in buckets.
  const details = records.map((r) => ({ doc: doc(r), snippets: r.snippets }));
  const bytes = details.reduce((n, d) => n + JSON.stringify(d).length, 0);
  manifest.buckets = Math.max(1, Math.ceil(bytes / SHARD_TARGET.bucket));
  const buckets = Array.from({ length: manifest.buckets }, () => ({}) as Record<string, Detail>);
  for (const d of details) buckets[bucketOf(d.doc.id, manifest.buckets)]![d.doc.id] = d;
  buckets.forEach((bucket, i) => files.set(dataKeys.searchShard(`details-${i + 1}`), bucket));

  files.set(dataKeys.searchManifest, manifest);
  return files;
}
