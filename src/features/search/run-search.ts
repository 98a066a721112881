/**
 * A search as the results page runs it, loaded with the search's code rather than with the page.
 * `findResults` ranks the hits as soon as the shards the query's words need have loaded (the
 * names, kept offline by the service worker, and the descriptions, downloaded at once: if only
 * the descriptions fail, the names are searched alone). For a reader with a spoiler level, a
 * record found only by its text is kept only where text they have reached holds the words
 * (snippets.ts). `withSnippets` then fetches what the hits shown need: the records found only by
 * description, and the text shown under each.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Progress } from '../../lib/reveal';
import { resultStatus } from './result-status';
import { RESULT_LIMIT, type Results } from './results';
import { searchClient } from './search-client';
import { foundByText, snippetFor, snippetsWithin, withinLevel } from './snippets';

export async function findResults(
  queryClient: QueryClient,
  {
    query,
    count,
    attempt,
    level,
  }: { query: string; count: number; attempt: number; level: string },
): Promise<Results> {
  const client = searchClient(queryClient);
  const progress = JSON.parse(level) as Progress | null;
  const full = client.load(query, { full: true }).then(
    () => true,
    () => false,
  );
  await client.load(query);
  const described = await full;
  const found = client.search(query, RESULT_LIMIT);
  const byText = foundByText(found);
  const { hits, pastLevel } =
    progress && byText.length > 0
      ? withinLevel(
          await client.resolve(found),
          await client.details(byText.map((h) => h.record.id)),
          query,
          progress,
        )
      : { hits: found, pastLevel: 0 };
  const failed = described ? undefined : ('text' as const);
  return {
    query,
    attempt,
    level,
    ...(failed ? { failed } : {}),
    hits,
    visible: hits.slice(0, count).filter((h) => h.record.href),
    snippets: new Map(),
    closest: hits.length === 0 && pastLevel === 0 ? client.closest(query) : [],
    pending: hits.length > 0,
    status: resultStatus(query, hits.length, failed, pastLevel),
    pastLevel,
  };
}

export async function withSnippets(
  queryClient: QueryClient,
  results: Results,
  count: number,
): Promise<Results> {
  const client = searchClient(queryClient);
  const progress = JSON.parse(results.level) as Progress | null;
  const visible = await client.resolve(results.hits.slice(0, count));
  const details = await client.details(visible.map((h) => h.record.id));
  // Only text the reader has reached is shown under a result.
  const snippets = new Map(
    visible.map((h) => [
      h.record.id,
      snippetFor(
        h,
        snippetsWithin(details.get(h.record.id)?.snippets ?? [], progress),
        results.query,
      ),
    ]),
  );
  return { ...results, visible, snippets, pending: false };
}
