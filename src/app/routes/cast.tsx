import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { charactersQuery, peopleQuery } from '../../data/queries';
import { PersonList } from '../../features/cast/person-list';
import { personListSpec, personName } from '../../features/cast/person-filters';
import { personRows, type PersonRow } from '../../features/cast/person-view';
import { Filterable } from '../../components/filters/filterable';
import { LIST_SORTS } from '../../components/filters/groups';
import { PageHead } from '../../components/page-head';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await Promise.all([
      queryClient.ensureQueryData(peopleQuery),
      queryClient.ensureQueryData(charactersQuery),
    ]);
    return {
      meta: {
        title: 'Cast and crew',
        description:
          'Who plays whom in Heartstopper, season by season, and who makes the show, with a source for every credit.',
      },
    };
  };
}

export function Component() {
  const { data: people } = useSuspenseQuery(peopleQuery);
  const { data: characters } = useSuspenseQuery(charactersQuery);
  const rows = useMemo(() => personRows(people, characters), [people, characters]);
  const allCast = rows.filter((r) => r.kind === 'cast').length;
  return (
    <article className="page">
      <PageHead title="Cast and crew" shareLabel="Share this list" />
      <p className="lede">
        {allCast} actors and {rows.length - allCast} people behind the camera. Seasons show the
        appearances our sources record; an actor may appear in more.
      </p>
      <Filterable
        items={rows}
        spec={personListSpec}
        text={{
          searchLabel: 'Search cast and crew',
          sorts: LIST_SORTS,
          noun: ['person', 'people'],
        }}
        names={personName}
        render={(shown, panel) => (
          <>
            {panel}
            <PeopleSections rows={shown} />
          </>
        )}
      />
    </article>
  );
}

function PeopleSections({ rows }: { rows: readonly PersonRow[] }) {
  const cast = rows.filter((r) => r.kind === 'cast');
  const crew = rows.filter((r) => r.kind === 'crew');
  return (
    <>
      {cast.length > 0 && (
        <section aria-labelledby="cast-heading">
          <h2 id="cast-heading">Cast</h2>
          <PersonList rows={cast} />
        </section>
      )}
      {crew.length > 0 && (
        <section aria-labelledby="crew-heading">
          <h2 id="crew-heading">Creative team</h2>
          <PersonList rows={crew} />
        </section>
      )}
    </>
  );
}
