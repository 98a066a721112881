/** The filter groups lists share: season (or the film), first volume, role tier. */
import { SCREENS, TIER_LABEL, VOLUME_NUMBERS } from '../../data/constants';
import type { Facet } from '../../lib/facets';
import type { FilterValue, SortValue } from '../../lib/view-params';
import type { FilterGroupSpec } from './list-filters';

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
    label: `Volume ${n}`,
  })),
};

export const ROLE_GROUP: FilterGroupSpec<'role'> = {
  key: 'role',
  legend: 'Role',
  options: (['main', 'recurring', 'guest'] as const).map((t) => ({
    value: t,
    label: TIER_LABEL[t][0]!.toUpperCase() + TIER_LABEL[t].slice(1),
  })),
};

export const LIST_SORTS: { value: SortValue; label: string }[] = [
  { value: 'match', label: 'Best match, then A–Z' },
  { value: 'name', label: 'A–Z' },
  { value: 'first', label: 'First appearance' },
];

/** The URL value of a screen number: "1"–"3", or "film" for 4. */
export function screenParam(screen: number): FilterValue<'season'> | undefined {
  return SCREENS.find((s) => s.number === screen)?.param;
}

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
