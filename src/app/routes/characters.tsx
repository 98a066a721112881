import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { charactersQuery, peopleQuery } from '../../data/queries';
import { CharacterList } from '../../features/characters/character-list-page';
import { characterListSpec, characterName } from '../../features/characters/character-filters';
import { characterRows } from '../../features/characters/character-view';
import { Filterable } from '../../components/filters/filterable';
import { LIST_SORTS } from '../../components/filters/groups';
import { PageHead } from '../../components/page-head';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await Promise.all([
      queryClient.ensureQueryData(charactersQuery),
      queryClient.ensureQueryData(peopleQuery),
    ]);
    return {
      meta: {
        title: 'Characters',
        description:
          'Every Heartstopper character on record: who plays them, and where they first appear in the books and on screen.',
      },
    };
  };
}

export function Component() {
  const { data: characters } = useSuspenseQuery(charactersQuery);
  const { data: people } = useSuspenseQuery(peopleQuery);
  const rows = useMemo(() => characterRows(characters, people), [characters, people]);
  return (
    <article className="page">
      <PageHead title="Characters" shareLabel="Share this list" />
      <p className="lede">
        {rows.length} characters from the graphic novels and the Netflix series, with who plays them
        and where they first appear.
      </p>
      <Filterable
        items={rows}
        spec={characterListSpec}
        text={{
          searchLabel: 'Search characters',
          sorts: LIST_SORTS,
          noun: ['character', 'characters'],
        }}
        names={characterName}
        render={(shown, panel) => (
          <>
            {panel}
            {shown.length > 0 && <CharacterList rows={shown} />}
          </>
        )}
      />
    </article>
  );
}
