/**
 * What filtering a list takes, loaded when the reader first engages a list (a keystroke, a focus,
 * "More filters") or at once when the address carries a view: the URL's view (read, written,
 * cleaned), facets and their counts, the order, and the nearest names when nothing matches.
 * Pure functions only, so the always-mounted list (filterable.tsx) calls them in its own hooks
 * once they are here. Text matching is a separate, larger module (text-match.ts), loaded through
 * `matcherQuery` once the reader turns to the search field or there is text to match.
 */
import type { MutableRefObject } from 'react';
import type { NavigateFunction } from 'react-router-dom';
import type { SearchRecord } from '../../lib/search-engine';
import { applyFacets, facetCounts, orderItems } from '../../lib/facets';
import type { ListSpec } from './filterable';
import { groupOptions } from './groups';
import {
  activeFilterCount,
  cleanedSearch,
  EMPTY_VIEW,
  serialiseViewParams,
  type ViewKey,
  type ViewState,
} from './view-params';

export { closestNames } from '../../lib/fuzzy';
export { EmptyResults } from './empty-results';
export { EMPTY_VIEW, parseViewParams, serialiseViewParams, toggleFilter } from './view-params';

/** A number for each list of rows and each way to read them, so that a query key can name them. */
const ids = new WeakMap<object, number>();
let count = 0;
function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++count));
  return id;
}

/**
 * The query that loads the text matcher's code and builds a list's matcher once `enabled`: kept
 * for the visit, keyed by the rows it indexes.
 */
export function matcherQuery<T>(
  items: readonly T[],
  toRecord: (item: T) => SearchRecord,
  enabled: boolean,
) {
  return {
    queryKey: ['text-matcher', idOf(items), idOf(toRecord)],
    queryFn: () => import('./text-match').then((m) => m.textMatcher(items, toRecord)),
    staleTime: Infinity,
    enabled,
  };
}

export interface ListResult<T> {
  /** The items to show, in order (before paging). */
  items: T[];
  /** For each group, how many results each option would give. */
  counts: Record<string, Record<string, number>>;
  /** Whether any filter, search text or sort is in force. */
  filtering: boolean;
  /** How many filters (and search text) are in force: "2 filters in use". */
  active: number;
  /** Whether a facet or the sort is chosen: the panel then stays open. */
  facetsInUse: boolean;
}

/**
 * Filters, counts and orders the whole list for a view. `ranked` is the text match (record id →
 * rank), or null when there is no search text. Until the reader filters or sorts, the list keeps
 * the order the page gave it.
 */
export function computeList<T>(
  items: readonly T[],
  spec: ListSpec<T>,
  view: ViewState,
  ranked: ReadonlyMap<string, number> | null,
): ListResult<T> {
  const active = activeFilterCount(view);
  const filtering = active > 0 || view.sort !== EMPTY_VIEW.sort;
  const facetsInUse = spec.groups.some((g) => view[g.key].length > 0) || view.sort !== 'match';
  const matching = ranked ? items.filter((item) => ranked.has(spec.order.id(item))) : items;
  const selection = Object.fromEntries(spec.groups.map((g) => [g.key, view[g.key]]));
  const counts = facetCounts(matching, spec.facets, selection, groupOptions(spec.groups));
  const common = { counts, filtering, active, facetsInUse };
  if (!filtering) return { items: [...items], ...common };
  return {
    items: orderItems(applyFacets(matching, spec.facets, selection), view.sort, spec.order, ranked),
    ...common,
  };
}

/** Moves to another view: `push` for a choice Back should undo, `replace` while typing. */
export function writeView(
  navigate: NavigateFunction,
  pathname: string,
  view: ViewState,
  mode: 'push' | 'replace',
): void {
  void navigate(
    { pathname, search: serialiseViewParams(view) },
    { replace: mode === 'replace', preventScrollReset: true, flushSync: mode === 'push' },
  );
}

/**
 * Keeps the address and the field in step, after every render of a list whose view is known:
 * - a bad address is replaced by its cleaned form;
 * - letters typed before the app arrived (`pending`) go into the address once;
 * - neither while a navigation is on its way (`idle()` is asked at that moment: a tap on a link
 *   may have come after this render), so the reader's own navigation is never replaced;
 * - the field follows the address on Back, Forward or a pushed change ("Clear all"), and at
 *   hydration when the address carried a search; while the reader types (replace), it leads.
 */
export function settle({
  navigate,
  location,
  keys,
  view,
  idle,
  replaced,
  field,
  pending,
  synced,
}: {
  navigate: NavigateFunction;
  location: { pathname: string; search: string; hash: string; key: string };
  keys: readonly ViewKey[];
  view: ViewState;
  idle: () => boolean;
  replaced: boolean;
  field: HTMLInputElement | null;
  pending: MutableRefObject<string | null>;
  synced: MutableRefObject<string | null>;
}): void {
  const { pathname, search, hash, key } = location;
  const clean = cleanedSearch(search, keys);
  if (clean !== null || pending.current !== null) {
    // A later render, once the navigation is over (or this page is gone), tries again.
    if (!idle()) return;
  }
  if (clean !== null) {
    void navigate({ pathname, search: clean, hash }, { replace: true, preventScrollReset: true });
    return;
  }
  const typed = pending.current;
  if (typed !== null) {
    pending.current = null;
    if (typed !== view.q) writeView(navigate, pathname, { ...view, q: typed, page: 1 }, 'replace');
    return;
  }
  if (!field || synced.current === key) return;
  const first = synced.current === null;
  synced.current = key;
  if ((first || !replaced) && field.value !== view.q && !(first && field.value !== ''))
    field.value = view.q;
}
