/**
 * A list the reader can search, filter, sort and page through, with its view in the URL
 * (docs/decisions/024).
 *
 * On a plain visit the search field is there inside the page, as a GET form (`?q=`) that works
 * before the app starts, beside "More filters" and the first page of rows. What filtering takes
 * (the view in the URL, the matching engine, facets and counts: full-list.tsx) loads on the
 * first focus, keystroke or click, or at once when the address already carries a view, and
 * then takes the field's place with the letters typed and the focus kept, as the header search
 * does.
 *
 * A long list's page holds only its first rows, so its HTML stays small at any wiki size;
 * `onWantAll` asks for the rest as soon as the reader searches, filters, sorts or pages, so
 * filters always work on the whole list.
 */
import { useEffect, useId, useRef, useState, type ComponentType, type RefObject } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Facet } from '../../lib/facets';
import type { SearchRecord } from '../../lib/search-engine';
import { useHydrated } from '../../lib/use-hydrated';
import { GetForm } from '../get-form';
import type { Handoff } from './full-list';
import type { FilterGroupSpec } from './groups';
import { countLine, MoreFilters, pageOf, type FilterableText, type Render } from './list-basics';
import type { ViewKey } from './view-params';

export type { FilterableText };

export interface ListSpec<T> {
  keys: readonly ViewKey[];
  groups: readonly FilterGroupSpec[];
  facets: readonly Facet<T>[];
  /** Stable (module-level) functions, so the search index is built once. */
  toRecord: (item: T) => SearchRecord;
  order: { id: (item: T) => string; name: (item: T) => string; first: (item: T) => number };
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
  render: Render<T>;
}

type FullListType = ComponentType<
  FilterableProps<unknown> & { handoff: Handoff; plainField: RefObject<HTMLInputElement | null> }
>;
const loadFull = () => import('./full-list');
/** Once loaded, the full list stays loaded, even if the page is rendered afresh. */
let loadedFull: FullListType | undefined;

export function Filterable<T>(props: FilterableProps<T>) {
  const hydrated = useHydrated();
  const { pathname, search } = useLocation();
  const [Full, setFull] = useState<FullListType | undefined>(() => loadedFull);
  const field = useRef<HTMLInputElement>(null);
  const [handoff, setHandoff] = useState<Handoff>({
    typed: '',
    focus: false,
    panel: false,
    toggleFocus: false,
  });
  const requested = useRef(false);
  const { onWantAll } = props;

  const fetchFull = () => {
    if (requested.current) return;
    requested.current = true;
    onWantAll?.();
    void loadFull().then((m) => {
      loadedFull = m.default as FullListType;
      setFull(() => loadedFull);
    });
  };
  const load = (change: Partial<Handoff> = {}) => {
    setHandoff((h) => ({ ...h, ...change }));
    fetchFull();
  };

  // An address that carries a view (a search, a filter, another page) needs the full list.
  const hasView = hydrated && search.length > 1;
  useEffect(() => {
    if (hasView) fetchFull();
    // `fetchFull` only starts work once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasView]);

  if (Full)
    return <Full {...(props as FilterableProps<unknown>)} handoff={handoff} plainField={field} />;
  return (
    <PlainList {...props} loading={hasView} onEngage={load} pathname={pathname} field={field} />
  );
}

/** The list as the page was built: its first page of rows, a plain search form, page links. */
function PlainList<T>({
  items,
  total = items.length,
  spec,
  text,
  paged = true,
  render,
  loading,
  onEngage,
  pathname,
  field,
}: FilterableProps<T> & {
  loading: boolean;
  onEngage: (change?: Partial<Handoff>) => void;
  pathname: string;
  field: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const { shown, pages } = pageOf(items, total, 1, paged);
  const controls = (
    <div className="filters-bar">
      {text.searchLabel && (
        <GetForm
          action={pathname}
          role="search"
          aria-label={text.searchLabel}
          className="filters-bar__search"
          onSubmit={(event) => event.preventDefault()}
        >
          <div className="field">
            <label htmlFor={id}>{text.searchLabel}</label>
            <input
              ref={field}
              id={id}
              type="search"
              name="q"
              className="field__input"
              autoComplete="off"
              onFocus={() => onEngage({ focus: true })}
              onChange={(event) => onEngage({ typed: event.target.value, focus: true })}
            />
          </div>
          {!hydrated && (
            <button type="submit" className="button button--quiet">
              Search
            </button>
          )}
        </GetForm>
      )}
      {spec.groups.length > 0 && (
        <MoreFilters
          open={false}
          disabled={!hydrated}
          onPrepare={() => void loadFull()}
          onToggle={() => onEngage({ panel: true, toggleFocus: true })}
        />
      )}
      <p role="status" className="result-count">
        {loading
          ? `Loading all ${text.noun[1]}…`
          : countLine(
              { onPage: shown.length, count: total, matched: total, total, page: 1, pages },
              text.noun,
            )}
      </p>
    </div>
  );
  return (
    <>
      {render(shown, controls)}
      {pages > 1 && (
        <nav className="pager" aria-label={`Pages of ${text.noun[1]}`}>
          <ol className="pager__pages">
            {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === 1 ? (
                  <span aria-current="page">1</span>
                ) : (
                  <Link to={`${pathname}?page=${n}`} aria-label={`Page ${n}`}>
                    {n}
                  </Link>
                )}
              </li>
            ))}
          </ol>
          <Link to={`${pathname}?page=2`} rel="next">
            Next →
          </Link>
        </nav>
      )}
    </>
  );
}
