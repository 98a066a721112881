/**
 * Filtering a list by groups of choices: OR within a group (Season 1 or Season 2), AND across
 * groups (and a main role). Each choice's count is what the list would show if it were ticked,
 * with everything else as it is; for a ticked choice, how many of the shown items it accounts
 * for. So a reader sees where each click would lead.
 */

export interface Facet<T, V extends string = string> {
  key: string;
  /** The choices an item belongs to: the seasons someone appears in, their role tier. */
  values: (item: T) => readonly V[];
}

export type Selection = Readonly<Record<string, readonly string[]>>;

function passes<T>(item: T, facet: Facet<T>, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length === 0) return true;
  const values = facet.values(item);
  return chosen.some((v) => values.includes(v));
}

export function applyFacets<T>(
  items: readonly T[],
  facets: readonly Facet<T>[],
  selection: Selection,
): T[] {
  return items.filter((item) => facets.every((f) => passes(item, f, selection[f.key])));
}

/** For every facet, how many items each of its `options` would give. */
export function facetCounts<T>(
  items: readonly T[],
  facets: readonly Facet<T>[],
  selection: Selection,
  options: Readonly<Record<string, readonly string[]>>,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const others = items.filter((item) =>
      facets.every((f) => f === facet || passes(item, f, selection[f.key])),
    );
    const row: Record<string, number> = {};
    const chosen = selection[facet.key] ?? [];
    for (const option of options[facet.key] ?? []) {
      const widens = !chosen.includes(option);
      row[option] = others.filter((item) => {
        const values = facet.values(item);
        return values.includes(option) || (widens && chosen.some((c) => values.includes(c)));
      }).length;
    }
    counts[facet.key] = row;
  }
  return counts;
}

export type ListOrder = 'match' | 'name' | 'first';

/**
 * Orders a list: by the search's ranking when there is search text and the reader has not chosen
 * another order; by first appearance (then name); or by name, A–Z. A list whose rows know their
 * prominence (`key.lead`) leads with the leads by default, when there is no search text.
 */
export function orderItems<T>(
  items: readonly T[],
  order: ListOrder,
  key: {
    id: (item: T) => string;
    name: (item: T) => string;
    first: (item: T) => number;
    lead?: (item: T) => number;
  },
  ranked: ReadonlyMap<string, number> | null,
): T[] {
  const byName = (a: T, b: T) => key.name(a).localeCompare(key.name(b), 'en');
  const sorted = [...items];
  if (order === 'match' && ranked) {
    const rank = (item: T) => ranked.get(key.id(item)) ?? Infinity;
    return sorted.sort((a, b) => rank(a) - rank(b) || byName(a, b));
  }
  const lead = key.lead;
  if (order === 'match' && lead) return sorted.sort((a, b) => lead(a) - lead(b) || byName(a, b));
  if (order === 'first') return sorted.sort((a, b) => key.first(a) - key.first(b) || byName(a, b));
  return sorted.sort(byName);
}
