/**
 * The cast and character lists in order of prominence (src/data/prominence.ts, decision record
 * 043), each row numbered with its place. Build-time only: the pages receive the ordered rows.
 */
import { byProminence, type Billing } from '../../src/data/prominence.ts';
import type { WikiIndex } from '../../src/data/wiki-index.ts';
import { personRows, type PersonRow } from '../../src/features/cast/person-view.build.ts';
import {
  characterRows,
  type CharacterRow,
} from '../../src/features/characters/character-view.build.ts';

function numbered<T extends { name: string }>(
  rows: readonly T[],
  billings: (row: T) => readonly Billing[],
): (T & { prominence: number })[] {
  return byProminence(rows, (row) => ({ name: row.name, billings: billings(row) })).map(
    (row, prominence) => ({ ...row, prominence }),
  );
}

/** Everyone on record, the leads first: a credit's screen and, for an actor, its billing. */
export function castByProminence(index: WikiIndex): PersonRow[] {
  return numbered(personRows(index), (row) =>
    (index.person.get(row.slug)?.credits ?? []).flatMap((c) =>
      c.screen === undefined ? [] : [{ screen: c.screen, tier: c.kind === 'cast' ? c.tier : null }],
    ),
  );
}

/** Every character, the leads first, by the billing of whoever plays them. */
export function charactersByProminence(index: WikiIndex): CharacterRow[] {
  return numbered(characterRows(index), (row) =>
    (index.portrayals.get(row.slug) ?? []).flatMap((p) => p.credits),
  );
}
