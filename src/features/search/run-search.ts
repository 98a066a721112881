/**
 * A search as the results page runs it, loaded with the search's code rather than with the page
 * (search-page.tsx asks for it through a query). `findHits` ranks the hits as soon as the shards
 * the query's words need have loaded: the names (kept offline by the service worker) and the
 * descriptions, downloaded at once; if only the descriptions fail, the names are searched alone,
 * and if the names fail too, it rejects: never "no results". For a reader with a spoiler level, a
 * record found only by its text is kept only where text they have reached holds the words
 * (snippets.ts). `showHits` then fetches what the hits shown need: the records found only by
 * description, and the text shown under each, from reached text only.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { SearchHit } from '../../lib/search-engine';
import type { Progress } from '../../lib/reveal';
import type { SearchDoc } from './documents.build';
import { resultStatus } from './result-status';
import { RESULT_LIMIT, type Found, type Shown } from './results';
import { searchClient } from './search-client';
import { foundByText, snippetFor, snippetsWithin, withinLevel } from './snippets';

export async function findHits(
  queryClient: QueryClient,
  query: string,
  level: Progress | null,
): Promise<Found> {
  const client = searchClient(queryClient);
  const full = client.load(query, { full: true }).then(
    () => true,
    () => false,
  );
  await client.load(query);
  const described = await full;
  const found = client.search(query, RESULT_LIMIT);
  const byText = foundByText(found);
  const { hits, pastLevel } =
    level && byText.length > 0
      ? withinLevel(
          await client.resolve(found),
          await client.details(byText.map((h) => h.record.id)),
          query,
          level,
        )
      : { hits: found, pastLevel: 0 };
  const failed = described ? undefined : ('text' as const);
  return {
    ...(failed ? { failed } : {}),
    hits,
    closest: hits.length === 0 && pastLevel === 0 ? client.closest(query) : [],
    status: resultStatus(query, hits.length, failed, pastLevel),
    pastLevel,
  };
}

export async function showHits(
  queryClient: QueryClient,
  query: string,
  hits: readonly SearchHit<SearchDoc>[],
  count: number,
  level: Progress | null,
): Promise<Shown> {
  const client = searchClient(queryClient);
  const visible = await client.resolve(hits.slice(0, count));
  const details = await client.details(visible.map((h) => h.record.id));
  return {
    visible,
    snippets: new Map(
      visible.map((h) => [
        h.record.id,
        snippetFor(h, snippetsWithin(details.get(h.record.id)?.snippets ?? [], level), query),
      ]),
    ),
  };
}
