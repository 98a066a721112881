import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { charactersQuery, peopleQuery } from '../../data/queries';
import { PersonList } from '../../features/cast/person-list';
import { personRows } from '../../features/cast/person-view';
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
  const rows = useMemo(
    () => personRows(people, characters).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [people, characters],
  );
  const cast = rows.filter((r) => r.kind === 'cast');
  const crew = rows.filter((r) => r.kind === 'crew');
  return (
    <article className="page">
      <PageHead title="Cast and crew" shareLabel="Share this list" />
      <p className="lede">
        {cast.length} actors and {crew.length} people behind the camera. Seasons show the
        appearances our sources record; an actor may appear in more.
      </p>
      <section aria-labelledby="cast-heading">
        <h2 id="cast-heading">Cast</h2>
        <PersonList rows={cast} />
      </section>
      <section aria-labelledby="crew-heading">
        <h2 id="crew-heading">Creative team</h2>
        <PersonList rows={crew} />
      </section>
    </article>
  );
}
