/**
 * The full results page, /search?q=…: every match in rank order (src/lib/search-engine.ts), with
 * the matched letters marked and a text of the record's own under it (snippets.ts); a text from a
 * spoiler-tagged fact is gated. Without JavaScript it says that search needs it and offers the
 * lists and every page A to Z; with it, results follow the typing, and a failed download says so.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { GetForm } from '../../components/get-form';
import { Gated } from '../../components/gated';
import { Highlight } from '../../components/highlight';
import { PageHead } from '../../components/page-head';
import { useViewParams } from '../../components/filters/use-view-params';
import { ViewSearchField } from '../../components/filters/view-search-field';
import { navigation, paths } from '../../config/paths';
import type { SearchHit } from '../../lib/search-engine';
import { EMPTY_VIEW, serialiseViewParams } from '../../components/filters/view-params';
import { usePreferences } from '../../data/use-preferences';
import { NOTHING_YET, type Progress } from '../../lib/reveal';
import type { SearchDoc, Snippet } from './documents.build';
import { RESULT_PAGE, SEARCH_FAILED, type Found, type Shown } from './results';

const EXAMPLES = ['nic', 'charlei', 'stephane fry', 'volume 6'];
const searchHref = (q: string) => paths.search.href(serialiseViewParams({ ...EMPTY_VIEW, q }));

export function SearchPage() {
  const { view, hydrated, setView } = useViewParams(['q']);
  const query = view.q.trim();
  const [shown, setShown] = useState({ query, count: RESULT_PAGE });
  const count = shown.query === query ? shown.count : RESULT_PAGE;
  // What the reader's spoiler level allows; null: everything. Before a choice, nothing tagged.
  const prefs = usePreferences();
  const level = prefs.chosen ? prefs.progress : NOTHING_YET;
  const {
    results: current,
    failed: nothingLoaded,
    refetch,
  } = useSearchResults(query, count, level);
  // Not even the names could be downloaded: say so, never "no results".
  const failed = nothingLoaded ? ('all' as const) : current?.failed;
  const hits = current?.hits ?? [];
  const visible = current?.visible ?? [];
  const searching = query !== '' && !current && !nothingLoaded;

  return (
    <article className="page">
      <PageHead title="Search" shareLabel="Share this search" />
      <NoScriptNotice />
      <GetForm
        action={paths.search.href()}
        role="search"
        aria-label="Search the wiki"
        className="search-form"
        onSubmit={(event) => {
          // With JavaScript the results already follow the field.
          if (hydrated) event.preventDefault();
        }}
      >
        <ViewSearchField
          label="Search people, characters, books, seasons and the release record"
          value={view.q}
          hydrated={hydrated}
          onType={(q) => setView((v) => ({ ...v, q }), 'replace')}
          hint="Half a name is enough, and typos are forgiven."
        />
      </GetForm>

      <p role="status" className="result-count">
        {!query || searching ? '' : failed === 'all' ? SEARCH_FAILED : current?.status}
      </p>
      {failed && (
        <button type="button" className="button" onClick={refetch}>
          Try again
        </button>
      )}

      {!query && (
        <p>
          Try <Links names={EXAMPLES} last="or" />.
        </p>
      )}

      {current && query && hits.length === 0 && !current.pastLevel && (
        <DidYouMean names={current.closest} />
      )}

      {visible.length > 0 && (
        <ol className="result-list" aria-label={`Results for “${query}”`}>
          {visible.map((hit) => (
            <ResultItem
              key={hit.record.id}
              hit={hit}
              query={query}
              snippet={current?.snippets.get(hit.record.id)}
            />
          ))}
        </ol>
      )}
      {hits.length > count && (
        <button
          type="button"
          className="button"
          onClick={() => setShown({ query, count: count + RESULT_PAGE })}
        >
          Show {Math.min(RESULT_PAGE, hits.length - count)} more results
        </button>
      )}
    </article>
  );
}

interface Results extends Found, Shown {
  query: string;
}

/** The search's code (run-search.ts), as a query: loaded once a visit, when there is something to search. */
const runCode = {
  queryKey: ['code', 'run-search'],
  queryFn: () => import('./run-search'),
  staleTime: Infinity,
  gcTime: Infinity,
} as const;

