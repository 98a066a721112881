/**
 * A list the reader can search, filter, sort and page through, with its view in the URL
 * (docs/decisions/011 and 059).
 *
 * One field, always mounted: the search field, "More filters", the count and the page links are
 * there from the first paint, as plain HTML that works before the app starts (a GET form to
 * `?q=`, page links). What filtering takes (the URL's view, facets and counts, the order:
 * list-engine.ts; the text matcher: text-match.ts) loads through React Query on the first focus,
 * keystroke or click, or at once when the address already carries a view. Nothing is swapped
 * when it arrives, so letters typed and the focus stay where they are by construction.
 *
 * A long list's page holds only its first rows, so its HTML stays small at any wiki size;
 * `onWantAll` asks for the rest as soon as the reader searches, filters, sorts or pages, so
 * filters always work on the whole list.
 */
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { useLocation, useNavigate, useNavigation, useNavigationType } from 'react-router-dom';
import type { Facet } from '../../lib/facets';
import type { SearchRecord } from '../../lib/search-engine';
import { useHydrated } from '../../lib/use-hydrated';
import { GetForm } from '../get-form';
import { useRouterIdle } from '../router-idle';
import type { FacetPanelProps } from './facet-panel';
import type { FilterGroupSpec } from './groups';
import { MAX_QUERY_LENGTH } from '../../config/site';
import { countLine, pageOf, type FilterableText, type Render } from './list-basics';
import type * as ListEngine from './list-engine';
import type { ViewKey, ViewState } from './view-params';

export type { FilterableText };

export interface ListSpec<T> {
  keys: readonly ViewKey[];
  groups: readonly FilterGroupSpec[];
  facets: readonly Facet<T>[];
  /** Stable (module-level) functions, so the search index is built once. */
  toRecord: (item: T) => SearchRecord;
  order: {
    id: (item: T) => string;
    name: (item: T) => string;
    first: (item: T) => number;
    /** Prominence, 0 first: the default order when there is no search text. */
    lead?: (item: T) => number;
  };
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

/** The code that filters, as queries: loaded once, kept for the visit, shared by every list. */
const engineQuery = {
  queryKey: ['code', 'list-engine'],
  queryFn: () => import('./list-engine'),
  staleTime: Infinity,
  gcTime: Infinity,
} as const;

const FacetPanel = lazy(() => import('./facet-panel')) as unknown as ComponentType<FacetPanelProps>;
/**
 * Only lists longer than a page have page links: their code is a chunk of its own, which a
 * prerendered page hydrates once it has arrived (its links work as plain links meanwhile).
 */
const Pager = lazy(() => import('./pager'));

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
  const hydrated = useHydrated();
  const id = useId();
  const { pathname, search, key: locationKey, hash } = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const navigationType = useNavigationType();
  const field = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // Engaged: the reader has focused, typed or asked for filters ('text': turned to the search
  // field, which also wants the text matcher). With a view in the address the engine is wanted
  // at once.
  const [engaged, setEngaged] = useState<boolean | 'text'>(false);
  const [open, setOpen] = useState(false);
  const hasView = hydrated && search.length > 1;
  const queryClient = useQueryClient();
  const engine = useQuery({ ...engineQuery, enabled: !!engaged || hasView }).data as
    typeof ListEngine | undefined;

  // While a change of view is on its way (the route's loader re-runs), show the view being
  // moved to, so a ticked box stays ticked.
  const shownSearch =
    navigation.location?.pathname === pathname ? navigation.location.search : search;
  // Every list pages: `page` is always one of its keys.
  const keyList = [...spec.keys, 'page'].join(',');
  const view: ViewState | null = useMemo(
    () =>
      engine && hydrated
        ? engine.parseViewParams(shownSearch, keyList.split(',') as ViewKey[])
        : null,
    [engine, hydrated, shownSearch, keyList],
  );
  const setView = (next: (current: ViewState) => ViewState, mode: 'push' | 'replace') => {
    if (engine && view) engine.writeView(navigate, pathname, next(view), mode);
  };

  // Letters typed before the app arrived count once it has (the engine applies them); so does
  // a press of "More filters" that came before a deferred part's code (the early script marks
  // it: React does not replay a click on a part still waiting for its code).
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (hydrated && toggle.current?.hasAttribute('data-clicked')) {
      toggle.current.removeAttribute('data-clicked');
      setOpen(true);
      setEngaged(true);
    }
    const typed = field.current?.value ?? '';
    if (!hydrated || typed === '' || engine) return;
    pending.current = typed;
    void queryClient.prefetchQuery(engineQuery);
    // Only at hydration: afterwards every change arrives through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);
  // After every render, the engine keeps the address and the field in step (list-engine.ts).
  const synced = useRef<string | null>(null);
  // Asked when settle acts, not at this render (router-idle.tsx): a tap on a link always wins.
  const idle = useRouterIdle(navigation.state === 'idle');
  useEffect(() => {
    if (engine && view)
      engine.settle({
        navigate,
        location: { pathname, search, hash, key: locationKey },
        keys: keyList.split(',') as ViewKey[],
        view,
        idle,
        replaced: navigationType === 'REPLACE',
        field: field.current,
        pending,
        synced,
      });
  });

