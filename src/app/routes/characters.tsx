import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { charactersQuery, peopleQuery } from '../../data/queries';
import { CharacterList } from '../../features/characters/character-list-page';
import { characterListSpec } from '../../features/characters/character-filters';
import { characterRows } from '../../features/characters/character-view';
import { EmptyResults, ListFilters } from '../../components/filters/list-filters';
import { LIST_SORTS } from '../../components/filters/groups';
import { useFilteredList } from '../../components/filters/use-filtered-list';
import { PageHead } from '../../components/page-head';
import { closestNames } from '../../lib/fuzzy';
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
  const list = useFilteredList(rows, characterListSpec);
  return (
    <article className="page">
      <PageHead title="Characters" shareLabel="Share this list" />
      <p className="lede">
        {rows.length} characters from the graphic novels and the Netflix series, with who plays them
        and where they first appear.
      </p>
      <ListFilters
        {...list}
        searchLabel="Search characters"
        groups={characterListSpec.groups}
        sorts={LIST_SORTS}
        shown={list.items.length}
        total={rows.length}
        noun={['character', 'characters']}
      />
      {list.items.length > 0 ? (
        <CharacterList rows={list.items} />
      ) : (
        <EmptyResults
          noun="characters"
          suggestions={closestNames(
            list.view.q,
            rows.map((r) => ({ name: r.name, aliases: r.aliases })),
          )}
          setView={list.setView}
        />
      )}
    </article>
  );
}
