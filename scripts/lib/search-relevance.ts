/**
 * The judged relevance set (tests/search/judged-queries.json) against the wiki's search: each
 * query runs as the results page runs it (the shards the build writes, read by the browser's
 * search client) and is scored on the order the page shows, its first page. `npm run bench:search` reports the
 * figures; tests/unit/search-relevance.test.ts holds them above a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexContent } from '../../src/data/wiki-index.ts';
import { createSearchClient } from '../../src/features/search/search-client.ts';
import { RESULT_LIMIT, RESULT_PAGE } from '../../src/features/search/results.ts';
import { buildSearchFiles } from '../compile/search.ts';
import { loadCheckedContent } from './load-content.ts';

export interface JudgedQuery {
  q: string;
  category: string;
  /** The record id expected first. */
  first: string;
  /** The other record ids acceptable among the first three shown. */
  top3: string[];
  why?: string;
}

export interface Outcome {
  query: JudgedQuery;
  /** Ids of the results shown, in order. */
  shown: string[];
  /** Position of the expected result among those shown, from 1; 0 if absent. */
  rank: number;
  at1: boolean;
  at3: boolean;
}

export interface Relevance {
  queries: number;
  success1: number;
  success3: number;
  mrr: number;
  outcomes: Outcome[];
}

export const JUDGED_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'tests',
  'search',
  'judged-queries.json',
);

export const MISSES_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'tests',
  'search',
  'judged-misses.json',
);

/** Why each judged query the search misses is missed, by query. */
export function missReasons(file = MISSES_FILE): Record<string, string> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { misses: Record<string, string> }).misses;
}

export function judgedQueries(file = JUDGED_FILE): JudgedQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/** Scores one query on the ids shown for it. */
export function judge(query: JudgedQuery, shown: readonly string[]): Outcome {
  const rank = shown.indexOf(query.first) + 1;
  const acceptable = new Set([query.first, ...query.top3]);
  const top = shown.slice(0, 3);
  return {
    query,
    shown: [...shown],
    rank,
    at1: rank === 1,
    at3: rank >= 1 && rank <= 3 && top.every((id) => acceptable.has(id)),
  };
}

export function summarise(outcomes: readonly Outcome[]): Relevance {
  const n = outcomes.length;
  const share = (f: (o: Outcome) => boolean) => outcomes.filter(f).length / n;
  return {
    queries: n,
    success1: share((o) => o.at1),
    success3: share((o) => o.at3),
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    outcomes: [...outcomes],
  };
}

/** The real wiki's search, as the results page runs it: ids shown for a query, in order. */
export function realResultsPage(): (query: string) => Promise<string[]> {
  const content = loadCheckedContent();
  const files = buildSearchFiles(indexContent(content));
  const client = createSearchClient(async (key) => {
    if (!files.has(key)) throw new Error(`No search file ${key}`);
    return files.get(key);
  });
  return async (query) => {
    await client.load(query, { full: true });
    const hits = client.search(query, RESULT_LIMIT);
    const visible = await client.resolve(hits.slice(0, RESULT_PAGE));
    return visible.map((hit) => hit.record.id);
  };
}

export async function measureRelevance(
  queries: readonly JudgedQuery[] = judgedQueries(),
  search = realResultsPage(),
): Promise<Relevance> {
  const outcomes: Outcome[] = [];
  for (const query of queries) outcomes.push(judge(query, await search(query.q)));
  return summarise(outcomes);
}