/**
 * The results for a query at the reader's level, as two queries: `['search', q, level]` shows
 * them as soon as the shards its words need have loaded (run-search.ts); only once those names
 * are on screen does `['search', q, level, 'shown', count]` fetch what else the hits shown need
 * (the records found only by description, the snippets), so the first result never waits on
 * them. The empty page, the one prerendered, downloads none of the search. `refetch` searches
 * again after a failed download.
 */
function useSearchResults(
  query: string,
  count: number,
  level: Progress | null,
): { results: Results | null; failed: boolean; refetch: () => void } {
  const levelKey = JSON.stringify(level);
  const found = useQuery({
    queryKey: ['search', query, levelKey] as const,
    queryFn: async ({ client, queryKey: [, q, key] }) =>
      (await client.ensureQueryData(runCode)).findHits(
        client,
        q,
        JSON.parse(key) as Progress | null,
      ),
    enabled: query !== '',
    retry: false,
    // A search that could not read everything is asked afresh next time.
    staleTime: (q) => (q.state.data?.failed ? 0 : Infinity),
  });
  const hits = found.data?.hits;
  const shown = useQuery({
    queryKey: ['search', query, levelKey, 'shown', count] as const,
    queryFn: async ({ client, queryKey: [, q, key, , n] }) =>
      (await client.ensureQueryData(runCode)).showHits(
        client,
        q,
        // The hits the first query found, for the same words and level.
        client.getQueryData<Found>(['search', q, key])?.hits ?? [],
        n,
        JSON.parse(key) as Progress | null,
      ),
    enabled: found.isSuccess && !found.isFetching && (hits?.length ?? 0) > 0,
    retry: false,
    // Snippets already fetched for this query stay while "Show more" fetches the rest.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === query && previousQuery.queryKey[2] === levelKey
        ? previous
        : undefined,
  });
  const refetch = () => void found.refetch();
  if (!query || found.isFetching) return { results: null, failed: false, refetch };
  if (!found.data) return { results: null, failed: found.isError, refetch };
  return {
    results: {
      query,
      ...found.data,
      // "Show more" shows the next names at once; their records and texts follow.
      visible:
        shown.data && !shown.isPlaceholderData
          ? shown.data.visible
          : found.data.hits.slice(0, count).filter((h) => h.record.href),
      snippets: shown.data?.snippets ?? new Map(),
    },
    failed: false,
    refetch,
  };
}

function ResultItem({
  hit,
  query,
  snippet,
}: {
  hit: SearchHit<SearchDoc>;
  query: string;
  /** Its text (snippets.ts); undefined while it loads. */
  snippet: Snippet | undefined;
}) {
  return (
    <li className="result">
      <Link to={hit.record.href} className="result__title">
        <Highlight text={hit.record.title} query={query} matched={hit.matched} />
      </Link>
      <span className="result__line">{hit.record.line}</span>
      {snippet && (
        <Gated reveal={snippet.reveal} as="p" className="result__snippet">
          <Highlight text={snippet.text} query={query} matched={hit.matched} />
        </Gated>
      )}
    </li>
  );
}

/**
 * Without JavaScript the search cannot run (its index is searched in the browser), and the
 * address's query never reaches this prerendered page: say so, and offer the way round.
 */
function NoScriptNotice() {
  return (
    <noscript>
      <div className="notice">
        <p>
          <strong>Search needs JavaScript</strong>, which is off in this browser, so nothing can be
          searched here.
        </p>
        <p>
          Every page is listed by name in{' '}
          <Link to={paths.searchIndex.href()}>Every page, A to Z</Link>. Or browse the lists:{' '}
          <Links names={navigation} last="and" />.
        </p>
      </div>
    </noscript>
  );
}

function DidYouMean({ names }: { names: readonly string[] }) {
  if (names.length === 0) return <p>Check the spelling, or try fewer words.</p>;
  return (
    <p>
      Did you mean <Links names={names} last="or" />?
    </p>
  );
}

/** Links in a sentence, "a, b or c": searches for words, or pages by their labels. */
function Links({
  names,
  last,
}: {
  names: readonly (string | { label: string; href: string })[];
  last: 'or' | 'and';
}) {
  return names.map((name, i) => {
    const { label, href } =
      typeof name === 'string' ? { label: name, href: searchHref(name) } : name;
    return (
      <span key={href}>
        {i > 0 && (i === names.length - 1 ? ` ${last} ` : ', ')}
        <Link to={href}>{label}</Link>
      </span>
    );
  });
}
