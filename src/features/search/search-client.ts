/**
 * The search in the browser, over the index the build serialised and split by first letter
 * (docs/decisions/026). A query fetches the manifest, then only the name shards its words are
 * filed under: the header's suggestions need nothing more. Descriptions and result details come
 * from further shards, loaded when the results page (or a query no name matches) asks.
 *
 * `load` fetches what a query needs; the searches are then synchronous over what is loaded.
 * One client per QueryClient, so the header and the results page share what they fetched.
 */
import type { QueryClient } from '@tanstack/react-query';
import { dataKeys } from '../../data/data-keys';
import { pageQuery } from '../../data/queries';
import { closestNames } from '../../lib/fuzzy';
import {
  loadNameIndex,
  loadTextIndex,
  parseQuery,
  queryWords,
  rankSearch,
  type NameIndex,
  type NameMatch,
  type ParsedQuery,
  type SearchHit,
  type TextIndex,
  type TextMatches,
} from '../../lib/search-engine';
import { bucketOf, shardsFor, type SearchManifest } from '../../lib/search-shards';
import type { NameShard, SearchDetail, SearchDoc, Snippet } from './documents.build';

export interface SearchClient {
  /** Fetches what `query` needs: its name shards, and with `full` its text shards too. */
  load(query: string, options?: { full?: boolean }): Promise<void>;
  /** Name hits, best first, from the shards loaded. */
  names(query: string, limit?: number): SearchHit<SearchDoc>[];
  /** Name hits, then records whose descriptions hold every word (needs `load(q, {full})`). */
  search(query: string, limit?: number): SearchHit<SearchDoc>[];
  /** Fetches the details of these records: their links and snippets. */
  details(ids: readonly string[]): Promise<Map<string, SearchDetail>>;
  /** The hits with every record known: fetches the details of those found only by description. */
  resolve(hits: readonly SearchHit<SearchDoc>[]): Promise<SearchHit<SearchDoc>[]>;
  /** The names nearest to a query that found nothing, from the shards loaded. */
  closest(query: string): string[];
}

const clients = new WeakMap<QueryClient, SearchClient>();

export function searchClient(queryClient: QueryClient): SearchClient {
  let client = clients.get(queryClient);
  if (!client) {
    client = createSearchClient((key) => queryClient.ensureQueryData(pageQuery(key)));
    clients.set(queryClient, client);
  }
  return client;
}

