/**
 * The one reader and writer of a list or search view's URL parameters:
 *
 *   q        the search text (at most MAX_QUERY_LENGTH characters)
 *   season   1, 2, 3, film          (repeatable: ?season=1&season=2)
 *   volume   1–6                    (repeatable)
 *   role     main, recurring, guest (repeatable)
 *   type     event, prediction      (repeatable)
 *   verdict  right, close, wrong, unverifiable (repeatable)
 *   sort     match (the default: best match while searching, else the leads first on the
 *            cast and character lists and A–Z elsewhere), name (A–Z), first (first appearance)
 *   page     2, 3, … (a long list's page; 1 is the default)
 *
 * The season, volume, role and verdict values come from the story's rules (data/story.ts),
 * which derive them from the content.
 *
 * Parsing never throws. Unknown keys, values outside these lists, repeats of a value and keys the
 * page does not use are dropped; an overlong query is cut. `serialiseViewParams` writes a view in
 * one canonical form (keys and values in the order above, defaults left out), so comparing the
 * address bar with it tells whether the URL needs cleaning.
 */

import { OUTCOMES, SCREENS, TIERS, VOLUME_NUMBERS } from '../../data/story';
import { MAX_QUERY_LENGTH } from '../../config/site';

export const FILTER_VALUES = {
  season: SCREENS.map((s) => s.param),
  volume: VOLUME_NUMBERS.map(String),
  role: TIERS,
  type: ['event', 'prediction'],
  verdict: OUTCOMES,
} as const satisfies Record<string, readonly string[]>;

export const SORT_VALUES = ['match', 'name', 'first'] as const;

export type FilterKey = keyof typeof FILTER_VALUES;
export type FilterValue<K extends FilterKey> = (typeof FILTER_VALUES)[K][number];
export type SortValue = (typeof SORT_VALUES)[number];
export type ViewKey = 'q' | FilterKey | 'sort' | 'page';

export const FILTER_KEYS = Object.keys(FILTER_VALUES) as FilterKey[];
export const VIEW_KEYS: readonly ViewKey[] = ['q', ...FILTER_KEYS, 'sort', 'page'];
export { MAX_QUERY_LENGTH };

export type ViewFilters = { [K in FilterKey]: FilterValue<K>[] };

export interface ViewState extends ViewFilters {
  q: string;
  sort: SortValue;
  /** The page of a long list, from 1. */
  page: number;
}

export const EMPTY_VIEW: ViewState = {
  q: '',
  season: [],
  volume: [],
  role: [],
  type: [],
  verdict: [],
  sort: 'match',
  page: 1,
};

/** The highest page number a URL may ask for; beyond the list's end a page is simply empty. */
export const MAX_PAGE = 10_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** A query as the URL may carry it: no control characters or broken UTF-16, at most the limit. */
export function cleanQuery(value: string): string {
  const clean = value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' ');
  const chars = Array.from(clean);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('') : clean;
}

function toParams(input: string | URLSearchParams): URLSearchParams {
  if (typeof input !== 'string') return input;
  try {
    return new URLSearchParams(input);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads a view from a query string; `keys` are the parameters this page understands. */
export function parseViewParams(
  input: string | URLSearchParams,
  keys: readonly ViewKey[] = VIEW_KEYS,
): ViewState {
  const params = toParams(input);
  const view: ViewState = { ...EMPTY_VIEW };
  if (keys.includes('q')) view.q = cleanQuery(params.get('q') ?? '');
  for (const key of FILTER_KEYS) {
    if (!keys.includes(key)) continue;
    const given = new Set(params.getAll(key));
    const allowed: readonly string[] = FILTER_VALUES[key];
    (view as unknown as Record<FilterKey, string[]>)[key] = allowed.filter((v) => given.has(v));
  }
  if (keys.includes('sort')) {
    const sort = params.get('sort');
    view.sort = SORT_VALUES.find((s) => s === sort) ?? EMPTY_VIEW.sort;
  }
  if (keys.includes('page')) {
    const page = params.get('page') ?? '';
    view.page = /^[1-9]\d{0,4}$/.test(page) ? Math.min(Number(page), MAX_PAGE) : 1;
  }
  return view;
}

/** Writes a view as a query string without the "?", in canonical form; "" for the default view. */
export function serialiseViewParams(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  for (const key of FILTER_KEYS) {
    const chosen = new Set<string>(view[key]);
    for (const value of FILTER_VALUES[key]) if (chosen.has(value)) params.append(key, value);
  }
  if (view.sort !== EMPTY_VIEW.sort) params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params.toString();
}

/** The query string a URL should have instead, or null when it is already clean. */
export function cleanedSearch(search: string, keys: readonly ViewKey[] = VIEW_KEYS): string | null {
  const current = search.replace(/^\?/, '');
  const clean = serialiseViewParams(parseViewParams(current, keys));
  return clean === current ? null : clean;
}

/** Adds or removes one filter value. */
export function toggleFilter<K extends FilterKey>(
  view: ViewState,
  key: K,
  value: FilterValue<K>,
): ViewState {
  const current = view[key] as FilterValue<K>[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const order: readonly string[] = FILTER_VALUES[key];
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  // A new selection starts from its first page.
  return { ...view, [key]: next, page: 1 };
}

/** How many filters and how much search text are in force (the sort does not count). */
export function activeFilterCount(view: ViewState): number {
  return FILTER_KEYS.reduce((n, key) => n + view[key].length, view.q.trim() ? 1 : 0);
}
