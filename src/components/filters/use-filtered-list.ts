/**
 * Everything a filterable list needs from its URL: the view, the items that pass the search
 * text and every filter group, in the chosen order, and each option's count.
 */
import { useMemo } from 'react';
import { applyFacets, facetCounts, orderItems, type Facet } from '../../lib/facets';
import type { SearchRecord } from '../../lib/search-engine';
import type { ViewKey } from './view-params';
import { groupOptions } from './groups';
import type { FilterGroupSpec } from './groups';
import { useTextMatch } from './use-text-match';
import { useViewParams, type ViewParams } from './use-view-params';

export interface ListSpec<T> {
  keys: readonly ViewKey[];
  groups: readonly FilterGroupSpec[];
  facets: readonly Facet<T>[];
  /** Stable (module-level) functions, so the search index is built once. */
  toRecord: (item: T) => SearchRecord;
  order: { id: (item: T) => string; name: (item: T) => string; first: (item: T) => number };
}

export interface FilteredList<T> extends ViewParams {
  items: T[];
  counts: Record<string, Record<string, number>>;
  /** True while the search engine loads for the first search text. */
  pending: boolean;
}

export function useFilteredList<T>(all: readonly T[], spec: ListSpec<T>): FilteredList<T> {
  const params = useViewParams([...spec.keys, 'page']);
  const { view } = params;
  const { ranked, pending } = useTextMatch(all, spec.toRecord, view.q);
  const result = useMemo(() => {
    const matching = ranked ? all.filter((item) => ranked.has(spec.order.id(item))) : all;
    const selection = {
      season: view.season,
      volume: view.volume,
      role: view.role,
      type: view.type,
      verdict: view.verdict,
    };
    const filtered = applyFacets(matching, spec.facets, selection);
    return {
      items: orderItems(filtered, view.sort, spec.order, ranked),
      counts: facetCounts(matching, spec.facets, selection, groupOptions(spec.groups)),
    };
  }, [all, ranked, view, spec]);
  return { ...params, ...result, pending };
}