export function createSearchClient(fetchKey: (key: string) => Promise<unknown>): SearchClient {
  let manifest: Promise<SearchManifest> | undefined;
  const nameShards = new Map<string, NameIndex<SearchDoc>>();
  const textShards = new Map<string, TextIndex>();
  const details = new Map<string, SearchDetail>();
  const pending = new Map<string, Promise<void>>();

  // A failed download is forgotten, so that trying again downloads again.
  const getManifest = () =>
    (manifest ??= (fetchKey(dataKeys.searchManifest) as Promise<SearchManifest>).catch(
      (error: unknown) => {
        manifest = undefined;
        throw error;
      },
    ));
  const once = (name: string, load: () => Promise<void>) => {
    let p = pending.get(name);
    if (!p) {
      p = load().catch((error: unknown) => {
        pending.delete(name);
        throw error;
      });
      pending.set(name, p);
    }
    return p;
  };
  const loadShard = (name: string, kind: 'names' | 'text') =>
    once(name, async () => {
      const json = await fetchKey(dataKeys.searchShard(name));
      if (kind === 'names') {
        const shard = json as NameShard;
        nameShards.set(name, loadNameIndex(shard.records, shard.index));
      } else textShards.set(name, loadTextIndex(json as never));
    });

  let known: SearchManifest | undefined;
  const shardNames = (ranges: SearchManifest['names'], query: string) => [
    ...new Set(queryWords(query).flatMap((w) => shardsFor(ranges, w))),
  ];
  const namesFor = (query: string) =>
    known ? shardNames(known.names, query).flatMap((n) => nameShards.get(n) ?? []) : [];

  /** Name matches from every shard the query's words are filed under, one per record. */
  const nameMatches = (query: string, parsed: ParsedQuery, fuzzy: boolean) => {
    const found = new Map<string, NameMatch<SearchDoc>>();
    for (const shard of namesFor(query)) {
      for (const [id, match] of shard.match(parsed, fuzzy)) {
        const seen = found.get(id);
        if (!seen || match.score > seen.score) found.set(id, match);
      }
    }
    return found;
  };

  function names(query: string, limit = Infinity): SearchHit<SearchDoc>[] {
    const parsed = parseQuery(query);
    return rankSearch(
      parsed,
      { names: (q, fuzzy) => nameMatches(query, q, fuzzy), record: () => undefined },
      limit,
    );
  }

  const recordOf = (id: string): SearchDoc | undefined => {
    for (const shard of nameShards.values()) {
      const r = shard.get(id);
      if (r) return r;
    }
    return details.get(id)?.doc;
  };

  return {
    async load(query, { full = false } = {}) {
      known = await getManifest();
      const wanted = shardNames(known.names, query).map((n) => loadShard(n, 'names'));
      if (full) wanted.push(...shardNames(known.text, query).map((n) => loadShard(n, 'text')));
      await Promise.all(wanted);
    },
    names,
    search(query, limit = Infinity) {
      const parsed = parseQuery(query);
      if (parsed.words.length === 0) return [];
      const m = known;
      // A word's text shard; a one-letter word (the last, being typed) may span several.
      const text = (word: string, prefix: boolean): TextMatches => {
        const shards = m ? shardsFor(m.text, word).flatMap((n) => textShards.get(n) ?? []) : [];
        return (
          (shards.length <= 1 ? shards[0] : joinText(shards))?.match(word, prefix) ?? new Map()
        );
      };
      // A description hit whose details are not loaded yet gets a placeholder until they are.
      const placeholder = (id: string): SearchDoc => ({
        id,
        kind: id.split(':')[0] as SearchDoc['kind'],
        title: '',
        aliases: [],
        line: '',
        href: '',
      });
      return rankSearch(
        parsed,
        {
          names: (q, fuzzy) => nameMatches(query, q, fuzzy),
          text,
          record: (id) => recordOf(id) ?? placeholder(id),
          anchor: (id) => m?.anchors?.includes(id.slice(0, id.indexOf(':'))) ?? false,
        },
        limit,
      );
    },
    async details(ids) {
      const m = await getManifest();
      const buckets = [...new Set(ids.map((id) => bucketOf(id, m.buckets)))];
      await Promise.all(
        buckets.map((b) =>
          once(`details-${b + 1}`, async () => {
            const bucket = (await fetchKey(dataKeys.searchShard(`details-${b + 1}`))) as Record<
              string,
              SearchDetail
            >;
            for (const [id, detail] of Object.entries(bucket)) details.set(id, detail);
          }),
        ),
      );
      return new Map(ids.flatMap((id) => (details.has(id) ? [[id, details.get(id)!]] : [])));
    },
    async resolve(hits) {
      const missing = hits.filter((h) => !h.record.href).map((h) => h.record.id);
      const found = missing.length > 0 ? await this.details(missing) : new Map();
      return hits.flatMap((h) => {
        if (h.record.href) return [h];
        const doc = found.get(h.record.id)?.doc;
        return doc ? [{ ...h, record: doc }] : [];
      });
    },
    closest(query) {
      const all = namesFor(query).flatMap((s) => s.records());
      return closestNames(
        query,
        all.map((r) => ({ name: r.title, aliases: r.aliases })),
      );
    },
  };
}

/** Several text shards as one, for a word that spans them. */
function joinText(shards: readonly TextIndex[]): TextIndex {
  return {
    match(word, prefix) {
      const out: TextMatches = new Map();
      for (const shard of shards)
        for (const [id, hit] of shard.match(word, prefix)) out.set(id, hit);
      return out;
    },
    toJSON: () => {
      throw new Error('A joined index is not serialised.');
    },
  };
}

export type { Snippet };
