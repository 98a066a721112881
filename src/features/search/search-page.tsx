/**
 * The full results page, /search?q=…: every match in rank order (src/lib/search-engine.ts), with
 * the matched letters marked and a line of context (results.ts). Context from a spoiler-tagged
 * fact is gated. It works as a plain GET form without JavaScript; with it, results follow the
 * typing.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { GetForm } from '../../components/get-form';
import { Gated } from '../../components/gated';
import { Highlight } from '../../components/highlight';
import { PageHead } from '../../components/page-head';
import { useViewParams } from '../../components/filters/use-view-params';
import { ViewSearchField } from '../../components/filters/view-search-field';
import { paths } from '../../config/paths';
import type { SearchHit } from '../../lib/search-engine';
import { EMPTY_VIEW, serialiseViewParams } from '../../components/filters/view-params';
import type { SearchDetail, SearchDoc, Snippet } from './documents';
import { RESULT_LIMIT, RESULT_PAGE, resultStatus, snippetFor, type SearchFailure } from './results';

const EXAMPLES = ['nic', 'charlei', 'stephane fry', 'volume 6'];
const searchHref = (q: string) => paths.search.href(serialiseViewParams({ ...EMPTY_VIEW, q }));

export function SearchPage() {
  const { view, hydrated, setView } = useViewParams(['q']);
  const query = view.q.trim();
  const [shown, setShown] = useState({ query, count: RESULT_PAGE });
  const count = shown.query === query ? shown.count : RESULT_PAGE;
  // "Try again" after a failed download asks afresh.
  const [attempt, setAttempt] = useState(0);
  const results = useSearchResults(query, count, attempt);
  const current =
    results && results.query === query && results.attempt === attempt ? results : null;
  const hits = current?.hits ?? [];
  const visible = current?.visible ?? [];
  const searching = query !== '' && !current;

  return (
    <article className="page">
      <PageHead title="Search" shareLabel="Share this search" />
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
        {!query || searching ? '' : resultStatus(query, hits.length, current?.failed)}
      </p>
      {current?.failed && (
        <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
          Try again
        </button>
      )}

      {!query && (
        <p>
          Try{' '}
          {EXAMPLES.map((q, i) => (
            <span key={q}>
              {i > 0 && (i === EXAMPLES.length - 1 ? ' or ' : ', ')}
              <Link to={searchHref(q)}>{q}</Link>
            </span>
          ))}
          .
        </p>
      )}

      {current && query && hits.length === 0 && current.failed !== 'all' && (
        <DidYouMean names={current.closest} />
      )}

      {visible.length > 0 && (
        <ol className="result-list" aria-label={`Results for “${query}”`}>
          {visible.map((hit) => (
            <ResultItem
              key={hit.record.id}
              hit={hit}
              query={query}
              snippets={current?.details.get(hit.record.id)?.snippets}
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

interface Results {
  query: string;
  attempt: number;
  /** What could not be downloaded, if anything. */
  failed?: SearchFailure;
  /** Every hit, best first (records found by description may not be known yet). */
  hits: SearchHit<SearchDoc>[];
  /** The first `count` hits, each with its record. */
  visible: SearchHit<SearchDoc>[];
  /** Links and snippets of the hits shown, as they arrive. */
  details: Map<string, SearchDetail>;
  closest: string[];
  /** Whether the records found only by description and the snippets are still to come. */
  pending: boolean;
}

const loadClient = async (queryClient: QueryClient) =>
  (await import('./search-client')).searchClient(queryClient);

/**
 * The results for a query: shown as soon as the shards its words need have loaded
 * (search-client.ts). Only once those names are on screen does it fetch what else the hits
 * shown need (the records found only by description, the snippets), so the first result never
 * waits on them. The empty page, the one prerendered, downloads none of the search.
 */
function useSearchResults(query: string, count: number, attempt: number): Results | null {
  const queryClient = useQueryClient();
  const [results, setResults] = useState<Results | null>(null);
  useEffect(() => {
    if (!query) return;
    let live = true;
    void (async () => {
      const client = await loadClient(queryClient);
      // The names first: what the header searches, kept by the service worker for offline
      // use. Then the descriptions: if they cannot be downloaded, the names are searched alone.
      await client.load(query);
      const described = await client.load(query, { full: true }).then(
        () => true,
        () => false,
      );
      const hits = client.search(query, RESULT_LIMIT);
      const visible = hits.slice(0, count).filter((h) => h.record.href);
      const closest = hits.length === 0 ? client.closest(query) : [];
      // Snippets already fetched for this query stay while "Show more" fetches the rest.
      if (live)
        setResults((before) => ({
          query,
          attempt,
          ...(described ? {} : { failed: 'text' as const }),
          hits,
          visible,
          details: before?.query === query ? before.details : new Map(),
          closest,
          pending: hits.length > 0,
        }));
    })().catch(() => {
      // Not even the names could be downloaded: say so, never "no results".
      if (live)
        setResults({
          query,
          attempt,
          failed: 'all',
          hits: [],
          visible: [],
          details: new Map(),
          closest: [],
          pending: false,
        });
    });
    return () => {
      live = false;
    };
  }, [query, count, attempt, queryClient]);

  useEffect(() => {
    if (!results?.pending) return;
    let live = true;
    void (async () => {
      const client = await loadClient(queryClient);
      const visible = await client.resolve(results.hits.slice(0, count));
      const details = await client.details(visible.map((h) => h.record.id));
      if (live) setResults({ ...results, visible, details, pending: false });
    })().catch(() => {
      if (live) setResults({ ...results, pending: false });
    });
    return () => {
      live = false;
    };
  }, [results, count, queryClient]);
  return results;
}

function ResultItem({
  hit,
  query,
  snippets,
}: {
  hit: SearchHit<SearchDoc>;
  query: string;
  /** Undefined while they load. */
  snippets: readonly Snippet[] | undefined;
}) {
  const snippet = snippets && snippetFor(hit, snippets, query);
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

function DidYouMean({ names }: { names: readonly string[] }) {
  if (names.length === 0) return <p>Check the spelling, or try fewer words.</p>;
  return (
    <p>
      Did you mean{' '}
      {names.map((name, i) => (
        <span key={name}>
          {i > 0 && (i === names.length - 1 ? ' or ' : ', ')}
          <Link to={searchHref(name)}>{name}</Link>
        </span>
      ))}
      ?
    </p>
  );
}
