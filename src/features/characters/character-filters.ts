/** How the character list filters: by season on screen, first volume, role tier; and by name. */
import { ROLE_GROUP, rowFacets, SEASON_GROUP, VOLUME_GROUP } from '../../components/filters/groups';
import type { ListSpec } from '../../components/filters/filterable';
import type { CharacterRow } from './character-view.build';

const NEVER = Number.MAX_SAFE_INTEGER;

/** First appearance: on screen first (season, then the film), else in the books after them. */
export function characterFirst(row: CharacterRow): number {
  if (row.firstScreen !== undefined) return row.firstScreen * 10 + (row.firstVolume ?? 0);
  return row.firstVolume !== undefined ? 100 + row.firstVolume : NEVER;
}

export const characterListSpec: ListSpec<CharacterRow> = {
  keys: ['q', 'season', 'volume', 'role', 'sort'],
  groups: [SEASON_GROUP, VOLUME_GROUP, ROLE_GROUP],
  facets: rowFacets(),
  toRecord: (row) => ({
    id: row.slug,
    title: row.name,
    aliases: row.aliases,
    text: row.actors.map((a) => a.name).join(' '),
  }),
  order: {
    id: (row) => row.slug,
    name: (row) => row.name,
    first: characterFirst,
    lead: (row) => row.prominence,
  },
};

export const characterName = (row: CharacterRow) => ({ name: row.name, aliases: row.aliases });
