/** The kinds of things search finds, their labels, and results grouped by kind. */

export type SearchKind =
  | 'person'
  | 'character'
  | 'volume'
  | 'screen'
  | 'episode'
  | 'place'
  | 'award'
  | 'event'
  | 'prediction';

export const KIND_LABEL: Record<SearchKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  character: { one: 'Character', many: 'Characters' },
  volume: { one: 'Book', many: 'Books' },
  screen: { one: 'Season or film', many: 'Seasons and film' },
  episode: { one: 'Episode', many: 'Episodes' },
  place: { one: 'Place', many: 'Places' },
  award: { one: 'Award', many: 'Awards' },
  event: { one: 'Release event', many: 'Release events' },
  prediction: { one: 'Prediction', many: 'Predictions' },
};

export interface HitGroup<H> {
  kind: SearchKind;
  hits: H[];
}

/** Results grouped by kind; the groups ordered by their best result, each keeping rank order. */
export function groupByKind<H extends { record: { kind: SearchKind } }>(
  hits: readonly H[],
): HitGroup<H>[] {
  const groups = new Map<SearchKind, H[]>();
  for (const hit of hits) {
    const group = groups.get(hit.record.kind) ?? [];
    group.push(hit);
    groups.set(hit.record.kind, group);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}
