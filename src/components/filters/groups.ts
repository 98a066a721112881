/** The filter groups lists share: season (or the film), first volume, role tier. */
import {
  screenParam,
  SCREENS,
  TIER_LABEL,
  TIERS,
  VOLUME_NUMBERS,
  volumeTitle,
} from '../../data/story';
import type { Facet } from '../../lib/facets';
import type { FilterKey, FilterValue, SortValue } from './view-params';

export interface FilterGroupSpec<K extends FilterKey = FilterKey> {
  key: K;
  legend: string;
  options: readonly { value: FilterValue<K>; label: string }[];
}

export const SEASON_GROUP: FilterGroupSpec<'season'> = {
  key: 'season',
  legend: 'Season',
  options: SCREENS.map((s) => ({ value: s.param, label: s.short })),
};

export const VOLUME_GROUP: FilterGroupSpec<'volume'> = {
  key: 'volume',
  legend: 'First volume',
  options: VOLUME_NUMBERS.map((n) => ({
    value: String(n) as FilterValue<'volume'>,
    label: volumeTitle(n),
  })),
};

export const ROLE_GROUP: FilterGroupSpec<'role'> = {
  key: 'role',
  legend: 'Role',
  options: TIERS.map((t) => ({
    value: t,
    label: TIER_LABEL[t][0]!.toUpperCase() + TIER_LABEL[t].slice(1),
  })),
};

export const LIST_SORTS: { value: SortValue; label: string }[] = [
  { value: 'match', label: 'Leads first (best match when searching)' },
  { value: 'name', label: 'A–Z' },
  { value: 'first', label: 'First appearance' },
];

/** What a cast or character row needs for the shared groups to filter it. */
export interface FacetRow {
  screens: readonly number[];
  firstVolume?: number | undefined;
  tier?: (typeof ROLE_GROUP.options)[number]['value'] | null | undefined;
}

/** The facets behind SEASON_GROUP, VOLUME_GROUP and ROLE_GROUP, for any row that has them. */
export function rowFacets<T extends FacetRow>(): Facet<T>[] {
  return [
    { key: 'season', values: (row) => row.screens.flatMap((s) => screenParam(s) ?? []) },
    {
      key: 'volume',
      values: (row) =>
        row.firstVolume !== undefined ? [String(row.firstVolume) as FilterValue<'volume'>] : [],
    },
    { key: 'role', values: (row) => (row.tier ? [row.tier] : []) },
  ];
}

/** The options of each group, for counting. */
export function groupOptions(groups: readonly FilterGroupSpec[]): Record<string, string[]> {
  return Object.fromEntries(groups.map((g) => [g.key, g.options.map((o) => o.value)]));
}
