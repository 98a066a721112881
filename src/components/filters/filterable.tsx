/**
 * A list the reader can search, filter, sort and page through, with its view in the URL.
 *
 * The search field is there on a plain visit, inside the page: a plain GET form (`?q=`) that
 * works before the app starts, and filters in place once it has. The matching engine loads on
 * the first keystroke (use-text-match.ts). The facets and the sort stay behind "More filters",
 * whose code loads when asked for, or at once when the address already carries them.
 *
 * A long list's page holds only its first rows (the prerendered HTML stays small at any wiki
 * size); `onWantAll` asks for the rest as soon as the reader searches, filters, sorts or pages,
 * so filters always work on the whole list (docs/decisions/024).
 */
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Form, Link, useLocation } from 'react-router-dom';
import { LIST_PAGE_SIZE } from '../../data/data-keys';
import { plural } from '../../lib/text';
import type { FacetPanelProps } from './facet-panel';
import { EmptyResults } from './empty-results';
import { useFilteredList, type ListSpec } from './use-filtered-list';
import { activeFilterCount, EMPTY_VIEW, serialiseViewParams, type SortValue } from './view-params';
import { ViewSearchField } from './view-search-field';

const loadPanel = () => import('./facet-panel');
const FacetPanel = lazy(loadPanel) as unknown as ComponentType<FacetPanelProps>;

export interface FilterableText {
  /** The search field's label; no field without one. */
  searchLabel?: string;
  sorts?: readonly { value: SortValue; label: string }[];
  /** What the list holds, one and many: ['character', 'characters']. */
  noun: readonly [string, string];
}

export interface FilterableProps<T> {
  /** The rows on hand: the first page of a long list, or all of it. */
  items: readonly T[];
  /** How many rows the whole list has. */
  total?: number;
  /** Asks for the whole list; called once the reader searches, filters, sorts or pages. */
  onWantAll?: () => void;
  spec: ListSpec<T>;
  text: FilterableText;
  /** Names to suggest when nothing matches the search text. */
  names?: (item: T) => { name: string; aliases?: readonly string[] };
  /** Lists without pages (the release record keeps its own order) show every match. */
  paged?: boolean;
  render: (shown: T[], controls: ReactNode) => ReactNode;
}

export function Filterable<T>({
  items,
  total = items.length,
  onWantAll,
  spec,
  text,
  names,
  paged = true,
  render,
}: FilterableProps<T>) {
  const list = useFilteredList(items, spec);
  const { view, hydrated, setView } = list;
  const { pathname } = useLocation();
  const complete = items.length >= total;
  const facetsInUse = spec.groups.some((g) => view[g.key].length > 0) || view.sort !== 'match';
  const [open, setOpen] = useState(false);
  const panelOpen = open || facetsInUse;
  const viewing = activeFilterCount(view) > 0 || view.sort !== 'match' || view.page > 1;

  useEffect(() => {
    if (viewing && !complete) onWantAll?.();
  }, [viewing, complete, onWantAll]);

  const matched = list.items;
  const count = complete ? matched.length : total;
  const pages = paged ? Math.max(1, Math.ceil(count / LIST_PAGE_SIZE)) : 1;
  const page = Math.min(view.page, pages);
  const shown = paged ? matched.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE) : matched;
  const waiting = !complete && viewing;

  const controls = (
    <div className="filters-bar">
      {text.searchLabel && (
        <Form
          method="get"
          action={pathname}
          role="search"
          aria-label={text.searchLabel}
          className="filters-bar__search"
          onSubmit={(event) => {
            // With the app running, the list already follows the field.
            if (hydrated) event.preventDefault();
          }}
        >
          <ViewSearchField
            label={text.searchLabel}
            value={view.q}
            hydrated={hydrated}
            onFocus={() => {
              onWantAll?.();
              void import('../../lib/search-engine');
            }}
            onType={(q) => setView((v) => ({ ...v, q, page: 1 }), 'replace')}
          />
          {!hydrated && (
            <button type="submit" className="button button--quiet">
              Search
            </button>
          )}
        </Form>
      )}
      {spec.groups.length > 0 && (
        <div className="filters-toggle">
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={panelOpen}
            disabled={!hydrated}
            onPointerEnter={() => void loadPanel()}
            onFocus={() => void loadPanel()}
            onClick={() => {
              onWantAll?.();
              setOpen(!panelOpen);
            }}
          >
            More filters
          </button>
        </div>
      )}
      {panelOpen && hydrated && (
        <Suspense fallback={null}>
          <FacetPanel
            view={view}
            setView={setView}
            groups={spec.groups}
            counts={list.counts}
            {...(text.sorts ? { sorts: text.sorts } : {})}
          />
        </Suspense>
      )}
      <p role="status" className="result-count">
        {waiting || list.pending
          ? `Loading all ${plural(total, text.noun[0], text.noun[1])}…`
          : countLine(shown.length, count, matched.length, total, page, pages, text.noun)}
        {activeFilterCount(view) > 0 && ` · ${plural(activeFilterCount(view), 'filter')} in use`}
      </p>
      {activeFilterCount(view) > 0 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setView(() => EMPTY_VIEW, 'push')}
        >
          Clear all
        </button>
      )}
      {complete && matched.length === 0 && (
        <EmptyResults
          noun={text.noun[1]}
          suggestions={names ? closest(view.q, items, names) : []}
          setView={setView}
        />
      )}
    </div>
  );

  return (
    <>
      {render(shown, controls)}
      {pages > 1 && (
        <Pager page={page} pages={pages} pathname={pathname} view={view} noun={text.noun[1]} />
      )}
    </>
  );
}

function countLine(
  onPage: number,
  count: number,
  matched: number,
  total: number,
  page: number,
  pages: number,
  noun: readonly [string, string],
): string {
  if (pages > 1) {
    const first = (page - 1) * LIST_PAGE_SIZE + 1;
    return `Showing ${first}–${first + onPage - 1} of ${plural(count, noun[0], noun[1])}`;
  }
  return matched === total
    ? `Showing all ${plural(total, noun[0], noun[1])}`
    : `Showing ${matched} of ${plural(total, noun[0], noun[1])}`;
}

function closest<T>(
  query: string,
  items: readonly T[],
  names: (item: T) => { name: string; aliases?: readonly string[] },
): string[] {
  if (!query.trim()) return [];
  // Suggestions need the fuzzy matcher; it is small, and only an empty result reaches here.
  return closestNamesSync(query, items.map(names));
}

import { closestNames as closestNamesSync } from '../../lib/fuzzy';

/** Page links: plain links to `?page=n`, so they work before the app starts and can be shared. */
function Pager({
  page,
  pages,
  pathname,
  view,
  noun,
}: {
  page: number;
  pages: number;
  pathname: string;
  view: typeof EMPTY_VIEW;
  noun: string;
}) {
  const href = (n: number) => {
    const query = serialiseViewParams({ ...view, page: n });
    return query ? `${pathname}?${query}` : pathname;
  };
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      {page > 1 && (
        <Link to={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      )}
      <ol className="pager__pages">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <Link to={href(n)} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages && (
        <Link to={href(page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
