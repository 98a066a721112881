import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { screenShort } from '../../data/constants';
import { charactersQuery, peopleQuery, sourcesQuery } from '../../data/queries';
import { PersonPage } from '../../features/cast/person-page';
import { buildPersonView } from '../../features/cast/person-view';
import { listJoin } from '../../lib/text';
import { notFound } from '../not-found';
import { clip, type MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<MetaLoaderData> => {
    const [people, characters] = await Promise.all([
      queryClient.ensureQueryData(peopleQuery),
      queryClient.ensureQueryData(charactersQuery),
      queryClient.ensureQueryData(sourcesQuery),
    ]);
    const view = buildPersonView(params.slug ?? '', people, characters);
    if (!view) notFound();
    const roles = view.roles
      .filter((r) => r.character)
      .map((r) => `${r.character!.name} (${listJoin(r.screens.map(screenShort))})`);
    const jobs = view.jobs.map((j) => j.job.toLowerCase());
    const parts = [
      roles.length ? `plays ${listJoin(roles)}` : '',
      jobs.length ? `${listJoin(jobs)} on Heartstopper` : '',
    ].filter(Boolean);
    return {
      meta: {
        title: view.person.name,
        description: clip(
          `${view.person.name} ${parts.join('; ') || 'appears in Heartstopper'}. Credits with sources on the Heartstopper Fan Wiki.`,
        ),
        type: 'profile',
      },
    };
  };
}

export function Component() {
  const { slug = '' } = useParams();
  const { data: people } = useSuspenseQuery(peopleQuery);
  const { data: characters } = useSuspenseQuery(charactersQuery);
  const { data: sources } = useSuspenseQuery(sourcesQuery);
  const view = useMemo(() => buildPersonView(slug, people, characters), [slug, people, characters]);
  if (!view) throw new Error(`The loader let through an unknown person, "${slug}".`);
  return <PersonPage view={view} sources={sources} />;
}
