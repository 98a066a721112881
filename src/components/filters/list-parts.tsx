/** The loaded list's search form and page links (full-list.tsx). */
import type { RefObject } from 'react';
import { Link } from 'react-router-dom';
import { GetForm } from '../get-form';
import type { ViewParams } from './use-view-params';
import { serialiseViewParams, type ViewState } from './view-params';
import { ViewSearchField } from './view-search-field';

/** The search form: a GET form to the page itself, which filters in place once the app runs. */
export function SearchForm({
  label,
  params,
  pathname,
  initial,
  takeFrom,
  focus = false,
}: {
  label: string;
  params: ViewParams;
  pathname: string;
  /** Text typed into the plain field before this one took its place. */
  initial?: string;
  /** The plain field itself, whose text at the swap is the latest. */
  takeFrom?: RefObject<HTMLInputElement | null>;
  /** Whether the plain field had the focus, which this one then takes. */
  focus?: boolean;
}) {
  const { view, hydrated, setView } = params;
  return (
    <GetForm
      action={pathname}
      role="search"
      aria-label={label}
      className="filters-bar__search"
      onSubmit={(event) => {
        // With the app running, the list already follows the field.
        if (hydrated) event.preventDefault();
      }}
    >
      <ViewSearchField
        label={label}
        value={view.q}
        hydrated={hydrated}
        {...(initial ? { initial } : {})}
        {...(takeFrom ? { takeFrom } : {})}
        focus={focus}
        onType={(q) => setView((v) => ({ ...v, q, page: 1 }), 'replace')}
      />
      {!hydrated && (
        <button type="submit" className="button button--quiet">
          Search
        </button>
      )}
    </GetForm>
  );
}

/** Page links: plain links to `?page=n`, so they work before the app starts and can be shared. */
export function Pager({
  page,
  pages,
  pathname,
  view,
  noun,
}: {
  page: number;
  pages: number;
  pathname: string;
  view: ViewState;
  noun: string;
}) {
  if (pages <= 1) return null;
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
