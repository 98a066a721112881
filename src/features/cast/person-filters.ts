/** How the cast list filters: by season, the first volume of their characters, role tier; by name. */
import { ROLE_GROUP, rowFacets, SEASON_GROUP, VOLUME_GROUP } from '../../components/filters/groups';
import type { ListSpec } from '../../components/filters/filterable';
import type { PersonRow } from './person-view.build';

export const personListSpec: ListSpec<PersonRow> = {
  keys: ['q', 'season', 'volume', 'role', 'sort'],
  groups: [SEASON_GROUP, { ...VOLUME_GROUP, legend: 'Their character first in' }, ROLE_GROUP],
  facets: rowFacets(),
  toRecord: (row) => ({
    id: row.slug,
    title: row.name,
    aliases: row.aliases,
    text: [...row.roles.flatMap((r) => (r.character ? [r.character.name] : [])), ...row.jobs].join(
      ' ',
    ),
  }),
  order: {
    id: (row) => row.slug,
    name: (row) => row.name,
    first: (row) => row.firstScreen ?? Number.MAX_SAFE_INTEGER,
    lead: (row) => row.prominence,
  },
};

export const personName = (row: PersonRow) => ({ name: row.name, aliases: row.aliases });
