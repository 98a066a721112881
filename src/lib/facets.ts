/**
 * Filtering a list by groups of choices: OR within a group (Season 1 or Season 2), AND across
 * groups (and a main role). Each choice's count is how many items it would show together with
 * the other groups' choices, so a reader sees where each click would lead.
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
    for (const option of options[facet.key] ?? []) {
      row[option] = others.filter((item) => facet.values(item).includes(option)).length;
    }
    counts[facet.key] = row;
  }
  return counts;
}
