/**
 * The full results page, /search?q=…: every match in rank order (src/lib/search-engine.ts), with
 * the matched letters marked and a text of the record's own under it (snippets.ts); a text from a
 * spoiler-tagged fact is gated. Without JavaScript it says that search needs it and offers the
 * lists and every page A to Z; with it, results follow the typing, and a failed download says so.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
import type { SearchDoc, Snippet } from './documents';
import { RESULT_PAGE, SEARCH_FAILED, type Results } from './results';

const EXAMPLES = ['nic', 'charlei', 'stephane fry', 'volume 6'];
const searchHref = (q: string) => paths.search.href(serialiseViewParams({ ...EMPTY_VIEW, q }));

export function SearchPage() {
  const { view, hydrated, setView } = useViewParams(['q']);
  const query = view.q.trim();
  const [shown, setShown] = useState({ query, count: RESULT_PAGE });
  const count = shown.query === query ? shown.count : RESULT_PAGE;
  // "Try again" after a failed download asks afresh.
  const [attempt, setAttempt] = useState(0);
  // What the reader's spoiler level allows; null: everything. Before a choice, nothing tagged.
  const prefs = usePreferences();
  const level = prefs.chosen ? prefs.progress : NOTHING_YET;
  const results = useSearchResults(query, count, attempt, level);
  const current =
    results &&
    results.query === query &&
    results.attempt === attempt &&
    results.level === JSON.stringify(level)
      ? results
      : null;
  const hits = current?.hits ?? [];
  const visible = current?.visible ?? [];
  const searching = query !== '' && !current;

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
        {!query || searching ? '' : current?.status}
      </p>
      {current?.failed && (
        <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
          Try again
        </button>
      )}

      {!query && (
        <p>
          Try <Links names={EXAMPLES} last="or" />.
        </p>
      )}

      {current && query && hits.length === 0 && !current.pastLevel && current.failed !== 'all' && (
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

const loadRun = () => import('./run-search');

/**
 * The results for a query (run-search.ts, loaded with the search): shown as soon as the shards
 * its words need have loaded; then what else the hits shown need (the records found only by
 * description, the snippets), so the first result never waits on them. The empty page, the one
 * prerendered, downloads none of the search.
 */
function useSearchResults(
  query: string,
  count: number,
  attempt: number,
  progress: Progress | null,
): Results | null {
  const queryClient = useQueryClient();
  const [results, setResults] = useState<Results | null>(null);
  const level = JSON.stringify(progress);
  useEffect(() => {
    if (!query) return;
    let live = true;
    void loadRun()
      .then((run) => run.findResults(queryClient, { query, count, attempt, level }))
      .catch(() => failedResults({ query, attempt, level }))
      .then((found) => {
        // Snippets already fetched for this query stay while "Show more" fetches the rest.
        if (live)
          setResults((before) =>
            before?.query === query && before.level === level
              ? { ...found, snippets: before.snippets }
              : found,
          );
      });
    return () => {
      live = false;
    };
  }, [query, count, attempt, level, queryClient]);

  useEffect(() => {
    if (!results?.pending) return;
    let live = true;
    void loadRun()
      .then((run) => run.withSnippets(queryClient, results, count))
      .catch(() => ({ ...results, pending: false }))
      .then((done) => {
        if (live) setResults(done);
      });
    return () => {
      live = false;
    };
  }, [results, count, queryClient]);
  return results;
}

/** Not even the names could be downloaded (or the search's code): say so, never "no results". */
const failedResults = (of: Pick<Results, 'query' | 'attempt' | 'level'>): Results => ({
  ...of,
  failed: 'all',
  hits: [],
  visible: [],
  snippets: new Map(),
  closest: [],
  pending: false,
  status: SEARCH_FAILED,
  pastLevel: 0,
});

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