  // Text matching: its code loads and its index is built (in slices, between which the page
  // answers keys) once the reader turns to the field, so the first letter finds it ready.
  const needText = Boolean(view?.q.trim());
  const matcher =
    useQuery(
      engine?.matcherQuery(items, spec.toRecord, needText || engaged === 'text') ?? {
        queryKey: [],
        queryFn: skipToken,
      },
    ).data ?? null;
  const ranked = useMemo(
    () => (view && needText && matcher ? matcher.rank(view.q.trim()) : null),
    [matcher, view, needText],
  );
  const result: ListEngine.ListResult<T> | null = useMemo(
    () => (engine && view ? engine.computeList(items, spec, view, ranked) : null),
    [engine, view, items, spec, ranked],
  );

  const complete = items.length >= total;
  const filtering = result?.filtering ?? false;
  const needAll = filtering || (view?.page ?? 1) > 1 || engaged || open;
  useEffect(() => {
    if (needAll && !complete) onWantAll?.();
  }, [needAll, complete, onWantAll]);

  const textPending = needText && !matcher;
  const waiting = (hasView && !view) || (needAll && !complete) || (filtering && textPending);
  const matched = result?.items ?? items;
  const count = complete ? matched.length : total;
  const { shown, pages, page } = pageOf(matched, count, view?.page ?? 1, paged);
  const active = result?.active ?? 0;
  const panelOpen = hydrated && (open || Boolean(result?.facetsInUse));

  // Engaging re-renders the list in a transition, which asks for the engine: the focus, tap or
  // key that engaged it paints first, before the engine's code is run.
  const engage = () => startTransition(() => setEngaged((was) => was || true));
  const controls = (
    <div className="filters-bar">
      {text.searchLabel && (
        <GetForm
          action={pathname}
          role="search"
          aria-label={text.searchLabel}
          className="filters-bar__search"
          onSubmit={(event) => {
            // With the app running, the list already follows the field.
            if (hydrated) event.preventDefault();
          }}
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
              maxLength={MAX_QUERY_LENGTH}
              onFocus={() => startTransition(() => setEngaged('text'))}
              onChange={(event) => {
                const value = event.target.value;
                if (view) setView((v) => ({ ...v, q: value, page: 1 }), 'replace');
                else {
                  pending.current = value;
                  engage();
                }
              }}
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
        <div className="filters-toggle">
          <button
            ref={toggle}
            type="button"
            data-replay=""
            className="button button--quiet"
            aria-expanded={panelOpen}
            onPointerEnter={engage}
            onFocus={engage}
            onClick={(event) => {
              event.currentTarget.removeAttribute('data-clicked');
              engage();
              // In the same transition: the tap paints first, then the panel is drawn.
              startTransition(() => setOpen(!panelOpen));
            }}
          >
            More filters
          </button>
        </div>
      )}
      {panelOpen && view && result && (
        <Suspense fallback={null}>
          <FacetPanel
            view={view}
            setView={(next, mode) => {
              // A choice in the panel keeps it open, even when it clears the last filter.
              if (!open) setOpen(true);
              setView(next, mode);
            }}
            groups={spec.groups}
            counts={result.counts}
            {...(text.sorts ? { sorts: text.sorts } : {})}
          />
        </Suspense>
      )}
      <p role="status" className="result-count">
        {/* Waiting with every row here means the code or index to filter them is on its way. */}
        {waiting
          ? `${complete ? 'Finding' : 'Loading all'} ${text.noun[1]}…`
          : countLine(
              { onPage: shown.length, count, matched: matched.length, total, page, pages },
              text.noun,
            )}
        {active > 0 && ` · ${active} ${active === 1 ? 'filter' : 'filters'} in use`}
      </p>
      {active > 0 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            // The button goes with the filters: the focus moves to "More filters".
            toggle.current?.focus();
            // The filters stay on screen, cleared, if they were showing.
            setOpen(panelOpen);
            setView(() => engine!.EMPTY_VIEW, 'push');
          }}
        >
          Clear all
        </button>
      )}
      {engine && view && !waiting && filtering && matched.length === 0 && (
        <engine.EmptyResults
          noun={text.noun[1]}
          view={view}
          suggestions={names && view.q.trim() ? engine.closestNames(view.q, items.map(names)) : []}
          setView={setView}
        />
      )}
    </div>
  );

  const pageHref = (n: number) => {
    const query =
      engine && view ? engine.serialiseViewParams({ ...view, page: n }) : n > 1 ? `page=${n}` : '';
    return query ? `${pathname}?${query}` : pathname;
  };
  return (
    <>
      {render(waiting && filtering ? [] : shown, controls)}
      {pages > 1 && (
        <Suspense fallback={null}>
          <Pager page={page} pages={pages} href={pageHref} noun={text.noun[1]} />
        </Suspense>
      )}
    </>
  );
}
